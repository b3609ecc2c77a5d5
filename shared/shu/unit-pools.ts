import Decimal from 'decimal.js'
import {
  allocate,
  splitByWeight,
  type Adjustment,
  type Allocation,
  type AllocationOptions,
  type MemberShare,
  type PercentTable,
  type ShuComponent
} from './allocate'

/**
 * SHU pools per business unit (DOMAIN.md §5.4 "per-unit pools (e.g. USP SHU by jasa paid, sembako
 * SHU by purchases)"). Pure. Each unit's own result is its pool; what has no unit (common costs,
 * the year's tax) is spread over the units first, and a unit's loss is borne by the profitable units,
 * so the pools sum to the cooperative's SHU exactly. Each pool then goes through its own table:
 * jasa modal by S (pokok + wajib), jasa usaha by the member's transactions with that unit.
 */

/** How the result of lines without a unit is spread over the units (ASSUMED default: gross margin, as SPLIT_POOL does for §5.2). */
export const COMMON_COST_BASES = ['GROSS_MARGIN', 'REVENUE'] as const
export type CommonCostBasis = (typeof COMMON_COST_BASES)[number]

/**
 * Jasa usaha of a pool whose unit had no member transactions (e.g. the office): shared by the
 * members' transactions with all units (ASSUMED default), or to cadangan.
 */
export const EMPTY_UNIT_JU = ['ALL_TRANSACTIONS', 'CADANGAN'] as const
export type EmptyUnitJu = (typeof EMPTY_UNIT_JU)[number]

export interface UnitResult {
  unit: string
  name: string
  /** The unit's SHU from its own lines (revenue − HPP − its expenses). */
  result: number
  /** Revenue − HPP of the unit (the GROSS_MARGIN basis). */
  gross: number
  /** Revenue usaha of the unit (the REVENUE basis). */
  revenue: number
}

export interface UnitPoolMember {
  memberNo: string
  S: number
  sWeight?: number
  /** Transactions with each unit, by unit code (absent = 0). */
  T: Record<string, number>
}

export interface UnitPool {
  unit: string
  name: string
  result: number
  /** Share of the common (unit-less) result: negative for common costs. */
  common: number
  /** Share of other units' losses borne by this pool (≤ 0), or this unit's own loss moved away (≥ 0). */
  lossOffset: number
  /** What this pool allocates: result + common + lossOffset (never negative). */
  pool: number
  percentages: PercentTable
  /** Σ T of the members with this unit; 0 = jasa usaha shared by all transactions instead. */
  unitT: number
  components: ShuComponent[]
  JMA: number
  JUA: number
}

/** Splits a signed amount by non-negative weights, largest remainder (ties to the lower code); null when Σ weights = 0. */
function splitSigned(amount: number, weights: number[], codes: string[]): number[] | null {
  const s = splitByWeight(Math.abs(amount), weights, codes, 'LARGEST_REMAINDER')
  if (!s) return null
  return s.shares.map((v) => (amount < 0 && v !== 0 ? -v : v))
}

/** The pool of each unit: own result + share of the common result + share of other units' losses. */
export function unitPoolAmounts(
  units: UnitResult[],
  common: number,
  basis: CommonCostBasis
): { unit: string; result: number; common: number; lossOffset: number; pool: number }[] {
  const codes = units.map((u) => u.unit)
  const base = units.map((u) => Math.max(0, basis === 'GROSS_MARGIN' ? u.gross : u.revenue))
  const shares =
    splitSigned(common, base, codes) ??
    splitSigned(
      common,
      units.map((u) => Math.max(0, u.revenue)),
      codes
    ) ??
    splitSigned(
      common,
      units.map(() => 1),
      codes
    ) ??
    []
  const before = units.map((u, i) => u.result + (shares[i] ?? 0))
  const loss = before.reduce((t, v) => t + (v < 0 ? -v : 0), 0)
  const borne =
    splitSigned(
      -loss,
      before.map((v) => Math.max(0, v)),
      codes
    ) ?? units.map(() => 0)
  return units.map((u, i) => {
    const offset = before[i]! < 0 ? -before[i]! : borne[i]!
    return { unit: u.unit, result: u.result, common: shares[i] ?? 0, lossOffset: offset, pool: before[i]! + offset }
  })
}

export interface UnitPoolInput {
  shuAfterTax: number
  units: UnitResult[]
  commonCosts: CommonCostBasis
  /** Default ALL_TRANSACTIONS. */
  withoutTransactions?: EmptyUnitJu
  /** The table in force; a unit's own table when the AD sets one. */
  percentages: PercentTable
  unitPercentages?: Record<string, PercentTable>
  members: UnitPoolMember[]
}

/**
 * The whole UNIT_POOL allocation: components summed over the pools, each member's JMA and JUA the
 * sum of their shares in every pool. A pool whose unit has no member transactions shares its jasa
 * usaha by the members' transactions with all units (so that e.g. the office unit's SHU still
 * returns to members), or gives it to cadangan (`withoutTransactions`). A loss year distributes nothing.
 */
