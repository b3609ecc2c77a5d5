import Decimal from 'decimal.js'
import { formatMonth } from '../../shared/dates/format'
import { addDays, lastDayOfMonth } from '../../shared/dates/calendar'
import { loanSchedule } from '../../shared/loans/schedule'
import { KOLEKTIBILITAS_LABELS, requiredProvision } from '../../shared/loans/provisioning'
import { formatRupiah } from '../../shared/money/rupiah'
import type { ComputedKey, ComputedQuestion } from '../../shared/panduan/quiz'
import { allocateComponents, compareMemberNo, formatPercentId } from '../../shared/shu/allocate'
import type { QuorumRule } from '../../shared/commands/rat'
import type { CommandContext } from '../commands/context'
import { provisionPolicy } from '../loans/policy'
import { productsAt } from '../loans/products'
import { getRat, membersOn, quorumOf } from '../rat'
import { listRats } from '../rat/meetings'
import { interestFor } from '../savings/interest'
import { settingsAt } from '../savings/settings'
import { wajibAmountOn } from '../savings/wajib'
import { requireProfile } from '../setup/profile'
import { participants, shuAfterTaxOf, shuSettingsFor } from '../shu/shu'
import { formatDecimal } from '../../shared/money/decimal-text'

/**
 * Questions computed from the cooperative's own book: its AD's SHU percentages and members'
 * savings, its wajib, its loan product, its sukarela rate and tax threshold, its member count and
 * quorum rule, its PPAP rates. Each generator returns null when the book does not have what it
 * needs (the paper then takes a question from the bank).
 */

const rp = (n: number) => formatRupiah(n)
const floorMul = (a: number, pctText: string) => new Decimal(a).mul(pctText).div(100).floor().toNumber()
const halfUpPct = (a: number, pctText: string) =>
  new Decimal(a).mul(pctText).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()

/** The first three candidates that are positive, whole, and differ from the answer and from each other. */
export function distractors(correct: number, candidates: number[], fmt: (n: number) => string = rp): string[] {
  const out: string[] = []
  const seen = new Set([fmt(correct)])
  // Plain multiples as a last resort, so a coincidence among the candidates still leaves three.
  for (const c of [...candidates, correct * 2, correct * 3, Math.floor(correct / 2), correct * 10]) {
    if (!Number.isSafeInteger(c) || c < 0) continue
    const s = fmt(c)
    if (seen.has(s)) continue
    seen.add(s)
    out.push(s)
    if (out.length === 3) break
  }
  return out
}

export interface ComputeOptions {
  /** The person taking the test, when a member: "your" figures where the book has them. */
  memberId: number | null
  /** Today in the cooperative's calendar. */
  today: string
}

/** The financial year the SHU questions speak of: last year once the books reach it, else this year. */
function shuYear(ctx: CommandContext, today: string): number {
  const first = requireProfile(ctx.book).firstFinancialYear
  const last = Number(today.slice(0, 4)) - 1
  return last >= first ? last : last + 1
}

const ILLUSTRATIVE_SHU = 10_000_000

function jma(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const year = shuYear(ctx, o.today)
  const settings = shuSettingsFor(ctx.book, year)
  const jmPct = settings.percentages.jasaModal
  const real = shuAfterTaxOf(ctx.book, year)
  const shu = real > 0 ? real : ILLUSTRATIVE_SHU
  const pool = floorMul(shu, jmPct)
  const list = participants(ctx, year, settings)
    .list.filter((p) => p.S > 0)
    .sort((a, b) => compareMemberNo(a.memberNo, b.memberNo))
  let S = 1_600_000
  let totalS = 4_500_000
  let count = 3
  let who = 'Anggota A'
  let whose = 'Anggota A'
  if (list.length > 0) {
    totalS = list.reduce((t, p) => t + p.S, 0)
    count = list.length
    const me = o.memberId === null ? undefined : list.find((p) => p.memberId === o.memberId)
    const pick = me ?? list[0]!
    S = pick.S
    who = me ? 'Anda' : `${pick.name} (${pick.memberNo})`
    whose = me ? 'Anda' : pick.name
  }
  if (pool <= 0 || totalS <= 0) return null
  const correct = new Decimal(S).mul(pool).div(totalS).floor().toNumber()
  const sWhat =
    settings.sBasis === 'YEAR_END' ? `pada 31 Desember ${year}` : `(rata-rata saldo akhir bulan tahun ${year})`
  const shuText =
    real > 0
      ? `Menurut buku, SHU setelah pajak tahun buku ${year} adalah ${rp(shu)}.`
      : `Misalkan SHU setelah pajak tahun buku ${year} ${rp(shu)}.`
  return {
    key: 'JMA',
    topic: 'SHU',
    question:
      `${shuText} Menurut pembagian SHU koperasi kita, jasa modal ${formatPercentId(jmPct)} dari SHU. Simpanan pokok + wajib ${who} ${sWhat} ${rp(S)}, seluruh anggota ${list.length > 0 ? 'yang ikut pembagian' : ''} ${rp(totalS)}. Berapa JMA ${whose} (dibulatkan ke bawah ke rupiah)?`.replace(
        /\s+/g,
        ' '
      ),
    correct: rp(correct),
    wrong: distractors(correct, [
      new Decimal(S).mul(shu).div(totalS).floor().toNumber(),
      pool,
      Math.floor(pool / count),
      correct * 2,
      Math.floor(correct / 2)
    ]),
    explanation: `Jasa modal = ${formatPercentId(jmPct)} × ${rp(shu)} = ${rp(pool)} (dibulatkan ke bawah). JMA = S ÷ ΣS × jasa modal = ${rp(S)} ÷ ${rp(totalS)} × ${rp(pool)} = ${rp(correct)}. Pada pembagian sebenarnya sisa pembulatan dibagikan dengan metode sisa terbesar, sehingga JMA dapat bertambah Rp1.`,
    basis: '§5.4, §5.5',
    terms: ['jma', 'jasa-modal', 'sisa-terbesar']
  }
}

