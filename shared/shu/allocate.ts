import Decimal from 'decimal.js'
import { formatRupiah } from '../money/rupiah'
import { formatPercent } from '../money/decimal-text'

/**
 * SHU allocation engine (DOMAIN.md §5). Pure: no book, no I/O. Money is whole rupiah (number,
 * always an integer); percentages are decimal strings ("2.5" or "2,5"); every rounding is named
 * and every split sums back exactly to what was split.
 */

export const STANDARD_KEYS = [
  'cadangan',
  'jasaModal',
  'jasaUsaha',
  'pengurus',
  'karyawan',
  'pendidikan',
  'sosial',
  'pembangunan'
] as const
export type StandardKey = (typeof STANDARD_KEYS)[number]

export const COMPONENT_NAMES: Record<StandardKey, string> = {
  cadangan: 'Dana Cadangan',
  jasaModal: 'Jasa Modal',
  jasaUsaha: 'Jasa Usaha',
  pengurus: 'Dana Pengurus dan Pengawas',
  karyawan: 'Dana Karyawan',
  pendidikan: 'Dana Pendidikan',
  sosial: 'Dana Sosial',
  pembangunan: 'Dana Pembangunan Daerah Kerja'
}

/** Where each component is credited when the RAT decision is posted (DOMAIN.md §2.6, §5.5). */
export const COMPONENT_ACCOUNTS: Record<StandardKey, string> = {
  cadangan: '3-4101',
  jasaModal: '2-1601',
  jasaUsaha: '2-1601',
  pengurus: '2-1602',
  karyawan: '2-1603',
  pendidikan: '2-1604',
  sosial: '2-1605',
  pembangunan: '2-1606'
}
export const OTHER_ACCOUNT = '2-1607'

export interface ExtraComponent {
  key?: string
  name: string
  percent: string
  account?: string
}

export type PercentTable = Record<StandardKey, string> & { others?: ExtraComponent[] }

/** Default template for new cooperatives (DOMAIN.md §5.3). */
export const DEFAULT_PERCENTAGES: PercentTable = {
  cadangan: '40',
  jasaModal: '20',
  jasaUsaha: '20',
  pengurus: '5',
  karyawan: '5',
  pendidikan: '5',
  sosial: '2.5',
  pembangunan: '2.5'
}

export const ROUNDINGS = ['LARGEST_REMAINDER', 'FLOOR_TO_RESERVE'] as const
export type Rounding = (typeof ROUNDINGS)[number]

export interface AllocationOptions {
  /** Per-member rounding: Hamilton (default) or floor with the remainder to cadangan. */
  rounding?: Rounding
  /** Payout rounded down to a multiple of this (0 = no cash rounding, 100 = Rp100). */
  payoutRoundTo?: 0 | 100 | 1000
  /** Which fund receives the cash-rounding difference. */
  payoutRemainderTo?: 'cadangan' | 'sosial'
  /** false for the non-member table of SPLIT_POOL, which has no member jasa. */
  requireMemberJasa?: boolean
}

export interface ShuComponent {
  key: string
  name: string
  percent: string
  account: string
  /** floor(SHU × %) — cadangan: SHU − Σ the others. */
  nominal: number
  /** What is booked: nominal plus any remainder moved into it (FLOOR_TO_RESERVE, cash rounding, empty pools). */
  amount: number
}

export interface MemberInput {
  memberNo: string
  S: number
  T: number
  /** Proportional weights when they differ from the displayed S/T (e.g. Σ month-end balances). */
  sWeight?: number
  tWeight?: number
}

export interface MemberShare {
  memberNo: string
  S: number
  T: number
  JMA: number
  JUA: number
  total: number
  /** Exact shares, as decimal strings with 6 places (for explanations). */
  jmaExact: string
  juaExact: string
  /** +1 rupiah from the largest-remainder step. */
  jmaBonus: 0 | 1
  juaBonus: 0 | 1
  /** What is paid: total rounded down to the payout multiple (equals total without cash rounding). */
  payout: number
}

export interface Adjustment {
  to: string
  amount: number
  reason: string
}

