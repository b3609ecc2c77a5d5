import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSheet } from 'read-excel-file/node'
import type { DinasReport } from '../../../shared/dinas/fields'
import type { DinasFileResult } from '../../../shared/commands/dinas'
import { buildCoop, ok, type Coop } from './fixture'

/**
 * The Dinas figures of a generated cooperative (50 members, exits, savings, loans, postings, the
 * RAT and the closing of 2025), checked against SQL written here, not the report's own code.
 */
let c: Coop
let report: DinasReport
const Y = '2025'
const END = '2025-12-31'
const v = (key: string) => report.figures.find((f) => f.key === key)!.value
const one = <T>(sql: string, ...p: unknown[]) => c.tb.book.sqlite.prepare(sql).get(...p) as T

beforeAll(async () => {
  c = await buildCoop({ n: 50, close: true })
  c.tb.run('dinas.setProfile', {
    izinUsaha: true,
    izinUsahaNomor: 'OSS-123',
    bentuk: 'PRIMER',
    statusNik: 'BERSERTIFIKAT'
  })
  report = c.tb.run('dinas.report', { year: 2025 })
}, 120_000)
afterAll(() => c?.close())

/** Natural balance of accounts on 31 December 2025 (credit − debit for the credit side). */
function sumLines(where: string, sign: 1 | -1, from = '0000', excludeClosing = false) {
  const r = one<{ s: number }>(
    `SELECT COALESCE(SUM(l.credit - l.debit), 0) AS s FROM journal_lines l JOIN accounts a ON a.id = l.account_id JOIN journal_entries e ON e.id = l.entry_id
    WHERE l.date >= ? AND l.date <= ? AND (${where}) ${excludeClosing ? `AND e.source != 'TUTUP_BUKU'` : ''}`,
    from,
    END
  )
  return sign * r.s
}
const genderCount = (where: string, g: 'L' | 'P' | null, ...p: unknown[]) =>
  one<{ n: number }>(
    `SELECT count(*) AS n FROM members WHERE ${where} ${g ? 'AND gender = ?' : ''}`,
    ...p,
    ...(g ? [g] : [])
  ).n

