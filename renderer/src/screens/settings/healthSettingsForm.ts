import { JUKNIS_ASPECTS, type HealthSettings, type RatioId, type RatioScoring } from '../../../../shared/health/model'
import { checkHealthSettings } from '../../../../shared/health/validate'
import { formatDecimal } from '../../../../shared/money/decimal-text'
import { t } from '../../i18n'

/** The health settings as the form edits them: every number as typed (decimal comma). */
export interface BandDraft {
  upTo: string
  value: string
}
export interface RatioDraft {
  aspect: string
  weight: string
  bands: BandDraft[]
  whenUndefined: string
}
export interface HealthDraft {
  juknis: {
    aspectWeights: Record<(typeof JUKNIS_ASPECTS)[number], string>
    checklistCutoffs: [string, string, string]
    predicate: { dpk: string; dp: string; cs: string }
    ratios: Partial<Record<RatioId, RatioDraft>>
  }
  perdep: {
    manajemenPoints: string
    predicate: { sehat: string; cs: string; dp: string }
    ratios: Partial<Record<RatioId, RatioDraft>>
  }
}

const text = (x: number) => formatDecimal(String(x))

function ratioDraft(r: RatioScoring): RatioDraft {
  return {
    aspect: r.aspect,
    weight: text(r.weight),
    whenUndefined: text(r.whenUndefined),
    bands: r.bands.map((b) => ({ upTo: b.upTo === null ? '' : text(b.upTo), value: text(b.value) }))
  }
}

const mapRatios = <A, B>(rs: Partial<Record<RatioId, A>>, f: (r: A) => B): Partial<Record<RatioId, B>> =>
  Object.fromEntries(Object.entries(rs).map(([k, v]) => [k, f(v as A)])) as Partial<Record<RatioId, B>>

export function draftOfHealth(s: HealthSettings): HealthDraft {
  const j = s.juknis
  return {
    juknis: {
      aspectWeights: Object.fromEntries(
        JUKNIS_ASPECTS.map((a) => [a, text(j.aspectWeights[a])])
      ) as HealthDraft['juknis']['aspectWeights'],
      checklistCutoffs: j.checklistCutoffs.map(text) as [string, string, string],
      predicate: { dpk: text(j.predicate.dpk), dp: text(j.predicate.dp), cs: text(j.predicate.cs) },
      ratios: mapRatios(j.ratios, ratioDraft)
    },
    perdep: {
      manajemenPoints: text(s.perdep.manajemenPoints),
      predicate: {
        sehat: text(s.perdep.predicate.sehat),
        cs: text(s.perdep.predicate.cs),
        dp: text(s.perdep.predicate.dp)
      },
      ratios: mapRatios(s.perdep.ratios, ratioDraft)
    }
  }
}

/** "1,5", "1.5", "12" → the number; anything else (empty, letters, "1.234,5") → NaN. */
export function parseNumberText(s: string): number {
  const t = s.trim().replace(/\s+/g, '')
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'))
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t)
  return NaN
}

export type HealthDraftCheck = { ok: true; settings: HealthSettings } | { ok: false; errors: Record<string, string> }

/**
 * Reads the form: every field a number (a message naming it otherwise), then the whole checked as
 * health.setSettings checks it (sums, ranges, orders). Errors are keyed by the settings path.
 */
export function readHealthDraft(d: HealthDraft, labelOf: (path: string) => string): HealthDraftCheck {
  const errors: Record<string, string> = {}
  const num = (path: string, s: string) => {
    const v = parseNumberText(s)
    if (Number.isNaN(v)) errors[path] = t.kesehatan.form.notANumber(labelOf(path))
    return v
  }
  const ratios = (prefix: string, rs: Partial<Record<RatioId, RatioDraft>>): Partial<Record<RatioId, RatioScoring>> =>
    Object.fromEntries(
      (Object.entries(rs) as [RatioId, RatioDraft][]).map(([id, r]) => {
        const p = `${prefix}.${id}`
        const bands = r.bands.map((b, i) => ({
          upTo: i === r.bands.length - 1 ? null : num(`${p}.bands.${i}.upTo`, b.upTo),
          value: num(`${p}.bands.${i}.value`, b.value)
        }))
        return [
          id,
          {
            aspect: r.aspect,
            weight: num(`${p}.weight`, r.weight),
            bands,
            whenUndefined: num(`${p}.whenUndefined`, r.whenUndefined)
          }
        ]
      })
    )
  const j = d.juknis
  const settings: HealthSettings = {
    juknis: {
      aspectWeights: Object.fromEntries(
        JUKNIS_ASPECTS.map((a) => [a, num(`juknis.aspectWeights.${a}`, j.aspectWeights[a])])
      ) as HealthSettings['juknis']['aspectWeights'],
      checklistCutoffs: j.checklistCutoffs.map((c, i) => num(`juknis.checklistCutoffs.${i}`, c)) as [
        number,
        number,
        number
      ],
      predicate: {
        dpk: num('juknis.predicate.dpk', j.predicate.dpk),
        dp: num('juknis.predicate.dp', j.predicate.dp),
        cs: num('juknis.predicate.cs', j.predicate.cs)
      },
      ratios: ratios('juknis.ratios', j.ratios)
    },
    perdep: {
      manajemenPoints: num('perdep.manajemenPoints', d.perdep.manajemenPoints),
      predicate: {
        sehat: num('perdep.predicate.sehat', d.perdep.predicate.sehat),
        cs: num('perdep.predicate.cs', d.perdep.predicate.cs),
        dp: num('perdep.predicate.dp', d.perdep.predicate.dp)
      },
      ratios: ratios('perdep.ratios', d.perdep.ratios)
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  for (const issue of checkHealthSettings(settings)) errors[issue.path] ??= issue.message
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings }
}

/** Σ of the numbers that parse (for the running totals beside the weights). */
export function sumOf(values: readonly string[]): number {
  return values.reduce((t, v) => {
    const x = parseNumberText(v)
    return Number.isNaN(x) ? t : t + x
  }, 0)
}
