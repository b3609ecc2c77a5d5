import type { SystemCheck } from '../../shared/commands/backup'
import type { CommandContext } from '../commands/context'
import { checkLedger } from '../ledger/check'
import { verifyAudit } from '../audit/trail'
import { savingsTieOut, savingsTotalsMismatches } from '../savings/reports'
import { loansTieOut } from '../loans/loans'
import { shuTieOut } from '../shu/shu'
import { loanPositionMismatches } from '../loans/portfolio'
import { formatRupiah } from '../../shared/money/rupiah'
import { SAVINGS_TYPE_LABELS } from '../../shared/savings/types'
import { formatMonth } from '../../shared/dates/format'
import { accessAgainstAudit, ledgerAgainstAudit, subledgersAgainstEntries } from '../audit/rederive'

/**
 * Everything that proves the book is whole, in Indonesian: SQLite's own integrity check, the
 * ledger invariants and the audit chain. Sub-ledger tie-outs join as their modules arrive.
 */
export function systemCheck(ctx: CommandContext): SystemCheck {
  const sections: SystemCheck['sections'] = []
  ctx.progress?.({ done: 0, total: 6, label: 'Memeriksa integritas berkas SQLite' })
  const rows = ctx.book.sqlite.pragma('integrity_check') as { integrity_check: string }[]
  const integrity = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok')
  sections.push({ name: 'Integritas berkas SQLite', ok: integrity.length === 0, problems: integrity })
  ctx.progress?.({ done: 1, total: 6, label: 'Memeriksa buku besar' })
  const ledger = checkLedger({ ...ctx, progress: undefined })
  sections.push({ name: 'Buku besar', ok: ledger.ok, problems: ledger.problems.map((p) => p.message) })
  ctx.progress?.({ done: 2, total: 6, label: 'Memeriksa rantai audit' })
  const audit = verifyAudit(ctx.book)
  sections.push({ name: 'Jejak audit', ok: audit.ok, problems: audit.problems.map((p) => p.message) })
  ctx.progress?.({ done: 3, total: 6, label: 'Menurunkan ulang buku besar dari jejak audit' })
  const rederived = ledgerAgainstAudit(ctx.book.sqlite)
  sections.push({
    name: 'Buku besar = jejak audit (setiap jurnal sama dengan catatan auditnya)',
    ok: rederived.length === 0,
    problems: rederived
  })
  const sub = subledgersAgainstEntries(ctx.book.sqlite)
  sections.push({
    name: 'Buku pembantu = jurnalnya (simpanan, angsuran dan pencairan pinjaman)',
    ok: sub.length === 0,
    problems: sub
  })
  ctx.progress?.({ done: 4, total: 6, label: 'Mencocokkan pengguna, peran dan login dengan jejak audit' })
  const access = accessAgainstAudit(ctx.book.sqlite)
  sections.push({
    name: 'Pengguna, peran dan pengaturan login = jejak audit',
    ok: access.length === 0,
    problems: access
  })
  ctx.progress?.({ done: 5, total: 6, label: 'Mencocokkan simpanan anggota dengan akun kontrol' })
  const tie = savingsTieOut(ctx.book, '2199-12-31')
  const totals = savingsTotalsMismatches(ctx.book)
  sections.push({
    name: 'Simpanan anggota = akun kontrol',
    ok: tie.ok && totals.length === 0,
    problems: [
      ...tie.rows
        .filter((r) => r.difference !== 0)
        .map(
          (r) =>
            `${r.account}: buku besar ${formatRupiah(r.ledger)}, jumlah saldo anggota ${formatRupiah(r.members)}, selisih ${formatRupiah(r.difference)}`
        ),
      ...totals.map((t) =>
        t.memberNo !== null
          ? `Anggota ${t.memberNo}: jumlah ${SAVINGS_TYPE_LABELS[t.type].toLowerCase()} tersimpan tidak cocok dengan transaksi simpanannya`
          : `${SAVINGS_TYPE_LABELS[t.type]} ${formatMonth(t.month!)}: jumlah bulanan tersimpan tidak cocok dengan transaksi simpanannya`
      )
    ]
  })
  const loans = loansTieOut(ctx.book, '2199-12-31')
  const positions = loanPositionMismatches(ctx.book)
  sections.push({
    name: 'Pinjaman anggota = akun piutang pinjaman',
    ok: loans.every((r) => r.difference === 0) && positions.length === 0,
    problems: [
      ...loans
        .filter((r) => r.difference !== 0)
        .map(
          (r) =>
            `${r.account}: buku besar ${formatRupiah(r.ledger)}, sisa pokok pinjaman ${formatRupiah(r.loans)}, selisih ${formatRupiah(r.difference)}`
        ),
      ...positions.map(
        (no) =>
          `Pinjaman ${no}: posisi tersimpan (pokok/jasa terbayar, angsuran tertua yang belum lunas) tidak cocok dengan pembayarannya`
      )
    ]
  })
  const shu = shuTieOut(ctx.book, '2199-12-31')
  sections.push({
    name: 'SHU anggota belum dibayar = akun 2-1601',
    ok: shu.difference === 0,
    problems:
      shu.difference === 0
        ? []
        : [
            `2-1601: buku besar ${formatRupiah(shu.ledger)}, SHU anggota belum dibayar ${formatRupiah(shu.subledger)}, selisih ${formatRupiah(shu.difference)}`
          ]
  })
  ctx.progress?.({ done: 6, total: 6, label: 'Selesai' })
  return { ok: sections.every((s) => s.ok), checkedAt: ctx.now().toISOString(), sections }
}