export interface Allocation {
  shuAfterTax: number
  loss: boolean
  message: string | null
  rounding: Rounding
  components: ShuComponent[]
  members: MemberShare[]
  totals: { S: number; T: number; JM: number; JU: number; JMA: number; JUA: number; total: number; payout: number }
  adjustments: Adjustment[]
}

export interface ShuIssue {
  field: string
  message: string
}

const FIELD_LABEL: Record<StandardKey, string> = {
  cadangan: 'Dana cadangan',
  jasaModal: 'Jasa modal',
  jasaUsaha: 'Jasa usaha',
  pengurus: 'Dana pengurus',
  karyawan: 'Dana karyawan',
  pendidikan: 'Dana pendidikan',
  sosial: 'Dana sosial',
  pembangunan: 'Dana pembangunan daerah kerja'
}

const PERCENT_RE = /^\d{1,3}([.,]\d{1,4})?$/

/** "2,5" → "2.5"; numbers become their decimal text. Returns null when it is not a percentage. */
export function normalizePercent(v: string | number | undefined | null): string | null {
  if (v === undefined || v === null) return null
  const s = typeof v === 'number' ? (Number.isFinite(v) ? new Decimal(v).toString() : '') : v.trim()
  if (!PERCENT_RE.test(s)) return null
  return new Decimal(s.replace(',', '.')).toString()
}

/** Formats a percent the Indonesian way: "2,5 %". */
export function formatPercentId(p: string): string {
  return formatPercent(p)
}

/** DOMAIN.md §5.3 validation: every value a percentage, Σ = 100,00 %, cadangan > 0, JM + JU > 0. */
export function validatePercentages(
  p: Partial<Record<string, unknown>> & { others?: ExtraComponent[] },
  requireMemberJasa = true
): ShuIssue[] {
  const issues: ShuIssue[] = []
  let sum = new Decimal(0)
  const val = (field: string, label: string, raw: unknown): Decimal | null => {
    const n = normalizePercent(raw as string | number | undefined)
    if (n === null) {
      issues.push({
        field,
        message: `${label}: harus berupa persen 0–100 dengan paling banyak 4 angka desimal, mis. "2,5"`
      })
      return null
    }
    const d = new Decimal(n)
    if (d.gt(100)) issues.push({ field, message: `${label}: paling besar 100 %` })
    return d
  }
  const values: Partial<Record<StandardKey, Decimal>> = {}
  for (const k of STANDARD_KEYS) {
    const d = val(`percentages.${k}`, FIELD_LABEL[k], p[k])
    if (d) {
      values[k] = d
      sum = sum.plus(d)
    }
  }
  const names = new Set<string>()
  ;(p.others ?? []).forEach((o, i) => {
    const label = `Komponen lain ${i + 1}${o.name ? ` (${o.name})` : ''}`
    if (!o.name || !o.name.trim())
      issues.push({ field: `percentages.others.${i}.name`, message: `${label}: nama wajib diisi` })
    else if (names.has(o.name.trim().toLowerCase()))
      issues.push({ field: `percentages.others.${i}.name`, message: `${label}: nama sudah dipakai komponen lain` })
    names.add((o.name ?? '').trim().toLowerCase())
    if (o.account !== undefined && !/^2-16\d{2}$|^3-4\d{3}$/.test(o.account)) {
      issues.push({
        field: `percentages.others.${i}.account`,
        message: `${label}: akun harus akun dana SHU (2-16xx) atau cadangan (3-4xxx)`
      })
    }
    const d = val(`percentages.others.${i}.percent`, label, o.percent)
    if (d) sum = sum.plus(d)
  })
  if (values.cadangan && !values.cadangan.gt(0)) {
    issues.push({
      field: 'percentages.cadangan',
      message: 'Dana cadangan: harus lebih dari 0 % (SHU dibagi setelah dikurangi dana cadangan)'
    })
  }
  if (requireMemberJasa && values.jasaModal && values.jasaUsaha && !values.jasaModal.plus(values.jasaUsaha).gt(0)) {
    issues.push({
      field: 'percentages.jasaModal',
      message: 'Jasa modal + jasa usaha: harus lebih dari 0 % agar ada SHU bagian anggota'
    })
  }
  if (issues.length === 0 && !sum.eq(100)) {
    issues.push({
      field: 'percentages',
      message: `Jumlah persentase: harus tepat 100 %, sekarang ${formatPercentId(sum.toString())}`
    })
  }
  return issues
}

