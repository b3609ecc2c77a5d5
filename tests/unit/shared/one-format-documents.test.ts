// Issue 16 point 4 on paper: the PDFs Lumbung writes (statements, the RAT book, the Dinas report,
// the books, Lembar Anggota) read back with pdftotext hold no ISO date and no dot decimal
// (tests/shared/format-scan.ts says precisely what counts).
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCoop, ok, type Coop } from '../dinas/fixture'
import { describeFindings, findFormatProblems } from '../../shared/format-scan'

let c: Coop
beforeAll(async () => {
  c = await buildCoop({ n: 12, close: true })
}, 120_000)
afterAll(async () => {
  await c?.close()
})

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

describe('one format on paper', () => {
  it('statements, RAT book, Dinas report and Lembar Anggota', async () => {
    const docs: [string, { file?: string | null }][] = []
    for (const statement of ['POSISI_KEUANGAN', 'HASIL_USAHA', 'PERUBAHAN_EKUITAS', 'ARUS_KAS', 'CALK'] as const) {
      const range = statement === 'POSISI_KEUANGAN' ? { asOf: '2025-12-31' } : { from: '2025-01-01', to: '2025-12-31' }
      docs.push([statement, await ok(c.host.execute('statements.export', { statement, format: 'pdf', ...range }))])
    }
    docs.push(['ratbook.pdf', await ok(c.host.execute('ratbook.pdf', { year: 2025 }))])
    docs.push(['dinas.export', await ok(c.host.execute('dinas.export', { year: 2025, format: 'pdf' }))])
    const period = { from: '2025-01-01', to: '2025-12-31' }
    const loan = c.tb.book.sqlite.prepare('SELECT id FROM loans ORDER BY id LIMIT 1').get() as { id: number }
    for (const [book, extra] of [
      ['BUKU_KAS', period],
      ['BUKU_BANK', { ...period, account: '1-1201' }],
      ['BUKU_BESAR', { ...period, account: '1-1101' }],
      ['JURNAL_UMUM', period],
      ['NERACA_SALDO', { asOf: '2025-12-31' }],
      ['DAFTAR_ANGGOTA', {}],
      ['SALDO_SIMPANAN', { asOf: '2025-12-31' }],
      ['DAFTAR_PINJAMAN', { asOf: '2025-12-31' }],
      ['KARTU_PINJAMAN', { loanId: loan.id }],
      ['DAFTAR_ASET', { asOf: '2025-12-31' }],
      ['PENJUALAN', period]
    ] as const) {
      docs.push([`books.export ${book}`, await ok(c.host.execute('books.export', { book, format: 'pdf', ...extra }))])
    }
    docs.push([
      'panduan.memberSheetExport',
      await ok(c.host.execute('panduan.memberSheetExport', { year: 2025, format: 'pdf' }))
    ])
    const problems: string[] = []
    for (const [name, r] of docs) {
      const text = pdfText(r.file!)
      expect(text.length).toBeGreaterThan(200)
      problems.push(...describeFindings(name, findFormatProblems(text)))
    }
    expect(problems).toEqual([])
  }, 180_000)
})