describe('dinas.report for 2025', () => {
  it('has every §7.1 field with a how-to sentence, in order, and the NIK koperasi labelled as such', () => {
    expect(report.figures.length).toBeGreaterThan(60)
    for (const f of report.figures) expect(f.how.length, f.key).toBeGreaterThan(10)
    expect(report.figures.find((f) => f.key === 'nikKoperasi')!.label).toBe('Nomor Induk Koperasi (NIK)')
    expect(v('nama')).toBe('Koperasi Desa Merah Putih Sukamaju')
    expect(v('nikKoperasi')).toBe('3203010020001')
    expect(v('ketua')).toBe('Anggota 1')
    expect(v('sekretaris')).toBe('Sari Wulandari')
    expect(v('bendahara')).toBe('Anggota 7')
    expect(v('pengawas')).toBe('Pak Pengawas')
    expect(v('manajer')).toBe('Bu Manajer')
    expect(v('izinUsaha')).toBe(true)
    expect(v('izinUsahaNomor')).toBe('OSS-123')
    expect(v('ratTanggal')).toBe('2026-02-15')
    expect(v('ratKe')).toBe(2)
    expect(report.figures.find((f) => f.key === 'modalSendiri')!.drill).toMatchObject({ type: 'ledger' })
    expect(report.figures.find((f) => f.key === 'anggota')!.drill).toMatchObject({
      type: 'route',
      route: 'anggota/daftar'
    })
  })

  it('members by gender match counts of the register', () => {
    const active = `status != 'CALON' AND joined_at <= ? AND (exit_date IS NULL OR exit_date > ?)`
    expect(v('anggotaL')).toBe(genderCount(active, 'L', END, END))
    expect(v('anggotaP')).toBe(genderCount(active, 'P', END, END))
    expect(v('anggota')).toBe(genderCount(active, null, END, END))
    expect(v('anggota')).toBe(47)
    expect(v('anggotaAwal')).toBe(genderCount(active, null, '2024-12-31', '2024-12-31'))
    expect(v('anggotaMasuk')).toBe(
      genderCount(`status != 'CALON' AND joined_at >= '2025-01-01' AND joined_at <= '2025-12-31'`, null)
    )
    expect(v('anggotaKeluar')).toBe(3)
    expect(v('keluarPindah')).toBe(1)
    expect(v('keluarMeninggal')).toBe(1)
    expect(v('keluarPermintaanSendiri')).toBe(1)
    expect(Number(v('anggotaAwal')) + Number(v('anggotaMasuk')) - Number(v('anggotaKeluar'))).toBe(v('anggota'))
    expect([v('calonL'), v('calonP')]).toEqual([1, 1])
    expect([v('manajerL'), v('manajerP'), v('karyawanL'), v('karyawanP')]).toEqual([0, 1, 1, 1])
  })

  it('money figures match sums of the journal and registers', () => {
    const liab = sumLines(`a.type = 'LIABILITAS'`, 1)
    const assets = sumLines(`a.type = 'ASET'`, -1)
    const equityOwn = sumLines(
      `a.code LIKE '3-11%' OR a.code LIKE '3-31%' OR a.code LIKE '3-41%' OR a.code LIKE '3-51%' OR a.type IN ('PENDAPATAN', 'BEBAN')`,
      1
    )
    expect(v('modalLuar')).toBe(liab)
    expect(v('aset')).toBe(assets)
    expect(v('modalSendiri')).toBe(equityOwn)
    expect(v('modalPenyertaan')).toBe(50_000_000)
    // The books balance: assets = liabilities + own capital + penyertaan (+ other equity, none here).
    expect(assets).toBe(liab + equityOwn + 50_000_000)
    const vol = sumLines(`(a.code LIKE '4-1%' OR a.code LIKE '4-2%') AND a.normal_balance = 'K'`, 1, `${Y}-01-01`, true)
    expect(v('volumeUsaha')).toBe(vol)
    const shu = sumLines(`a.type IN ('PENDAPATAN', 'BEBAN')`, 1, `${Y}-01-01`, true)
    expect(v('shu')).toBe(shu)
    const disb = one<{ s: number; n: number }>(
      `SELECT COALESCE(SUM(principal), 0) AS s, count(*) AS n FROM loans WHERE disbursed_at BETWEEN '2025-01-01' AND '2025-12-31'`
    )
    expect(v('pinjamanDisalurkan')).toBe(disb.s)
    expect(v('pinjamanDisalurkan')).toBe(5_000_000)
    expect(v('pinjamanDisalurkanJumlah')).toBe(disb.n)
    const out = one<{ s: number }>(
      `SELECT SUM(principal - COALESCE((SELECT SUM(pokok) FROM loan_payments p WHERE p.loan_id = loans.id AND p.date <= '2025-12-31'), 0)) AS s FROM loans WHERE disbursed_at <= '2025-12-31'`
    )
    expect(v('pinjamanBeredar')).toBe(out.s)
    const sav = (type: string) =>
      one<{ s: number }>(
        `SELECT COALESCE(SUM(amount), 0) AS s FROM savings_transactions WHERE type = ? AND date <= ?`,
        type,
        END
      ).s
    expect(v('simpananPokok')).toBe(sav('POKOK'))
    expect(v('simpananWajib')).toBe(sav('WAJIB'))
    expect(v('simpananSukarela')).toBe(sav('SUKARELA'))
    expect(v('simpanan')).toBe(sav('POKOK') + sav('WAJIB') + sav('SUKARELA'))
  })

  it('health: not assessable until the checklist is saved; then the predicate of health.assess', () => {
    expect(report.predicate).toBe('TIDAK_DAPAT_DINILAI')
    c.tb.run('health.saveAnswers', { year: 2025, answers: {} })
    const r = c.tb.run('dinas.report', { year: 2025 })
    expect(r.predicate).not.toBe('TIDAK_DAPAT_DINILAI')
  })
})