/** Σ of a table's percentages (for a live total in forms); invalid values count as 0. */
export function percentSum(p: Partial<Record<string, unknown>> & { others?: ExtraComponent[] }): string {
  let sum = new Decimal(0)
  for (const k of STANDARD_KEYS) sum = sum.plus(normalizePercent(p[k] as string) ?? 0)
  for (const o of p.others ?? []) sum = sum.plus(normalizePercent(o.percent) ?? 0)
  return sum.toString()
}

export class ShuValidationError extends Error {
  constructor(public readonly issues: ShuIssue[]) {
    super(issues[0]?.message ?? 'Persentase SHU tidak valid')
  }
}

const slug = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'lain'

/**
 * Components of an SHU amount (DOMAIN.md §5.5): every component except cadangan =
 * floor(SHU × %) (rounding: FLOOR), cadangan = SHU − Σ the others, so Σ = SHU exactly.
 * A loss or zero SHU gives every component 0.
 */
export function allocateComponents(shu: number, table: PercentTable, requireMemberJasa = true): ShuComponent[] {
  const issues = validatePercentages(table, requireMemberJasa)
  if (issues.length) throw new ShuValidationError(issues)
  assertRupiah(shu, 'shuAfterTax', true)
  const base = Math.max(shu, 0)
  const list: Omit<ShuComponent, 'nominal' | 'amount'>[] = [
    ...STANDARD_KEYS.map((k) => ({
      key: k as string,
      name: COMPONENT_NAMES[k],
      percent: normalizePercent(table[k])!,
      account: COMPONENT_ACCOUNTS[k]
    })),
    ...(table.others ?? []).map((o, i) => ({
      key: o.key ?? `lain-${i + 1}-${slug(o.name)}`,
      name: o.name.trim(),
      percent: normalizePercent(o.percent)!,
      account: o.account ?? OTHER_ACCOUNT
    }))
  ]
  let others = 0
  const out = list.map((c) => {
    if (c.key === 'cadangan') return { ...c, nominal: 0, amount: 0 }
    const v = new Decimal(base).mul(c.percent).div(100).floor().toNumber()
    others += v
    return { ...c, nominal: v, amount: v }
  })
  const cad = out.find((c) => c.key === 'cadangan')!
  cad.nominal = base - others
  cad.amount = cad.nominal
  return out
}

const isDigit = (c: number) => c >= 48 && c <= 57

/**
 * Member numbers compared naturally, numeric-aware: "A-2" before "A-10", "KDMP-0009" before
 * "KDMP-10". Digit runs compare by value (then by length, so "01" after "1"), other characters
 * case-insensitively; a plain code-unit comparison breaks any remaining tie.
 */
export function compareMemberNo(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    if (isDigit(ca) && isDigit(cb)) {
      let si = i
      let sj = j
      while (si < a.length && a.charCodeAt(si) === 48) si++
      while (sj < b.length && b.charCodeAt(sj) === 48) sj++
      let ei = si
      let ej = sj
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++
      if (ei - si !== ej - sj) return ei - si - (ej - sj)
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k)
        if (d !== 0) return d
      }
      const la = ei - i
      const lb = ej - j
      if (la !== lb) return la - lb
      i = ei
      j = ej
      continue
    }
    const la = ca >= 65 && ca <= 90 ? ca + 32 : ca
    const lb = cb >= 65 && cb <= 90 ? cb + 32 : cb
    if (la !== lb) return la - lb
    i++
    j++
  }
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j)
  return a < b ? -1 : a > b ? 1 : 0
}

function assertRupiah(v: number, field: string, allowNegative = false): void {
  if (!Number.isSafeInteger(v) || (!allowNegative && v < 0))
    throw new ShuValidationError([
      { field, message: `${field}: harus bilangan bulat rupiah${allowNegative ? '' : ' tidak negatif'}` }
    ])
}

