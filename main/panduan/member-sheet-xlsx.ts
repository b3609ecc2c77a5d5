import writeXlsxFile from 'write-excel-file/node'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { KOLEKTIBILITAS_LABELS } from '../../shared/loans/provisioning'
import type { MemberSheetSet, SavingsKind, SheetLoan } from '../../shared/panduan/member-sheet'

const NUMBER = '#,##0;(#,##0);0'
const KINDS: SavingsKind[] = ['POKOK', 'WAJIB', 'SUKARELA']
const KIND_SHORT: Record<SavingsKind, string> = { POKOK: 'Pokok', WAJIB: 'Wajib', SUKARELA: 'Sukarela' }
const PARTS = [
  ['opening', 'awal'],
  ['deposits', 'setoran'],
  ['withdrawals', 'penarikan'],
  ['jasa', 'jasa'],
  ['pph', 'PPh'],
  ['corrections', 'koreksi'],
  ['closing', 'akhir']
] as const
const SHU_STATUS = {
  DIBUKUKAN: 'Diputuskan RAT',
  PERKIRAAN: 'Perkiraan',
  TIDAK_IKUT: 'Tidak ikut',
  RUGI: 'Tidak ada SHU'
} as const
const LOAN_STATUS: Record<SheetLoan['kolektibilitas'], string> = {
  ...KOLEKTIBILITAS_LABELS,
  LUNAS: 'Lunas',
  HAPUS_BUKU: 'Hapus buku'
}

type Cell = null | string | { value: string | number; type?: typeof Number; format?: string; fontWeight?: 'bold' }
const num = (v: number, bold = false): Cell => ({
  value: v,
  type: Number,
  format: NUMBER,
  ...(bold ? { fontWeight: 'bold' as const } : {})
})
const head = (v: string): Cell => ({ value: v, fontWeight: 'bold' })

/**
 * The Lembar Anggota as a workbook: sheet "Anggota" with one row per member (savings by type and
 * movement, loan totals, S/T/JMA/JUA/SHU) and a total row; sheet "Pinjaman" with one row per loan.
 * Every amount is a number cell, so the totals can be checked in a spreadsheet.
 */
export async function memberSheetsXlsx(profile: CooperativeProfile, set: MemberSheetSet): Promise<Buffer> {
  const title: Cell[][] = [
    [head(profile.name)],
    [head(`Lembar Anggota tahun buku ${set.year}`)],
    [`Per ${set.asOf.split('-').reverse().join('-')} · dalam rupiah`],
    []
  ]
  const header: Cell[] = [
    head('No'),
    head('No. anggota'),
    head('Nama'),
    head('Status'),
    ...KINDS.flatMap((k) => PARTS.map(([, l]) => head(`${KIND_SHORT[k]} ${l}`))),
    head('Jumlah simpanan akhir'),
    head('Pinjaman (jumlah)'),
    head('Sisa pinjaman 31 Des'),
    head('Pokok dibayar'),
    head('Jasa dibayar'),
    head('Denda dibayar'),
    head('Tunggakan wajib'),
    head('S (pokok + wajib)'),
    head('T (transaksi)'),
    head('JMA'),
    head('JUA'),
    head('SHU'),
    head('SHU dibayarkan'),
    head('Status SHU')
  ]
  const rows: Cell[][] = set.sheets.map((s, i) => {
    const running = s.loans.filter((l) => l.kolektibilitas !== 'HAPUS_BUKU')
    return [
      num(i + 1),
      s.member.memberNo,
      s.member.name,
      s.member.exitDate ? 'Keluar' : 'Aktif',
      ...KINDS.flatMap((k) => {
        const v = s.savings.find((x) => x.type === k)!
        return PARTS.map(([f]) => num(v[f]))
      }),
      num(s.savingsClosingTotal),
      num(s.loans.length),
      num(running.reduce((t, l) => t + l.outstanding, 0)),
      num(s.loans.reduce((t, l) => t + l.paidPokok, 0)),
      num(s.loans.reduce((t, l) => t + l.paidJasa, 0)),
      num(s.loans.reduce((t, l) => t + l.paidDenda, 0)),
      num(s.wajibArrears),
      num(s.shu.S),
      num(s.shu.T),
      num(s.shu.JMA),
      num(s.shu.JUA),
      num(s.shu.total),
      num(s.shu.payout),
      SHU_STATUS[s.shu.status]
    ]
  })
  const t = set.totals
  const total: Cell[] = [
    null,
    null,
    head('Jumlah'),
    null,
    ...KINDS.flatMap((k) => PARTS.map(([f]) => num(t.savings[k][f], true))),
    num(t.savingsClosing, true),
    num(t.loans.count, true),
    num(t.loans.outstanding, true),
    num(t.loans.paidPokok, true),
    num(t.loans.paidJasa, true),
    num(t.loans.paidDenda, true),
    num(
      set.sheets.reduce((x, s) => x + s.wajibArrears, 0),
      true
    ),
    num(t.shu.S, true),
    num(t.shu.T, true),
    num(t.shu.JMA, true),
    num(t.shu.JUA, true),
    num(t.shu.total, true),
    num(t.shu.payout, true),
    null
  ]
  const loanHeader: Cell[] = [
    head('No. anggota'),
    head('Nama'),
    head('No. pinjaman'),
    head('Produk'),
    head('Tanggal cair'),
    head('Plafon'),
    head('Sisa 1 Jan'),
    head('Pokok dibayar'),
    head('Jasa dibayar'),
    head('Denda dibayar'),
    head('Sisa 31 Des'),
    head('Kolektibilitas'),
    head('Hari tunggakan')
  ]
  const loanRows: Cell[][] = set.sheets.flatMap((s) =>
    s.loans.map((l) => [
      s.member.memberNo,
      s.member.name,
      l.loanNo,
      l.product,
      l.disbursedAt.split('-').reverse().join('-'),
      num(l.principal),
      num(l.openingOutstanding),
      num(l.paidPokok),
      num(l.paidJasa),
      num(l.paidDenda),
      num(l.outstanding),
      LOAN_STATUS[l.kolektibilitas],
      num(l.daysPastDue)
    ])
  )
  const sheets = [
    {
      data: [...title, header, ...rows, total],
      sheet: 'Anggota',
      columns: [
        { width: 6 },
        { width: 14 },
        { width: 30 },
        { width: 9 },
        ...Array.from({ length: header.length - 4 }, () => ({ width: 14 }))
      ]
    },
    {
      data: [...title, loanHeader, ...loanRows],
      sheet: 'Pinjaman',
      columns: [
        { width: 14 },
        { width: 30 },
        { width: 16 },
        { width: 22 },
        ...Array.from({ length: loanHeader.length - 4 }, () => ({ width: 14 }))
      ]
    }
  ]
  return (await writeXlsxFile(sheets as never).toBuffer()) as Buffer
}