export function allocateUnitPools(
  input: UnitPoolInput,
  opts: AllocationOptions = {}
): Allocation & { pools: UnitPool[] } {
  const totalT = (m: UnitPoolMember) => Object.values(m.T).reduce((t, v) => t + v, 0)
  const flat = input.members.map((m) => ({ memberNo: m.memberNo, S: m.S, T: totalT(m), sWeight: m.sWeight }))
  const common = input.shuAfterTax - input.units.reduce((t, u) => t + u.result, 0)
  if (input.shuAfterTax <= 0 || input.units.length === 0) {
    const a = allocate({ shuAfterTax: input.shuAfterTax, percentages: input.percentages, members: flat }, opts)
    return { ...a, pools: [] }
  }
  const amounts = unitPoolAmounts(input.units, common, input.commonCosts)
  const perPool = { ...opts, payoutRoundTo: 0 as const }
  const pools: UnitPool[] = []
  const parts: Allocation[] = []
  for (const [i, u] of input.units.entries()) {
    const a = amounts[i]!
    const table = input.unitPercentages?.[u.unit] ?? input.percentages
    const unitT = input.members.reduce((t, m) => t + (m.T[u.unit] ?? 0), 0)
    const byAll = unitT === 0 && (input.withoutTransactions ?? 'ALL_TRANSACTIONS') === 'ALL_TRANSACTIONS'
    const members = input.members.map((m) => ({
      memberNo: m.memberNo,
      S: m.S,
      sWeight: m.sWeight,
      T: byAll ? totalT(m) : (m.T[u.unit] ?? 0)
    }))
    const part = allocate({ shuAfterTax: a.pool, percentages: table, members }, perPool)
    parts.push(part)
    pools.push({
      unit: u.unit,
      name: u.name,
      result: a.result,
      common: a.common,
      lossOffset: a.lossOffset,
      pool: a.pool,
      percentages: table,
      unitT,
      components: part.components,
      JMA: part.totals.JMA,
      JUA: part.totals.JUA
    })
  }
  // Components by key over the pools (a key missing from one table counts 0 there).
  const components: ShuComponent[] = []
  for (const p of parts) {
    for (const c of p.components) {
      const have = components.find((x) => x.key === c.key)
      if (have) {
        have.nominal += c.nominal
        have.amount += c.amount
      } else components.push({ ...c })
    }
  }
  const byNo = new Map<string, MemberShare>()
  for (const p of parts) {
    for (const m of p.members) {
      const have = byNo.get(m.memberNo)
      if (!have) {
        byNo.set(m.memberNo, { ...m, T: flat.find((f) => f.memberNo === m.memberNo)!.T })
        continue
      }
      have.JMA += m.JMA
      have.JUA += m.JUA
      have.total += m.total
      have.payout += m.payout
      have.jmaExact = new Decimal(have.jmaExact).plus(m.jmaExact).toFixed(6)
      have.juaExact = new Decimal(have.juaExact).plus(m.juaExact).toFixed(6)
      have.jmaBonus = (have.jmaBonus | m.jmaBonus) as 0 | 1
      have.juaBonus = (have.juaBonus | m.juaBonus) as 0 | 1
    }
  }
  const members = parts[0]!.members.map((m) => byNo.get(m.memberNo)!)
  const adjustments: Adjustment[] = parts.flatMap((p, i) =>
    p.adjustments.filter((a) => a.amount > 0).map((a) => ({ ...a, reason: `${pools[i]!.name}: ${a.reason}` }))
  )
  // Cash rounding on each member's total, as allocate() does, taken from jasa usaha then jasa modal.
  const step = opts.payoutRoundTo ?? 0
  let payout = 0
  for (const m of members) {
    m.payout = step > 0 ? m.total - (m.total % step) : m.total
    payout += m.payout
  }
  const sumJMA = members.reduce((t, m) => t + m.JMA, 0)
  const sumJUA = members.reduce((t, m) => t + m.JUA, 0)
  const kept = sumJMA + sumJUA - payout
  if (kept > 0) {
    const fund = components.find((c) => c.key === (opts.payoutRemainderTo ?? 'cadangan'))!
    const ju = components.find((c) => c.key === 'jasaUsaha')!
    const jm = components.find((c) => c.key === 'jasaModal')!
    const fromJu = Math.min(kept, ju.amount)
    const reason = `Pembulatan pembayaran ke bawah kelipatan Rp${step.toLocaleString('id-ID')}`
    ju.amount -= fromJu
    jm.amount -= kept - fromJu
    fund.amount += kept
    adjustments.push({ to: fund.key, amount: kept, reason })
  }
  const JM = components.find((c) => c.key === 'jasaModal')?.nominal ?? 0
  const JU = components.find((c) => c.key === 'jasaUsaha')?.nominal ?? 0
  return {
    shuAfterTax: input.shuAfterTax,
    loss: false,
    message: null,
    rounding: opts.rounding ?? 'LARGEST_REMAINDER',
    components,
    members,
    totals: {
      S: flat.reduce((t, m) => t + m.S, 0),
      T: flat.reduce((t, m) => t + m.T, 0),
      JM,
      JU,
      JMA: sumJMA,
      JUA: sumJUA,
      total: sumJMA + sumJUA,
      payout
    },
    adjustments,
    pools
  }
}