/**
 * Splits `pool` in proportion to `weights` (integers ≥ 0). Exact integer arithmetic: floor of
 * pool × w / W, then (LARGEST_REMAINDER) +1 rupiah to the largest remainders, ties to the lower
 * member number, until Σ = pool; (FLOOR) floors only, the caller takes the rest.
 * Returns null when Σ weights = 0 (nothing to split by).
 */
export function splitByWeight(
  pool: number,
  weights: number[],
  memberNos: string[],
  mode: 'LARGEST_REMAINDER' | 'FLOOR'
): { shares: number[]; bonus: Uint8Array; remainders: bigint[]; W: bigint } | null {
  let W = 0n
  for (const w of weights) W += BigInt(w)
  if (W === 0n) return null
  const P = BigInt(pool)
  const shares = new Array<number>(weights.length)
  const rems = new Array<bigint>(weights.length)
  let given = 0
  for (let i = 0; i < weights.length; i++) {
    const x = P * BigInt(weights[i]!)
    const q = x / W
    shares[i] = Number(q)
    rems[i] = x - q * W
    given += shares[i]!
  }
  const bonus = new Uint8Array(weights.length)
  let left = pool - given
  if (mode === 'LARGEST_REMAINDER' && left > 0) {
    const idx: number[] = []
    for (let i = 0; i < weights.length; i++) if (rems[i]! > 0n) idx.push(i)
    idx.sort((a, b) =>
      rems[a]! > rems[b]! ? -1 : rems[a]! < rems[b]! ? 1 : compareMemberNo(memberNos[a]!, memberNos[b]!)
    )
    for (let k = 0; k < idx.length && left > 0; k++, left--) {
      shares[idx[k]!]! += 1
      bonus[idx[k]!] = 1
    }
  }
  return { shares, bonus, remainders: rems, W }
}

const MICRO = 1_000_000n
/** The exact share pool × w / W as a decimal string with 6 places, rounded down (for explanations). */
function exact(pool: number, w: number, W: bigint): string {
  if (W === 0n) return '0'
  const x = BigInt(pool) * BigInt(w)
  const q = x / W
  const f = ((x - q * W) * MICRO) / W
  return `${q}.${f.toString().padStart(6, '0')}`
}

export interface AllocateInput {
  shuAfterTax: number
  percentages: PercentTable
  members: MemberInput[]
}

/**
 * The whole allocation: components, then JMA_i = S_i/ΣS × JM and JUA_i = T_i/ΣT × JU per member.
 * Members are returned sorted by member number (natural order).
 */