function wajibSetahun(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const s = settingsAt(ctx.book, o.today)
  if (!s) return null
  const own = o.memberId !== null ? wajibAmountOn(ctx.book, o.memberId, o.today) : 0
  const w = own > 0 ? own : s.wajibAmount
  if (w <= 0) return null
  const correct = w * 12
  return {
    key: 'WAJIB_SETAHUN',
    topic: 'SIMPANAN',
    question: `Simpanan wajib ${own > 0 ? 'Anda' : 'di koperasi kita'} ${rp(w)} per bulan. Berapa simpanan wajib yang disetor selama satu tahun penuh (12 bulan)?`,
    correct: rp(correct),
    wrong: distractors(correct, [w, w * 10, w * 12 + s.pokokAmount, w * 24, w * 6]),
    explanation: `Simpanan wajib dibayar setiap bulan: 12 × ${rp(w)} = ${rp(correct)}. Simpanan pokok ${s.pokokAmount > 0 ? `(${rp(s.pokokAmount)}) ` : ''}dibayar sekali saja saat masuk, tidak setiap tahun.`,
    basis: '§3.1, §3.2',
    terms: ['simpanan-wajib', 'simpanan-pokok']
  }
}

const METHOD_LABELS = { flat: 'flat', efektif: 'efektif (menurun)', anuitas: 'anuitas' } as const

function angsuran(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const product = productsAt(ctx.book, o.today)[0]
  if (!product || new Decimal(product.ratePerMonth).lte(0)) return null
  const P = Math.min(product.maxAmount, 5_000_000)
  const n = Math.min(product.maxTenor, 12)
  if (P < n) return null
  const schedule = loanSchedule({
    principal: P,
    ratePerMonth: product.ratePerMonth,
    tenorMonths: n,
    method: product.method,
    roundUpTo: product.roundUpTo
  })
  const first = schedule.installments[0]!
  const correct = first.angsuran
  const rate = formatPercentId(product.ratePerMonth)
  return {
    key: 'ANGSURAN',
    topic: 'PINJAMAN',
    question: `Produk pinjaman "${product.name}" koperasi kita: jasa ${rate} sebulan, metode ${METHOD_LABELS[product.method]}${product.roundUpTo ? `, angsuran dibulatkan ke atas ke kelipatan ${rp(product.roundUpTo)}` : ''}. Seorang anggota meminjam ${rp(P)} selama ${n} bulan. Berapa angsuran bulan pertama?`,
    correct: rp(correct),
    wrong: distractors(correct, [
      first.pokok,
      first.jasa,
      first.pokok + first.jasa * n,
      P + first.jasa,
      schedule.totalAngsuran
    ]),
    explanation: `Angsuran = pokok + jasa. Bulan pertama: pokok ${rp(first.pokok)} + jasa ${rp(first.jasa)} (${rate} × ${rp(P)}${product.method === 'flat' ? ', sama setiap bulan' : ', dari sisa pokok'}) = ${rp(correct)}. Jasa dibulatkan setengah ke atas ke rupiah penuh.`,
    basis: '§4.2',
    terms: [
      'angsuran',
      product.method === 'flat' ? 'metode-flat' : product.method === 'efektif' ? 'metode-efektif' : 'metode-anuitas',
      'jasa-pinjaman'
    ]
  }
}

/** The month before today's, fully ended. */
const lastFullMonth = (today: string) => addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)

