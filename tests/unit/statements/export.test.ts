import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

let dir: string
let cleanup: () => void
let host: BookHost

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-export-'))
  host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }))
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2025,
      booksStartDate: '2025-01-01'
    })
  )
  await ok(
    host.execute('journal.post', {
      date: '2025-01-02',
      description: 'Modal penyertaan',
      lines: [
        { account: '1-1201', debit: 50_000_000 },
        { account: '3-2101', credit: 50_000_000 }
      ]
    })
  )
  for (let i = 0; i < 60; i++) {
    // Enough accounts and lines to need a second page in the CALK and the statements.
    await ok(
      host.execute('journal.post', {
        date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-10`,
        description: `Penjualan ${i}`,
        allowFutureDate: true,
        lines: [
          { account: '1-1101', debit: 1_000_000 + i },
          {
            account: i % 2 ? '4-2101' : '4-2102',
            credit: 1_000_000 + i,
            unit: 'SEMBAKO',
            pihak: i % 2 ? 'ANGGOTA' : 'NON_ANGGOTA'
          }
        ]
      })
    )
  }
})
afterAll(async () => {
  await host.close()
  cleanup()
})

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])

describe('statements as files', () => {
  it('Laporan Posisi Keuangan as an A4 PDF: title, cooperative, figures, page X of Y, signatures', async () => {
    const r = await ok(
      host.execute('statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', asOf: '2026-12-31' })
    )
    expect(r.file).toBe(join(dir, 'ekspor', 'KDMP-Sukamaju-Neraca-2026.pdf'))
    expect(existsSync(r.file)).toBe(true)
    expect(Buffer.from(r.base64, 'base64').equals(readFileSync(r.file))).toBe(true)
    const t = text(r.file)
    expect(t).toContain('Laporan Posisi Keuangan')
    expect(t).toContain(SAMPLE_PROFILE.name.toUpperCase())
    expect(t).toContain('31 Desember 2026')
    expect(t).toContain('31 Desember 2025')
    expect(t).toContain('50.000.000')
    expect(t).toMatch(/Halaman 1 dari \d+/)
    expect(t).toContain('Bendahara')
    expect(t).toContain('(....................................)')
    expect(execFileSync('pdfinfo', [r.file], { encoding: 'utf8' })).toMatch(/Page size:\s+595(\.\d+)? x 841/)
  })

  it('every statement exports to PDF with numbered pages and to XLSX whose cells hold numbers', async () => {
    for (const statement of ['HASIL_USAHA', 'PERUBAHAN_EKUITAS', 'ARUS_KAS', 'CALK'] as const) {
      const pdf = await ok(
        host.execute('statements.export', { statement, format: 'pdf', from: '2026-01-01', to: '2026-12-31' })
      )
      const n = pages(pdf.file)
      expect(text(pdf.file), statement).toContain(`Halaman ${n} dari ${n}`)
    }
    const x = await ok(
      host.execute('statements.export', {
        statement: 'HASIL_USAHA',
        format: 'xlsx',
        from: '2026-01-01',
        to: '2026-12-31',
        file: join(dir, 'phu.xlsx')
      })
    )
    expect(x.file).toBe(join(dir, 'phu.xlsx'))
    const rows = (await readSheet(x.file)) as unknown[][]
    expect(rows[0]![0]).toBe(SAMPLE_PROFILE.name)
    expect(rows[1]![0]).toBe('Laporan Perhitungan Hasil Usaha')
    const shu = rows.find((r) => String(r[0]).includes('SHU setelah pajak'))!
    const total = 60_000_000 + (59 * 60) / 2
    expect(shu).toContain(total)
    const member = rows.find((r) => r[0] === 'Jumlah' && r.length >= 5 && r[4] === total)
    expect(member).toBeDefined()
  })

  it('refuses a wrong file name in Indonesian, writing nothing', async () => {
    const r = await host.execute('statements.export', {
      statement: 'ARUS_KAS',
      format: 'pdf',
      from: '2026-01-01',
      to: '2026-12-31',
      file: join(dir, 'salah.xlsx')
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ field: 'file' })
    expect(existsSync(join(dir, 'salah.xlsx'))).toBe(false)
  })
  it('the signature block carries the names of the pengurus in office from the register', async () => {
    await ok(
      host.execute('org.save', {
        body: 'PENGURUS',
        position: 'KETUA',
        name: 'H. Ahmad Fauzi',
        gender: 'L',
        termStart: '2025-01-01'
      })
    )
    await ok(
      host.execute('org.save', {
        body: 'PENGURUS',
        position: 'BENDAHARA',
        name: 'Sri Wahyuni',
        gender: 'P',
        termStart: '2025-01-01'
      })
    )
    const r = await ok(
      host.execute('statements.export', {
        statement: 'POSISI_KEUANGAN',
        format: 'pdf',
        asOf: '2026-12-31',
        file: join(dir, 'bertanda.pdf')
      })
    )
    const t = text(r.file)
    expect(t).toContain('(H. Ahmad Fauzi)')
    expect(t).toContain('(Sri Wahyuni)')
  })
})
