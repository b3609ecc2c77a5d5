import Decimal from 'decimal.js'
import {
  ASPECT_LABELS,
  DEFAULT_HEALTH_SETTINGS,
  FIGURE_LABELS,
  JUKNIS_ASPECTS,
  JUKNIS_INDICATORS,
  PERDEP_ASPECTS,
  PERDEP_INDICATORS,
  RATIOS,
  type Band,
  type HealthFigures,
  type HealthRegime,
  type HealthSettings,
  type RatioId
} from './model'

export type HealthAnswers = Record<string, boolean>

export interface RatioResult {
  id: RatioId
  aspect: string
  label: string
  formula: string
  figures: { key: keyof HealthFigures; label: string; amount: number }[]
  numerator: number
  denominator: number
  /** Percent with 2 decimals, or null when the denominator is 0 or negative. */
  percent: string | null
  /** PERDEP: nilai 0–100; JUKNIS: skor 1–4. */
  value: number
  /** PERDEP: points out of `weight`; JUKNIS: equal to `value` (skor). */
  score: string
  weight: number
  maxScore: number
}

export interface IndicatorResult {
  key: string
  aspect: string
  label: string
  items: { key: string; label: string; answer: boolean }[]
  yes: number
  count: number
  /** Σ yes ÷ k × 100, 2 decimals. */
  percent: string
  /** JUKNIS: skor 1–4; PERDEP: points. */
  score: string
  maxScore: number
  category: string | null
}

export interface AspectResult {
  aspect: string
  label: string
  weight: number
  /** Σ score of the aspect and its maximum. */
  raw: string
  rawMax: string
  /** Points out of `weight`, 2 decimals. */
  score: string
}

export type HealthPredicate = 'SEHAT' | 'CUKUP_SEHAT' | 'DALAM_PENGAWASAN' | 'DALAM_PENGAWASAN_KHUSUS'

export const PREDICATE_LABELS: Record<HealthPredicate, string> = {
  SEHAT: 'Sehat',
  CUKUP_SEHAT: 'Cukup Sehat',
  DALAM_PENGAWASAN: 'Dalam Pengawasan',
  DALAM_PENGAWASAN_KHUSUS: 'Dalam Pengawasan Khusus'
}

export interface HealthScore {
  regime: HealthRegime
  ratios: RatioResult[]
  indicators: IndicatorResult[]
  aspects: AspectResult[]
  /** Σ aspect scores out of 100, 2 decimals. */
  total: string
  predicate: HealthPredicate
}

const D = (x: number | string | Decimal) => new Decimal(x)
const fix2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)

/** numerator ÷ denominator × 100, half-up to 2 decimals; null when the denominator is not positive. */
export function ratioPercent(numerator: number, denominator: number): string | null {
  if (denominator <= 0) return null
  return fix2(D(numerator).div(denominator).mul(100))
}

/** The value of the first band whose (inclusive) upper bound the ratio does not exceed. */
export function bandValue(percent: string, bands: readonly Band[]): number {
  const x = D(percent)
  for (const band of bands) if (band.upTo === null || x.lte(band.upTo)) return band.value
  return bands.at(-1)?.value ?? 0
}

export const JUKNIS_CATEGORIES: Record<number, string> = {
  4: 'Sehat',
  3: 'Cukup Sehat',
  2: 'Kurang Sehat',
  1: 'Tidak Sehat'
}

/** §8.1: rasio > 75 → skor 4 (nilai 1, Sehat); > 50 → 3; > 25 → 2; else 1 (gaps closed, ASSUMED). */
export function checklistSkor(
  percent: string,
  cutoffs: readonly [number, number, number] = DEFAULT_HEALTH_SETTINGS.juknis.checklistCutoffs
): number {
  const x = D(percent)
  if (x.gt(cutoffs[0])) return 4
  if (x.gt(cutoffs[1])) return 3
  if (x.gt(cutoffs[2])) return 2
  return 1
}

export function juknisPredicate(total: string, p: HealthSettings['juknis']['predicate']): HealthPredicate {
  const x = D(total)
  if (x.lte(p.dpk)) return 'DALAM_PENGAWASAN_KHUSUS'
  if (x.lte(p.dp)) return 'DALAM_PENGAWASAN'
  if (x.lte(p.cs)) return 'CUKUP_SEHAT'
  return 'SEHAT'
}

export function perdepPredicate(total: string, p: HealthSettings['perdep']['predicate']): HealthPredicate {
  const x = D(total)
  if (x.gte(p.sehat)) return 'SEHAT'
  if (x.gte(p.cs)) return 'CUKUP_SEHAT'
  if (x.gte(p.dp)) return 'DALAM_PENGAWASAN'
  return 'DALAM_PENGAWASAN_KHUSUS'
}