function jasaSimpanan(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const s = settingsAt(ctx.book, o.today)
  if (!s || new Decimal(s.sukarelaRate).lte(0)) return null
  const month = lastFullMonth(o.today)
  const saldo = 2_000_000
  const { gross } = interestFor([{ date: addDays(`${month}-01`, -1), amount: saldo }], month, s)
  if (gross <= 0) return null
  const rate = formatPercentId(s.sukarelaRate)
  const days = Number(lastDayOfMonth(month).slice(8, 10))
  const how =
    s.sukarelaMethod === 'SALDO_TERENDAH'
      ? `Jasa dihitung dari saldo terendah bulan itu: ${rp(saldo)} × ${rate} ÷ 12 = ${rp(gross)} (dibulatkan ke bawah).`
      : `Jasa dihitung dari saldo harian: ${rp(saldo)} × ${rate} × ${days} hari ÷ 365 = ${rp(gross)} (dibulatkan ke bawah).`
  return {
    key: 'JASA_SIMPANAN',
    topic: 'SIMPANAN',
    question: `Jasa simpanan sukarela di koperasi kita ${rate} setahun, dihitung ${s.sukarelaMethod === 'SALDO_TERENDAH' ? 'dari saldo terendah bulanan' : 'dari saldo harian'}. Saldo sukarela seorang anggota ${rp(saldo)} sepanjang ${formatMonth(month)} tanpa setoran atau penarikan. Berapa jasa ${formatMonth(month)} (sebelum pajak)?`,
    correct: rp(gross),
    wrong: distractors(gross, [
      floorMul(saldo, s.sukarelaRate),
      new Decimal(saldo).mul(s.sukarelaRate).div(12).floor().toNumber(),
      new Decimal(saldo).mul(s.sukarelaRate).div(100).div(365).floor().toNumber(),
      gross * 12,
      gross * 2
    ]),
    explanation: `${how} Jasa setahun adalah ${rp(floorMul(saldo, s.sukarelaRate))}; jasa dibukukan setiap bulan.`,
    basis: '§3.3',
    terms: ['jasa-simpanan', 'saldo-terendah']
  }
}

function pphJasa(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const s = settingsAt(ctx.book, o.today)
  if (!s || new Decimal(s.taxRate).lte(0)) return null
  const jasa = s.taxThreshold + 60_000
  const tax = halfUpPct(jasa, s.taxRate)
  const rate = formatPercentId(s.taxRate)
  return {
    key: 'PPH_JASA',
    topic: 'SIMPANAN',
    question: `Menurut pengaturan simpanan koperasi kita, jasa simpanan sampai ${rp(s.taxThreshold)} sebulan tidak dipotong pajak; di atasnya dipotong PPh ${rate}. Jasa seorang anggota bulan ini ${rp(jasa)}. Berapa PPh yang dipotong?`,
    correct: rp(tax),
    wrong: distractors(tax, [
      halfUpPct(jasa - s.taxThreshold, s.taxRate),
      0,
      jasa - tax,
      halfUpPct(s.taxThreshold, s.taxRate),
      tax * 2
    ]),
    explanation: `Bila jasa lebih dari ${rp(s.taxThreshold)}, PPh final dihitung dari seluruh jasa bruto, bukan dari kelebihannya: ${rate} × ${rp(jasa)} = ${rp(tax)} (dibulatkan setengah ke atas). Anggota menerima ${rp(jasa - tax)}.`,
    basis: '§9.6, §3.3',
    terms: ['pph-jasa-simpanan']
  }
}

function kuorum(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const real = membersOn(ctx.book, o.today).total
  const n = real >= 4 ? real : 150
  const latest = listRats(ctx.book)[0]
  const rule: QuorumRule = latest ? getRat(ctx.book, { ratId: latest.id }).quorumRule : { mode: 'MORE_THAN_HALF' }
  const required = quorumOf(rule, n, 0).required
  const ruleText =
    rule.mode === 'MORE_THAN_HALF'
      ? 'lebih dari separuh anggota'
      : `paling sedikit ${formatPercentId(rule.percent)} anggota`
  const count = (x: number) => `${x.toLocaleString('id-ID')} anggota`
  return {
    key: 'KUORUM',
    topic: 'RAT',
    question: `${real >= 4 ? `Hari ini koperasi kita punya ${count(n)} aktif.` : `Misalkan koperasi punya ${count(n)}.`} Kuorum RAT ${latest ? 'menurut rapat terakhir yang dicatat' : 'menurut bawaan'}: ${ruleText}. Paling sedikit berapa anggota harus hadir agar RAT sah?`,
    correct: count(required),
    wrong: distractors(
      required,
      [
        Math.floor(n / 2),
        n,
        Math.ceil(n / 3),
        required + 1,
        required - 1,
        required + 2,
        Math.max(1, required - 2),
        n - 1
      ],
      count
    ),
    explanation:
      rule.mode === 'MORE_THAN_HALF'
        ? `Lebih dari separuh ${count(n)} = ⌊${n} ÷ 2⌋ + 1 = ${count(required)}; tepat separuh belum cukup.`
        : `${formatPercentId(rule.percent)} × ${n} = ${formatDecimal(new Decimal(n).mul(rule.percent).div(100))}, dibulatkan ke atas: ${count(required)}.`,
    basis: '§1.3',
    terms: ['kuorum', 'daftar-hadir']
  }
}

