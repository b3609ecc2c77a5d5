import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { beancountAccount, ledgerAccount } from '../../../main/ledger/plain-text'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { fails, ok } from '../../helpers/host'

const t = tempDir('lumbung-teks-')
let host: BookHost

// Hand-made fixture: the balances below are worked out by hand from these entries.
beforeAll(async () => {
  host = createExecutor(await openBook(join(t.dir, 'buku.sqlite'), { create: true }))
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  const m = await ok<{ id: number; memberNo: string }>(
    host.execute('members.create', { name: 'Sari "Wulan"; Dewi', gender: 'P', joinedAt: '2026-01-02' })
  )
  await ok(host.execute('savings.deposit', { memberId: m.id, type: 'SUKARELA', amount: 100_000, date: '2026-01-03' }))
  await ok(
    host.execute('journal.post', {
      date: '2026-01-10',
      description: 'Hibah desa',
      reference: 'SK-12',
      lines: [
        { account: '1-1101', debit: 2_500_000 },
        { account: '3-3101', credit: 2_500_000 }
      ]
    })
  )
  await ok(
    host.execute('journal.post', {
      date: '2026-02-15',
      description: 'Bayar listrik kantor',
      lines: [
        { account: '5-3201', debit: 175_000, unit: 'KANTOR' },
        { account: '1-1101', credit: 175_000 }
      ]
    })
  )
})
afterAll(async () => {
  await host.close()
  t.cleanup()
})

const expected = { kas: 100_000 + 2_500_000 - 175_000, sukarela: -100_000, hibah: -2_500_000, listrik: 175_000 }

function balances(text: string): Map<string, number> {
  // hledger balance --flat -O csv: "account","balance"
  const out = new Map<string, number>()
  for (const line of text.trim().split('\n').slice(1)) {
    const [acc, bal] = line.split('","').map((s) => s.replace(/"/g, ''))
    if (acc && acc !== 'total') out.set(acc.split(' ')[0]!, Number(bal!.replace(/[^0-9-]/g, '')))
  }
  return out
}

describe('the journal as plain-text accounting', () => {
  it('names accounts the way each tool accepts them', () => {
    expect(ledgerAccount('1-1101', 'Kas  (tunai); utama')).toBe('1-1101 Kas tunai utama')
    expect(beancountAccount('ASET', '1-1101', 'Kas di Tangan')).toBe('Assets:1-1101-Kas-di-Tangan')
    expect(beancountAccount('PENDAPATAN', '4-1101', 'Jasa Pinjaman – Anggota')).toBe(
      'Income:4-1101-Jasa-Pinjaman-Anggota'
    )
  })

  it('ledger format: hledger and ledger read it and give the hand-computed balances', async () => {
    const r = await ok<{ file: string; name: string }>(host.execute('book.exportJournal', { format: 'ledger' }))
    expect(r.name).toBe('KDMP-Sukamaju-Jurnal.journal')
    const text = readFileSync(r.file, 'utf8')
    expect(text).toContain('(JU-2026-000001) Hibah desa')
    expect(text).toContain('; unit: KANTOR')
    const h = balances(
      execFileSync('hledger', ['-f', r.file, 'balance', '--flat', '--no-total', '-O', 'csv'], { encoding: 'utf8' })
    )
    expect(h.get('1-1101')).toBe(expected.kas)
    expect(h.get('2-1101')).toBe(expected.sukarela)
    expect(h.get('3-3101')).toBe(expected.hibah)
    expect(h.get('5-3201')).toBe(expected.listrik)
    const l = execFileSync('ledger', ['-f', r.file, 'balance', '--flat', '--no-total', '^1-1101'], { encoding: 'utf8' })
    expect(l).toMatch(new RegExp(`IDR ?${expected.kas}|${expected.kas} ?IDR`))
    // Units and members are tags hledger can filter on.
    const kantor = execFileSync(
      'hledger',
      ['-f', r.file, 'balance', '--flat', '--no-total', '-O', 'csv', 'tag:unit=KANTOR'],
      { encoding: 'utf8' }
    )
    expect(balances(kantor).get('5-3201')).toBe(expected.listrik)
  })

  it('beancount format passes bean-check with the same balances', async () => {
    const r = await ok<{ file: string }>(host.execute('book.exportJournal', { format: 'beancount', to: '2026-01-31' }))
    expect(r.file).toMatch(/KDMP-Sukamaju-Jurnal-sd-31-01-2026\.beancount$/)
    execFileSync('bean-check', [r.file])
    const q = execFileSync(
      'bean-query',
      ['-q', '-f', 'csv', r.file, "SELECT account, sum(position) WHERE account ~ '1-1101' GROUP BY account"],
      { encoding: 'utf8' }
    )
    expect(q).toContain(`${100_000 + 2_500_000} IDR`)
  })

  it('refuses a period whose start is after its end', async () => {
    expect(
      (await fails(host.execute('book.exportJournal', { format: 'ledger', from: '2026-03-01', to: '2026-01-01' })))
        .field
    ).toBe('from')
  })
})
