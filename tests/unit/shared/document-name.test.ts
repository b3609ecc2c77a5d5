import { describe, expect, it } from 'vitest'
import { cooperativeShortName, documentFileName, fileSlug } from '../../../shared/files/document-name'

describe('documentFileName', () => {
  it('says whose, what and which period, with the short form of the cooperative', () => {
    expect(documentFileName('Koperasi Kelurahan Merah Putih Gunung Sari', 'Neraca', '2025', 'pdf')).toBe('KKMP-Gunung-Sari-Neraca-2025.pdf')
    expect(documentFileName('Koperasi Desa Merah Putih Sukamaju', 'Laporan Dinas', '2026', 'xlsx')).toBe('KDMP-Sukamaju-Laporan-Dinas-2026.xlsx')
    expect(documentFileName('KSP Maju Bersama', 'Buku Kas', '2026-03', '.PDF')).toBe('KSP-Maju-Bersama-Buku-Kas-2026-03.pdf')
  })

  it('accepts a name that is already short', () => {
    expect(documentFileName('KKMP Gunung Sari', 'Neraca', '2025', 'pdf')).toBe('KKMP-Gunung-Sari-Neraca-2025.pdf')
    expect(cooperativeShortName('Koperasi Serba Usaha  Karya   Tani')).toBe('KSU-Karya-Tani')
  })

  it('removes characters that are unsafe in file names and accents', () => {
    const name = documentFileName('Koperasi "Sejahtera" <Jaya>/Makmur: Ciamis?*|', 'Neraca \\ Saldo', '31/12/2025', 'pdf')
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
