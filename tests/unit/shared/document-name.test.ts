import { describe, expect, it } from 'vitest'
import {
  cooperativeShortName,
  documentFileName,
  documentPeriod,
  exportFileName,
  fileSlug
} from '../../../shared/files/document-name'

describe('documentFileName', () => {
  it('says whose, what and which period, with the short form of the cooperative', () => {
    expect(documentFileName('Koperasi Kelurahan Merah Putih Gunung Sari', 'Neraca', '2025', 'pdf')).toBe(
      'KKMP-Gunung-Sari-Neraca-2025.pdf'
    )
    expect(documentFileName('Koperasi Desa Merah Putih Sukamaju', 'Laporan Dinas', '2026', 'xlsx')).toBe(
      'KDMP-Sukamaju-Laporan-Dinas-2026.xlsx'
    )
    expect(documentFileName('KSP Maju Bersama', 'Buku Kas', '2026-03', '.PDF')).toBe(
      'KSP-Maju-Bersama-Buku-Kas-2026-03.pdf'
    )
  })

  it('accepts a name that is already short', () => {
    expect(documentFileName('KKMP Gunung Sari', 'Neraca', '2025', 'pdf')).toBe('KKMP-Gunung-Sari-Neraca-2025.pdf')
    expect(cooperativeShortName('Koperasi Serba Usaha  Karya   Tani')).toBe('KSU-Karya-Tani')
  })

  it('removes characters that are unsafe in file names and accents', () => {
    const name = documentFileName(
      'Koperasi "Sejahtera" <Jaya>/Makmur: Ciamis?*|',
      'Neraca \\ Saldo',
      '31/12/2025',
      'pdf'
    )
    expect(name).toBe('Koperasi-Sejahtera-Jaya-Makmur-Ciamis-Neraca-Saldo-31-12-2025.pdf')
    expect(name).not.toMatch(/[<>:"/\\|?* ]/)
    expect(documentFileName('Koperasi Désa Ñusa', 'Rekap', null, 'csv')).toBe('Koperasi-Desa-Nusa-Rekap.csv')
  })

  it('leaves out an empty or meaningless period and never returns an empty part', () => {
    expect(documentFileName('KDMP Sukamaju', 'Buku', '', 'lumbung')).toBe('KDMP-Sukamaju-Buku.lumbung')
    expect(documentFileName('KDMP Sukamaju', 'Buku', '—', 'lumbung')).toBe('KDMP-Sukamaju-Buku.lumbung')
    expect(documentFileName('???', 'Neraca', '2025', 'pdf')).toBe('buku-Neraca-2025.pdf')
  })

  it('keeps long names short: each part is cut, no trailing dash', () => {
    const coop = 'Koperasi Desa Merah Putih ' + 'Sukamaju Kidul Wetan Lor '.repeat(6)
    const doc = 'Daftar Saldo Simpanan Anggota per Jenis Simpanan '.repeat(4)
    const name = documentFileName(coop, doc, '2025-01-01 s.d. 2025-12-31 dan seterusnya', 'xlsx')
    const [stem] = name.split('.xlsx')
    expect(name.endsWith('.xlsx')).toBe(true)
    expect(stem!.length).toBeLessThanOrEqual(40 + 1 + 60 + 1 + 30)
    expect(name).not.toMatch(/--|-\./)
    expect(name.startsWith('KDMP-Sukamaju-Kidul-Wetan-Lor')).toBe(true)
    expect(fileSlug('a'.repeat(100)).length).toBe(40)
  })
})

describe('documentPeriod and exportFileName', () => {
  it('a whole year is the year, a whole month its name, a day day-first, never an ISO date', () => {
    expect(documentPeriod({ asOf: '2025-12-31' })).toBe('2025')
    expect(documentPeriod({ asOf: '2026-03-31' })).toBe('31-03-2026')
    expect(documentPeriod({ from: '2025-01-01', to: '2025-12-31' })).toBe('2025')
    expect(documentPeriod({ from: '2024-02-01', to: '2024-02-29' })).toBe('Februari-2024')
    expect(documentPeriod({ from: '2025-02-01', to: '2025-02-28' })).toBe('Februari-2025')
    expect(documentPeriod({ from: '2025-02-01', to: '2025-02-27' })).toBe('01-02-2025-sd-27-02-2025')
    expect(documentPeriod({})).toBe('')
  })

  it('names each export the same way for the save dialog and the book host', () => {
    const coop = 'Koperasi Kelurahan Merah Putih Gunung Sari'
    expect(
      exportFileName(coop, {
        command: 'statements.export',
        statement: 'POSISI_KEUANGAN',
        format: 'pdf',
        asOf: '2025-12-31'
      })
    ).toBe('KKMP-Gunung-Sari-Neraca-2025.pdf')
    expect(
      exportFileName(coop, {
        command: 'statements.export',
        statement: 'HASIL_USAHA',
        format: 'xlsx',
        from: '2025-01-01',
        to: '2025-12-31'
      })
    ).toBe('KKMP-Gunung-Sari-Laporan-Hasil-Usaha-2025.xlsx')
    expect(
      exportFileName(coop, { command: 'statements.export', statement: 'ARUS_KAS', format: 'pdf', to: '2025-06-30' })
    ).toBe('KKMP-Gunung-Sari-Arus-Kas-01-01-2025-sd-30-06-2025.pdf')
    expect(exportFileName(coop, { command: 'ratbook.pdf', year: 2025 })).toBe(
      'KKMP-Gunung-Sari-Buku-Laporan-RAT-2025.pdf'
    )
    expect(exportFileName(coop, { command: 'dinas.export', year: 2025, format: 'json' })).toBe(
      'KKMP-Gunung-Sari-Laporan-Dinas-2025.lumbung.json'
    )
    expect(exportFileName(coop, { command: 'dinas.recapExport', year: 2025, format: 'xlsx' })).toBe(
      'KKMP-Gunung-Sari-Rekap-Dinas-2025.xlsx'
    )
    expect(exportFileName(coop, { command: 'panduan.memberSheetExport', year: 2025, format: 'pdf' })).toBe(
      'KKMP-Gunung-Sari-Lembar-Anggota-2025.pdf'
    )
    expect(exportFileName(coop, { command: 'book.export', today: '2026-02-03' })).toBe(
      'KKMP-Gunung-Sari-Buku-03-02-2026.lumbung'
    )
    expect(exportFileName(coop, { command: 'book.exportJournal', format: 'beancount' })).toBe(
      'KKMP-Gunung-Sari-Jurnal.beancount'
    )
  })
})