export function allocate(input: AllocateInput, opts: AllocationOptions = {}): Allocation {
  const rounding = opts.rounding ?? 'LARGEST_REMAINDER'
  const components = allocateComponents(input.shuAfterTax, input.percentages, opts.requireMemberJasa ?? true)
  const seen = new Set<string>()
  input.members.forEach((m, i) => {
    if (!m.memberNo || seen.has(m.memberNo))
      throw new ShuValidationError([
        {
          field: `members.${i}.memberNo`,
          message: `Anggota ${i + 1}: nomor anggota ${m.memberNo ? `${m.memberNo} dipakai dua kali` : 'wajib diisi'}`
        }
      ])
    seen.add(m.memberNo)
    assertRupiah(m.S, `members.${i}.S`)
    assertRupiah(m.T, `members.${i}.T`)
  })
  const members = [...input.members].sort((a, b) => compareMemberNo(a.memberNo, b.memberNo))
  const nos = members.map((m) => m.memberNo)
  const sumS = members.reduce((s, m) => s + m.S, 0)
  const sumT = members.reduce((s, m) => s + m.T, 0)
  const comp = (k: string) => components.find((c) => c.key === k)!
  const cad = comp('cadangan')
  const jm = comp('jasaModal')
  const ju = comp('jasaUsaha')
  const adjustments: Adjustment[] = []
  const loss = input.shuAfterTax <= 0
  const empty = (): Allocation => ({
    shuAfterTax: input.shuAfterTax,
    loss,
    message: loss
      ? input.shuAfterTax < 0
        ? `Tahun ini rugi ${formatRupiah(-input.shuAfterTax)}: tidak ada SHU yang dibagi. Kerugian dibebankan ke cadangan atau dibawa ke tahun berikutnya sesuai keputusan RAT.`
        : 'SHU tahun ini nol: tidak ada SHU yang dibagi.'
      : null,
    rounding,
    components,
    members: members.map((m) => ({
      memberNo: m.memberNo,
      S: m.S,
      T: m.T,
      JMA: 0,
      JUA: 0,
      total: 0,
      jmaExact: '0',
      juaExact: '0',
      jmaBonus: 0,
      juaBonus: 0,
      payout: 0
    })),
    totals: { S: sumS, T: sumT, JM: 0, JU: 0, JMA: 0, JUA: 0, total: 0, payout: 0 },
    adjustments
  })
  if (loss) return empty()

  const mode = rounding === 'FLOOR_TO_RESERVE' ? 'FLOOR' : 'LARGEST_REMAINDER'
  const sW = members.map((m) => m.sWeight ?? m.S)
  const tW = members.map((m) => m.tWeight ?? m.T)
  const jmSplit = splitByWeight(jm.nominal, sW, nos, mode)
  const juSplit = splitByWeight(ju.nominal, tW, nos, mode)
  const JMA = jmSplit?.shares ?? members.map(() => 0)
  const JUA = juSplit?.shares ?? members.map(() => 0)
  const sumJMA = JMA.reduce((s, v) => s + v, 0)
  const sumJUA = JUA.reduce((s, v) => s + v, 0)
  const move = (from: ShuComponent, to: ShuComponent, amount: number, reason: string) => {
    if (amount <= 0) return
    from.amount -= amount
    to.amount += amount
    adjustments.push({ to: to.key, amount, reason })
  }
  if (jm.nominal > sumJMA) {
    move(
      jm,
      cad,
      jm.nominal - sumJMA,
      jmSplit
        ? 'Sisa pembulatan jasa modal (dibulatkan ke bawah per anggota)'
        : 'Tidak ada simpanan pokok + wajib anggota: jasa modal tidak dapat dibagi'
    )
  }
  if (ju.nominal > sumJUA) {
    move(
      ju,
      cad,
      ju.nominal - sumJUA,
      juSplit
        ? 'Sisa pembulatan jasa usaha (dibulatkan ke bawah per anggota)'
        : 'Tidak ada transaksi anggota: jasa usaha tidak dapat dibagi'
    )
  }
  const step = opts.payoutRoundTo ?? 0
  const fund = comp(opts.payoutRemainderTo ?? 'cadangan')
  let payoutTotal = 0
  const shares: MemberShare[] = members.map((m, i) => {
    const total = JMA[i]! + JUA[i]!
    const payout = step > 0 ? total - (total % step) : total
    payoutTotal += payout
    return {
      memberNo: m.memberNo,
      S: m.S,
      T: m.T,
      JMA: JMA[i]!,
      JUA: JUA[i]!,
      total,
      jmaExact: jmSplit ? exact(jm.nominal, sW[i]!, jmSplit.W) : '0',
      juaExact: juSplit ? exact(ju.nominal, tW[i]!, juSplit.W) : '0',
      jmaBonus: (jmSplit?.bonus[i] ?? 0) as 0 | 1,
      juaBonus: (juSplit?.bonus[i] ?? 0) as 0 | 1,
      payout
    }
  })
  const cashRounding = sumJMA + sumJUA - payoutTotal
  if (cashRounding > 0) {
    // The members' jasa shrinks by what cash rounding keeps back; take it from JU first, then JM.
    const fromJu = Math.min(cashRounding, ju.amount)
    move(ju, fund, fromJu, `Pembulatan pembayaran ke bawah kelipatan Rp${step.toLocaleString('id-ID')}`)
    move(jm, fund, cashRounding - fromJu, `Pembulatan pembayaran ke bawah kelipatan Rp${step.toLocaleString('id-ID')}`)
  }
  return {
    shuAfterTax: input.shuAfterTax,
    loss: false,
    message: null,
    rounding,
    components,
    members: shares,
    totals: {
      S: sumS,
      T: sumT,
      JM: jm.nominal,
      JU: ju.nominal,
      JMA: sumJMA,
      JUA: sumJUA,
      total: sumJMA + sumJUA,
      payout: payoutTotal
    },
    adjustments
  }
}