/** Settings over the defaults: objects merge key by key; a ratio given replaces the default ratio. */
export function mergeSettings(over: unknown): HealthSettings {
  const base = structuredClone(DEFAULT_HEALTH_SETTINGS)
  if (!over || typeof over !== 'object') return base
  const o = over as { juknis?: Partial<HealthSettings['juknis']>; perdep?: Partial<HealthSettings['perdep']> }
  if (o.juknis) {
    Object.assign(base.juknis.aspectWeights, o.juknis.aspectWeights ?? {})
    if (o.juknis.checklistCutoffs) base.juknis.checklistCutoffs = o.juknis.checklistCutoffs
    Object.assign(base.juknis.predicate, o.juknis.predicate ?? {})
    Object.assign(base.juknis.ratios, o.juknis.ratios ?? {})
  }
  if (o.perdep) {
    if (o.perdep.manajemenPoints !== undefined) base.perdep.manajemenPoints = o.perdep.manajemenPoints
    Object.assign(base.perdep.predicate, o.perdep.predicate ?? {})
    Object.assign(base.perdep.ratios, o.perdep.ratios ?? {})
  }
  return base
}

function scoreRatios(
  figures: HealthFigures,
  table: HealthSettings['juknis']['ratios'],
  perdep: boolean
): RatioResult[] {
  const out: RatioResult[] = []
  for (const def of RATIOS) {
    const s = table[def.id]
    if (!s) continue
    const numerator = Math.round(def.numerator(figures))
    const denominator = def.denominator(figures)
    const percent = ratioPercent(numerator, denominator)
    const value = percent === null ? s.whenUndefined : bandValue(percent, s.bands)
    const score = perdep ? fix2(D(value).div(100).mul(s.weight)) : String(value)
    out.push({
      id: def.id,
      aspect: s.aspect,
      label: def.label,
      formula: def.formula,
      figures: def.uses.map((key) => ({ key, label: FIGURE_LABELS[key], amount: figures[key] })),
      numerator,
      denominator,
      percent,
      value,
      score,
      weight: perdep ? s.weight : 0,
      maxScore: perdep ? s.weight : 4
    })
  }
  return out
}

function scoreIndicators(answers: HealthAnswers, regime: HealthRegime, settings: HealthSettings): IndicatorResult[] {
  const list = regime === 'JUKNIS_2021' ? JUKNIS_INDICATORS : PERDEP_INDICATORS
  return list.map((ind) => {
    const its = ind.items.map((i) => ({ ...i, answer: answers[i.key] === true }))
    const yes = its.filter((i) => i.answer).length
    const percent = fix2(D(yes).div(its.length).mul(100))
    if (regime === 'JUKNIS_2021') {
      const skor = checklistSkor(percent, settings.juknis.checklistCutoffs)
      return {
        key: ind.key,
        aspect: ind.aspect,
        label: ind.label,
        items: its,
        yes,
        count: its.length,
        percent,
        score: String(skor),
        maxScore: 4,
        category: JUKNIS_CATEGORIES[skor]!
      }
    }
    const pts = settings.perdep.manajemenPoints
    return {
      key: ind.key,
      aspect: ind.aspect,
      label: ind.label,
      items: its,
      yes,
      count: its.length,
      percent,
      score: fix2(D(yes).div(its.length).mul(pts)),
      maxScore: pts,
      category: null
    }
  })
}

/**
 * The whole assessment. JUKNIS 2021: every indicator and ratio has a skor 1–4; an aspect scores
 * Σ skor ÷ max skor × its weight; the total (0–100) gives the predicate. PERDEP 2016: every ratio
 * scores nilai × sub-weight, manajemen Σ yes ÷ k × 3 per component; total 0–100 → predicate.
 */
export function scoreHealth(
  figures: HealthFigures,
  answers: HealthAnswers,
  regime: HealthRegime,
  settings: HealthSettings = DEFAULT_HEALTH_SETTINGS
): HealthScore {
  const juknis = regime === 'JUKNIS_2021'
  const ratios = scoreRatios(figures, juknis ? settings.juknis.ratios : settings.perdep.ratios, !juknis)
  const indicators = scoreIndicators(answers, regime, settings)
  const aspects: AspectResult[] = []
  if (juknis) {
    for (const aspect of JUKNIS_ASPECTS) {
      const parts = [...ratios.filter((r) => r.aspect === aspect), ...indicators.filter((i) => i.aspect === aspect)]
      const raw = parts.reduce((t, p) => t.plus(p.score), D(0))
      const rawMax = parts.reduce((t, p) => t.plus(p.maxScore), D(0))
      const weight = settings.juknis.aspectWeights[aspect]
      const score = rawMax.isZero() ? D(0) : raw.div(rawMax).mul(weight)
      aspects.push({
        aspect,
        label: ASPECT_LABELS[aspect]!,
        weight,
        raw: raw.toFixed(0),
        rawMax: rawMax.toFixed(0),
        score: fix2(score)
      })
    }
  } else {
    for (const aspect of PERDEP_ASPECTS) {
      const parts = [...ratios.filter((r) => r.aspect === aspect), ...indicators.filter((i) => i.aspect === aspect)]
      const raw = parts.reduce((t, p) => t.plus(p.score), D(0))
      const rawMax = parts.reduce((t, p) => t.plus(p.maxScore), D(0))
      aspects.push({
        aspect,
        label: ASPECT_LABELS[aspect]!,
        weight: rawMax.toNumber(),
        raw: fix2(raw),
        rawMax: fix2(rawMax),
        score: fix2(raw)
      })
    }
  }
  const total = fix2(aspects.reduce((t, a) => t.plus(a.score), D(0)))
  const predicate = juknis
    ? juknisPredicate(total, settings.juknis.predicate)
    : perdepPredicate(total, settings.perdep.predicate)
  return { regime, ratios, indicators, aspects, total, predicate }
}
