import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor } from '../../../main/commands/executor'
import { cli } from '../../helpers/cli'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'
import { HAND, NOW, seedBooks } from './fixture'

/** The books through the CLI: where the file went and its size, and totals equal to the CLI's own trial balance and ledger. */
let dir: string
let cleanup: () => void
let db: string

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-books-cli-'))
  db = join(dir, 'buku.sqlite')
  const host = createExecutor(await openBook(db, { create: true }), { now: () => new Date(NOW) })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2025,
      booksStartDate: '2025-01-01'
    })
  )
  await seedBooks(host)
  await host.close()
}, 60_000)
afterAll(() => cleanup())

const last = (rows: unknown[][], label: string) => rows.findLast((r) => r.includes(label))!

describe('books.export through the CLI', () => {
  it('Neraca Saldo XLSX: totals equal reports.trialBalance and the hand figure; the CLI prints path and size, no bytes', async () => {
    const out = join(dir, 'neraca-saldo.xlsx')
    const r = cli([
      '--db',
      db,
      'books.export',
      JSON.stringify({ book: 'NERACA_SALDO', format: 'xlsx', asOf: '2025-03-31', file: out })
    ])
    expect(r.code, r.stderr).toBe(0)
    const res = r.json as { file: string; size: number; base64?: string }
    expect(res.file).toBe(out)
    expect(res.size).toBe(statSync(out).size)
    expect(res.base64).toBeUndefined()
    expect(r.stdout.length).toBeLessThan(2000)
    const tb = cli(['--db', db, 'reports.trialBalance', JSON.stringify({ asOf: '2025-03-31' })]).json as {
      totals: { closingDebit: number; closingCredit: number }
    }
    const rows = (await readXlsxFile(out))[0]!.data
    expect(last(rows, 'Jumlah').slice(2, 4)).toEqual([tb.totals.closingDebit, tb.totals.closingCredit])
    expect(tb.totals.closingDebit).toBe(HAND.trialBalance.total)
  })

  it('Buku Besar 1-1101 PDF and XLSX: debit, kredit and closing equal ledger.account', async () => {
    const input = { book: 'BUKU_BESAR', account: '1-1101', from: '2025-01-01', to: '2025-03-31' }
    const pdf = cli(['--db', db, 'books.export', JSON.stringify({ ...input, format: 'pdf', paper: 'F4' })])
    expect(pdf.code, pdf.stderr).toBe(0)
    const p = pdf.json as { file: string; name: string; pages: number }
    expect(p.file).toBe(join(dir, 'ekspor', 'KDMP-Sukamaju-Buku-Besar-1-1101-01-01-2025-sd-31-03-2025.pdf'))
    expect(existsSync(p.file)).toBe(true)
    expect(p.pages).toBeGreaterThanOrEqual(1)
    const x = cli(['--db', db, 'books.export', JSON.stringify({ ...input, format: 'xlsx' })]).json as { file: string }
    const ledger = cli([
      '--db',
      db,
      'ledger.account',
      JSON.stringify({ account: '1-1101', from: '2025-01-01', to: '2025-03-31' })
    ]).json as { totalDebit: number; totalCredit: number; closingBalance: number }
    const rows = (await readXlsxFile(x.file))[0]!.data
    expect(last(rows, 'Jumlah').slice(3, 5)).toEqual([ledger.totalDebit, ledger.totalCredit])
    expect(last(rows, 'Saldo akhir')[5]).toBe(ledger.closingBalance)
    expect([ledger.totalDebit, ledger.totalCredit, ledger.closingBalance]).toEqual([
      HAND.kas.in,
      HAND.kas.out,
      HAND.kas.closing
    ])
  })

  it('a missing account is refused in Indonesian, naming the field, and writes nothing', () => {
    const r = cli(['--db', db, 'books.export', JSON.stringify({ book: 'BUKU_BESAR', format: 'pdf' })])
    expect(r.code).toBe(1)
    expect(r.json).toMatchObject({ error: { field: 'account', message: 'Akun: wajib diisi untuk buku ini' } })
  })
})