/** The non-member table of SPLIT_POOL by default: the member table with JM + JU moved to cadangan. */
export function nonMemberTable(t: PercentTable): PercentTable {
  return {
    ...t,
    cadangan: new Decimal(normalizePercent(t.cadangan) ?? 0)
      .plus(normalizePercent(t.jasaModal) ?? 0)
      .plus(normalizePercent(t.jasaUsaha) ?? 0)
      .toString(),
    jasaModal: '0',
    jasaUsaha: '0'
  }
}

export interface SplitPoolInput {
  /** Gross margin from members (revenue from members − the HPP that follows it). */
  memberGross: number
  nonMemberGross: number
  /** SHU after tax for the whole cooperative. */
  shuAfterTax: number
}

/**
 * SPLIT_POOL (DOMAIN.md §5.2, §5.5 variant): common costs and tax (= total gross margin − SHU)
 * are charged to the member part in proportion to gross margin, rounded half-up; the non-member
 * part is the rest, so the two parts sum to SHU exactly.
 */
export function splitPool(i: SplitPoolInput): {
  member: number
  nonMember: number
  commonCosts: number
  memberCosts: number
} {
  const gross = i.memberGross + i.nonMemberGross
  const common = gross - i.shuAfterTax
  if (gross === 0) return { member: 0, nonMember: i.shuAfterTax, commonCosts: common, memberCosts: 0 }
  const memberCosts = new Decimal(common)
    .mul(i.memberGross)
    .div(gross)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber()
  const member = i.memberGross - memberCosts
  return { member, nonMember: i.shuAfterTax - member, commonCosts: common, memberCosts }
}

/**
 * SPLIT_POOL allocation: the member part through the member table (with JM/JU to members), the
 * non-member part through its own table (no member jasa: any JM/JU there goes to cadangan).
 * Components are the sums of both parts. A loss in either part distributes nothing from it.
 */
export function allocateSplit(
  input: AllocateInput & { memberGross: number; nonMemberGross: number; nonMemberPercentages?: PercentTable },
  opts: AllocationOptions = {}
): Allocation & { split: ReturnType<typeof splitPool>; parts: { member: Allocation; nonMember: Allocation } } {
  const split = splitPool({
    memberGross: input.memberGross,
    nonMemberGross: input.nonMemberGross,
    shuAfterTax: input.shuAfterTax
  })
  if (input.shuAfterTax <= 0) {
    const a = allocate(input, opts)
    return {
      ...a,
      split,
      parts: {
        member: a,
        nonMember: allocate({ ...input, shuAfterTax: 0, members: [] }, { ...opts, requireMemberJasa: false })
      }
    }
  }
  const member = allocate({ ...input, shuAfterTax: Math.max(split.member, 0) }, opts)
  const nmTable = nonMemberTable(input.nonMemberPercentages ?? input.percentages)
  const nmShu = input.shuAfterTax - Math.max(split.member, 0)
  const nonMember = allocate(
    { shuAfterTax: nmShu, percentages: nmTable, members: [] },
    { ...opts, requireMemberJasa: false, payoutRoundTo: 0 }
  )
  // JM/JU of the non-member part have no members to go to: allocate() already moved them to cadangan.
  const components = member.components.map((c) => {
    const n = nonMember.components.find((x) => x.key === c.key)
    return { ...c, nominal: c.nominal + (n?.nominal ?? 0), amount: c.amount + (n?.amount ?? 0) }
  })
  return {
    ...member,
    shuAfterTax: input.shuAfterTax,
    // The whole year made a profit: only the member part may be empty (then no member jasa).
    loss: false,
    message: member.loss
      ? 'Bagian usaha dengan anggota tidak menghasilkan SHU: tidak ada jasa anggota yang dibagi; SHU bagian non-anggota dialokasikan ke dana-dana.'
      : null,
    components,
    adjustments: [
      ...member.adjustments,
      ...nonMember.adjustments
        .filter((a) => a.amount > 0)
        .map((a) => ({ ...a, reason: `Bagian non-anggota: ${a.reason}` }))
    ],
    split,
    parts: { member, nonMember }
  }
}