function ppap(ctx: CommandContext): ComputedQuestion | null {
  const policy = provisionPolicy(ctx.book)
  const baki = 8_000_000
  const agunan = 3_000_000
  const correct = requiredProvision('KURANG_LANCAR', baki, agunan, policy)
  if (correct <= 0) return null
  const rate = formatPercentId(policy.rates.KURANG_LANCAR)
  return {
    key: 'PPAP',
    topic: 'PINJAMAN',
    question: `Menurut kebijakan pinjaman koperasi kita, PPAP pinjaman ${KOLEKTIBILITAS_LABELS.KURANG_LANCAR.toLowerCase()} ${rate} dari (baki debet − agunan pengurang). Sebuah pinjaman kurang lancar: baki debet ${rp(baki)}, agunan pengurang ${rp(agunan)}. Berapa PPAP wajib dibentuk?`,
    correct: rp(correct),
    wrong: distractors(correct, [
      requiredProvision('KURANG_LANCAR', baki, 0, policy),
      requiredProvision('LANCAR', baki, 0, policy),
      halfUpPct(agunan, policy.rates.KURANG_LANCAR),
      baki - agunan,
      correct * 2
    ]),
    explanation: `PPAP = ${rate} × (${rp(baki)} − ${rp(agunan)}) = ${rate} × ${rp(baki - agunan)} = ${rp(correct)}. Agunan dikurangkan untuk kurang lancar, diragukan dan macet, tidak untuk lancar.`,
    basis: '§4.4',
    terms: ['ppap', 'agunan', 'kurang-lancar']
  }
}

function cadangan(ctx: CommandContext, o: ComputeOptions): ComputedQuestion | null {
  const year = shuYear(ctx, o.today)
  const table = shuSettingsFor(ctx.book, year).percentages
  const real = shuAfterTaxOf(ctx.book, year)
  const shu = real > 0 ? real : ILLUSTRATIVE_SHU
  const parts = allocateComponents(shu, table)
  const cad = parts.find((c) => c.key === 'cadangan')!
  const others = parts.filter((c) => c.key !== 'cadangan')
  const jm = parts.find((c) => c.key === 'jasaModal')!
  return {
    key: 'CADANGAN',
    topic: 'SHU',
    question: `${real > 0 ? `SHU setelah pajak tahun buku ${year} menurut buku: ${rp(shu)}.` : `Misalkan SHU setelah pajak ${rp(shu)}.`} Pembagian SHU koperasi kita: cadangan ${formatPercentId(table.cadangan)}; setiap komponen lain dibulatkan ke bawah dan sisa pembulatan masuk cadangan. Berapa dana cadangan?`,
    correct: rp(cad.amount),
    wrong: distractors(cad.amount, [
      shu - cad.amount,
      jm.amount,
      cad.amount + jm.amount,
      floorMul(shu, table.cadangan) === cad.amount ? cad.amount + 1 : floorMul(shu, table.cadangan),
      Math.floor(cad.amount / 2)
    ]),
    explanation: `Komponen lain: ${others.map((c) => `${c.name} ${formatPercentId(c.percent)} = ${rp(c.amount)}`).join('; ')}. Cadangan = ${rp(shu)} − ${rp(others.reduce((t, c) => t + c.amount, 0))} = ${rp(cad.amount)}, sehingga jumlah semua bagian tepat sama dengan SHU.`,
    basis: '§5.3, §5.5',
    terms: ['dana-cadangan', 'pembagian-shu']
  }
}

const GENERATORS: Record<ComputedKey, (ctx: CommandContext, o: ComputeOptions) => ComputedQuestion | null> = {
  JMA: jma,
  WAJIB_SETAHUN: wajibSetahun,
  ANGSURAN: angsuran,
  JASA_SIMPANAN: jasaSimpanan,
  PPH_JASA: pphJasa,
  KUORUM: kuorum,
  PPAP: (ctx) => ppap(ctx),
  CADANGAN: cadangan
}

/** One computed question, or null when the book lacks what it needs. */
export function computedQuestion(ctx: CommandContext, key: ComputedKey, o: ComputeOptions): ComputedQuestion | null {
  return GENERATORS[key](ctx, o)
}

export function computedQuestions(
  ctx: CommandContext,
  keys: readonly ComputedKey[],
  o: ComputeOptions
): ComputedQuestion[] {
  return keys.map((k) => computedQuestion(ctx, k, o)).filter((q): q is ComputedQuestion => q !== null)
}