describe('template and exports', () => {
  let xlsx: DinasFileResult
  it('the template defaults to §7.1 order and can be reordered and trimmed', () => {
    const t = c.tb.run('dinas.template', {})
    expect(t.columns[0]).toMatchObject({ key: 'nama', label: 'Nama koperasi', order: 1, included: true })
    const cols = t.columns.map((x) =>
      x.key === 'anggota'
        ? { ...x, order: 0.5 as never, label: 'Total anggota' }
        : x.key === 'grade'
          ? { ...x, included: false }
          : x
    )
    expect(c.tb.fail('dinas.setTemplate', { columns: cols }).field).toMatch(/^columns\.\d+\.order$/)
    const fixed = t.columns.map((x) =>
      x.key === 'anggota'
        ? { ...x, order: 1, label: 'Total anggota' }
        : x.key === 'grade'
          ? { ...x, included: false }
          : { ...x, order: x.order + 1 }
    )
    const saved = c.tb.run('dinas.setTemplate', { columns: fixed })
    expect(saved.columns[0]).toMatchObject({ key: 'anggota', label: 'Total anggota', order: 1 })
  })

  it('XLSX: summary in template order, detail sheets, and the checked JSON beside it', async () => {
    xlsx = await ok<DinasFileResult>(c.host.execute('dinas.export', { year: 2025, format: 'xlsx' }))
    expect(xlsx.file).toMatch(/ekspor[\\/][A-Za-z0-9-]+-Laporan-Dinas-2025\.xlsx$/)
    const rows = await readSheet(xlsx.file!, 'Ringkasan')
    const head = rows.findIndex((r) => r[0] === 'No')
    expect(rows[head + 1]).toEqual([1, 'Kelembagaan', 'Total anggota', 47, expect.any(String), 'anggota'])
    const byKey = new Map(rows.slice(head + 1).map((r) => [r[5], r[3]]))
    expect(byKey.has('grade')).toBe(false)
    expect(byKey.get('aset')).toBe(v('aset'))
    expect(byKey.get('modalSendiri')).toBe(v('modalSendiri'))
    expect(byKey.get('nikKoperasi')).toBe('3203010020001')
    const members = await readSheet(xlsx.file!, 'Anggota')
    expect(members.length - 1).toBe(52)
    const savings = await readSheet(xlsx.file!, 'Simpanan')
    expect(savings.slice(1).reduce((t, r) => t + Number(r[5]), 0)).toBe(v('simpanan'))
    const loans = await readSheet(xlsx.file!, 'Pinjaman')
    expect(loans.slice(1).reduce((t, r) => t + Number(r[5]), 0)).toBe(v('pinjamanBeredar'))
    const bs = await readSheet(xlsx.file!, 'Posisi Keuangan')
    expect(bs.flat().includes(v('aset') as number)).toBe(true)
    const is = await readSheet(xlsx.file!, 'Hasil Usaha')
    expect(is.flat().includes(v('shu') as number)).toBe(true)
    const json = JSON.parse(readFileSync(xlsx.payloadFile!, 'utf8'))
    expect(json).toMatchObject({
      schema: 'lumbung-dinas',
      schemaVersion: 1,
      year: 2025,
      cooperative: { nikKoperasi: '3203010020001', regency: 'Kabupaten Cianjur' },
      generatedAt: '2026-03-01T03:00:00.000Z'
    })
    expect(json.fields.anggota).toBe(47)
    expect(json.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(json.auditHead.count).toBeGreaterThan(0)
  })

  it('CSV: UTF-8 with BOM, semicolons, labels then values in template order', async () => {
    const r = await ok<DinasFileResult>(c.host.execute('dinas.export', { year: 2025, format: 'csv' }))
    const buf = readFileSync(r.file!)
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [labels, values] = buf
      .toString('utf8')
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'))
    expect(labels![0]).toBe('Total anggota')
    expect(values![0]).toBe('47')
    expect(values![labels!.indexOf('Aset')]).toBe(String(v('aset')))
    expect(values![labels!.indexOf('Nomor Induk Koperasi (NIK)')]).toBe('3203010020001')
    expect(values![labels!.indexOf('Memiliki izin usaha')]).toBe('Ya')
  })

  it('PDF: A4 pages numbered, NIK koperasi, figures and the pengurus signature block', async () => {
    const r = await ok<DinasFileResult>(c.host.execute('dinas.export', { year: 2025, format: 'pdf' }))
    const text = execFileSync('pdftotext', ['-layout', r.file!, '-'], { encoding: 'utf8' })
    expect(text).toContain('Laporan Tahunan untuk Dinas')
    expect(text).toMatch(/Halaman 1 dari \d/)
    expect(text).toContain('Nomor Induk Koperasi (NIK)')
    expect(text).toContain('Total anggota')
    expect(text).toContain((v('aset') as number).toLocaleString('id-ID'))
    expect(text).toContain('(Anggota 1)')
    expect(text).toContain('(Sari Wulandari)')
    const info = execFileSync('pdfinfo', [r.file!], { encoding: 'utf8' })
    expect(info).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/)
  })
})
