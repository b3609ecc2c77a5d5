import { z } from 'zod'
import { command } from './define'
import { accountCode, isoDate, page, unitCode } from '../validation/schemas'
import type { AccountLedger, LedgerCheckResult, TrialBalance } from '../ledger/types'

export const reportCommands = {
  'reports.trialBalance': command<TrialBalance>()({
    kind: 'query',
    summary: 'Neraca saldo per tanggal (asOf) atau untuk satu periode (from–to), seluruh koperasi atau satu unit usaha',
    input: z.union(
      [
        z.strictObject({ asOf: isoDate, includeZero: z.boolean().default(false), unit: unitCode.optional() }),
        z.strictObject({
          from: isoDate,
          to: isoDate,
          includeZero: z.boolean().default(false),
          unit: unitCode.optional()
        })
      ],
      { error: 'isi asOf, atau from dan to' }
    )
  }),
  'ledger.account': command<AccountLedger>()({
    kind: 'query',
    summary: 'Buku besar satu akun dengan saldo berjalan',
    input: z.strictObject({
      account: accountCode,
      from: isoDate,
      to: isoDate,
      unit: unitCode.optional(),
      page,
      pageSize: z.number({ error: 'harus berupa angka' }).int().min(1).max(5000).default(200)
    })
  }),
  'ledger.check': command<LedgerCheckResult>()({
    kind: 'query',
    heavy: true,
    summary:
      'Memeriksa buku besar: setiap jurnal seimbang, saldo bulanan sama dengan baris jurnal, tidak ada posting di periode terkunci',
    input: z.strictObject({}).default({})
  })
}
