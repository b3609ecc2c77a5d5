import type { HealthFigures } from '../../shared/health/model'
import type { Book } from '../db/book'
import { cumulativeByAccount } from '../ledger/balances'
import { loanPortfolio } from '../loans/portfolio'
import { booksStart, chart, natural } from '../statements/chart'
import { incomeStatement } from '../statements/income-statement'

/**
 * The figures of the health worksheet from the books: balances on `asOf`, flows of the financial
 * year up to `asOf` (from the later of 1 January and the start of the books), the loan portfolio
 * (kolektibilitas, PPAP) on `asOf`. Account groups per DOMAIN.md §2.
 */
export function healthFigures(book: Book, asOf: string): HealthFigures {
  const accounts = chart(book).filter((a) => !a.isHeader)
  const bal = cumulativeByAccount(book, asOf)
  const sum = (pred: (code: string, type: string) => boolean) =>
    accounts.reduce((t, a) => (pred(a.code, a.type) ? t + natural(a.type, bal.get(a.id)) : t), 0)
  const pre =
    (...prefixes: string[]) =>
    (code: string) =>
      prefixes.some((p) => code.startsWith(p))

  const totalAset = sum((_, t) => t === 'ASET')
  const kasBank = sum(pre('1-11', '1-12'))
  const penyertaan = sum(pre('3-21'))
  const modalSendiri = sum(pre('3-11', '3-31', '3-41')) + Math.floor(penyertaan / 2)
  const portfolio = loanPortfolio(book, asOf)
  const p = portfolio.provision
  const pinjamanAnggota = p.total.bakiDebet
  const pinjamanDiberikan = pinjamanAnggota + sum(pre('1-1403'))
  const pinjamanBermasalah =
    p.byClass.KURANG_LANCAR.bakiDebet + p.byClass.DIRAGUKAN.bakiDebet + p.byClass.MACET.bakiDebet

  const start = booksStart(book)
  const jan1 = `${asOf.slice(0, 4)}-01-01`
  const from = start && start > jan1 ? start : jan1
  const is = from <= asOf ? incomeStatement(book, from, asOf, false) : null
  const row = (code: string) => is?.rows.find((r) => r.code === code)?.total ?? 0

  return {
    totalAset,
    kasBank,
    modalSendiri,
    atmr: totalAset - kasBank,
    pinjamanAnggota,
    pinjamanDiberikan,
    pinjamanBermasalah,
    risikoPinjamanBermasalah: p.riskWeighted,
    cadanganRisiko: portfolio.formed + sum(pre('3-4102')),
    ppapDibentuk: portfolio.formed,
    ppapWajib: p.total.ppapwd,
    asetProduktif: pinjamanDiberikan + sum(pre('1-13', '1-21')),
    kewajibanLancar: sum((c, t) => t === 'LIABILITAS' && c.startsWith('2-1')),
    danaDiterima: sum(pre('3-11', '2-11', '3-21', '3-31', '3-41', '2-2')),
    pendapatanUsaha: row('PENDAPATAN_USAHA'),
    partisipasiBruto: is?.revenueTotal.anggota ?? 0,
    pendapatanTotal: is?.revenueTotal.total ?? 0,
    hpp: row('HPP'),
    bebanUsaha: row('BEBAN_USAHA'),
    hasilUsahaBruto: row('HASIL_USAHA_BRUTO'),
    bebanKaryawan: row('5-3101'),
    shuSebelumPajak: row('SHU_SEBELUM_PAJAK'),
    shuSetelahPajak: row('SHU_SETELAH_PAJAK'),
    simpananPokokWajib: sum(pre('3-1101', '3-1102'))
  }
}
