import { formatDecimal } from '../money/decimal-text'
import {
  ASPECT_LABELS,
  JUKNIS_ASPECTS,
  PERDEP_ASPECTS,
  PERDEP_INDICATORS,
  RATIOS,
  type Band,
  type HealthSettings,
  type RatioId,
  type RatioScoring
} from './model'
import { PREDICATE_LABELS } from './score'

/** One problem in the settings: the path of the field (as in the command input, without `settings.`) and what is wrong. */
export interface HealthSettingsIssue {
  path: string
  message: string
}

const J = 'Juknis 2021'
const P = 'Perdep 2016'
const n = (x: number) => formatDecimal(String(x))
const RATIO_LABELS = new Map<string, string>(RATIOS.map((r) => [r.id, r.label]))

/**
 * Checks weights, cut-offs and bands as a whole (what the form checks as it is filled and what
 * health.setSettings refuses): every number in its range, cut-offs in order, bands rising, and the
 * weights adding up to 100. Messages name the field in Bahasa Indonesia.
 */
export function checkHealthSettings(s: HealthSettings): HealthSettingsIssue[] {
  const out: HealthSettingsIssue[] = []
  const add = (path: string, message: string) => out.push({ path, message })
  const range = (path: string, label: string, v: number, min: number, max: number, whole = false) => {
    if (!Number.isFinite(v) || v < min || v > max) add(path, `${label}: harus ${n(min)}–${n(max)}`)
    else if (whole && !Number.isInteger(v)) add(path, `${label}: harus bilangan bulat`)
  }

  // Juknis 2021 (DOMAIN §8.1)
  let sum = 0
  for (const a of JUKNIS_ASPECTS) {
    const v = s.juknis.aspectWeights[a]
    range(`juknis.aspectWeights.${a}`, `${J} › Bobot aspek ${ASPECT_LABELS[a]}`, v, 0, 100)
    sum += Number.isFinite(v) ? v : 0
  }
  if (Math.abs(sum - 100) > 1e-9)
    add(
      'juknis.aspectWeights',
      `${J} › Bobot aspek: jumlah keempat bobot harus 100 (sekarang ${n(Math.round(sum * 100) / 100)})`
    )
  const cut = s.juknis.checklistCutoffs
  cut.forEach((v, i) => range(`juknis.checklistCutoffs.${i}`, `${J} › Daftar periksa: batas skor ${4 - i}`, v, 0, 100))
  if (cut[0] <= cut[1])
    add(
      'juknis.checklistCutoffs.1',
      `${J} › Daftar periksa: batas skor 3 (${n(cut[1])}) harus lebih kecil dari batas skor 4 (${n(cut[0])})`
    )
  else if (cut[1] <= cut[2])
    add(
      'juknis.checklistCutoffs.2',
      `${J} › Daftar periksa: batas skor 2 (${n(cut[2])}) harus lebih kecil dari batas skor 3 (${n(cut[1])})`
    )
  const jp = s.juknis.predicate
  range('juknis.predicate.dpk', `${J} › Batas predikat ${PREDICATE_LABELS.DALAM_PENGAWASAN_KHUSUS}`, jp.dpk, 0, 100)
  range('juknis.predicate.dp', `${J} › Batas predikat ${PREDICATE_LABELS.DALAM_PENGAWASAN}`, jp.dp, 0, 100)
  range('juknis.predicate.cs', `${J} › Batas predikat ${PREDICATE_LABELS.CUKUP_SEHAT}`, jp.cs, 0, 100)
  if (jp.dpk >= jp.dp)
    add(
      'juknis.predicate.dp',
      `${J} › Batas predikat ${PREDICATE_LABELS.DALAM_PENGAWASAN} (${n(jp.dp)}) harus lebih besar dari batas ${PREDICATE_LABELS.DALAM_PENGAWASAN_KHUSUS} (${n(jp.dpk)})`
    )
  else if (jp.dp >= jp.cs)
    add(
      'juknis.predicate.cs',
      `${J} › Batas predikat ${PREDICATE_LABELS.CUKUP_SEHAT} (${n(jp.cs)}) harus lebih besar dari batas ${PREDICATE_LABELS.DALAM_PENGAWASAN} (${n(jp.dp)})`
    )
  for (const [id, r] of Object.entries(s.juknis.ratios) as [RatioId, RatioScoring][]) {
    checkRatio(add, `juknis.ratios.${id}`, `${J} › ${RATIO_LABELS.get(id) ?? id}`, r, JUKNIS_ASPECTS, 'skor', 1, 4)
  }

  // Perdep 2016 (DOMAIN §8.2): sub-weights of the ratios plus the manajemen points make 100.
  const mp = s.perdep.manajemenPoints
  range('perdep.manajemenPoints', `${P} › Nilai per komponen manajemen`, mp, 0, 100)
  const pp = s.perdep.predicate
  range('perdep.predicate.sehat', `${P} › Batas predikat ${PREDICATE_LABELS.SEHAT}`, pp.sehat, 0, 100)
  range('perdep.predicate.cs', `${P} › Batas predikat ${PREDICATE_LABELS.CUKUP_SEHAT}`, pp.cs, 0, 100)
  range('perdep.predicate.dp', `${P} › Batas predikat ${PREDICATE_LABELS.DALAM_PENGAWASAN}`, pp.dp, 0, 100)
  if (pp.dp >= pp.cs)
    add(
      'perdep.predicate.cs',
      `${P} › Batas predikat ${PREDICATE_LABELS.CUKUP_SEHAT} (${n(pp.cs)}) harus lebih besar dari batas ${PREDICATE_LABELS.DALAM_PENGAWASAN} (${n(pp.dp)})`
    )
  else if (pp.cs >= pp.sehat)
    add(
      'perdep.predicate.sehat',
      `${P} › Batas predikat ${PREDICATE_LABELS.SEHAT} (${n(pp.sehat)}) harus lebih besar dari batas ${PREDICATE_LABELS.CUKUP_SEHAT} (${n(pp.cs)})`
    )
  let weights = 0
  for (const [id, r] of Object.entries(s.perdep.ratios) as [RatioId, RatioScoring][]) {
    const label = `${P} › ${RATIO_LABELS.get(id) ?? id}`
    range(`perdep.ratios.${id}.weight`, `${label} › bobot`, r.weight, 0, 100)
    weights += Number.isFinite(r.weight) ? r.weight : 0
    checkRatio(add, `perdep.ratios.${id}`, label, r, PERDEP_ASPECTS, 'nilai', 0, 100)
  }
  const total = weights + PERDEP_INDICATORS.length * (Number.isFinite(mp) ? mp : 0)
  if (Math.abs(total - 100) > 1e-9) {
    add(
      'perdep.ratios',
      `${P} › Bobot: jumlah bobot rasio (${n(weights)}) dan ${PERDEP_INDICATORS.length} × nilai manajemen (${n(mp)}) harus 100 (sekarang ${n(Math.round(total * 100) / 100)})`
    )
  }
  return out
}

function checkRatio(
  add: (path: string, message: string) => void,
  path: string,
  label: string,
  r: RatioScoring,
  aspects: readonly string[],
  what: string,
  min: number,
  max: number
) {
  if (!aspects.includes(r.aspect)) add(`${path}.aspect`, `${label}: aspek ${r.aspect} tidak dikenal`)
  const bands: Band[] = r.bands
  if (bands.length === 0) add(`${path}.bands`, `${label}: paling sedikit satu pita nilai`)
  bands.forEach((b, i) => {
    const last = i === bands.length - 1
    if (last && b.upTo !== null)
      add(
        `${path}.bands.${i}.upTo`,
        `${label}: pita terakhir berlaku untuk semua di atas batas sebelumnya (tanpa batas)`
      )
    if (!last && b.upTo === null) add(`${path}.bands.${i}.upTo`, `${label}: batas ke-${i + 1} wajib diisi`)
    if (b.upTo !== null && (!Number.isFinite(b.upTo) || b.upTo < 0 || b.upTo > 10_000))
      add(`${path}.bands.${i}.upTo`, `${label}: batas ke-${i + 1} harus 0–10.000 %`)
    const prev = i > 0 ? bands[i - 1]!.upTo : null
    if (b.upTo !== null && prev !== null && b.upTo <= prev)
      add(
        `${path}.bands.${i}.upTo`,
        `${label}: batas ke-${i + 1} (${n(b.upTo)} %) harus lebih besar dari batas ke-${i} (${n(prev)} %)`
      )
    if (!Number.isInteger(b.value) || b.value < min || b.value > max)
      add(`${path}.bands.${i}.value`, `${label}: ${what} pita ke-${i + 1} harus bilangan bulat ${min}–${max}`)
  })
  if (!Number.isInteger(r.whenUndefined) || r.whenUndefined < min || r.whenUndefined > max)
    add(`${path}.whenUndefined`, `${label}: ${what} bila rasio tidak dapat dihitung harus bilangan bulat ${min}–${max}`)
}

const PREDICATE_KEYS: Record<string, keyof typeof PREDICATE_LABELS> = {
  dpk: 'DALAM_PENGAWASAN_KHUSUS',
  dp: 'DALAM_PENGAWASAN',
  cs: 'CUKUP_SEHAT',
  sehat: 'SEHAT'
}

/** The Bahasa Indonesia name of a settings field by its path, as the messages above name it. */
export function healthFieldLabel(path: string): string {
  const [regime, group, key, ...rest] = path.split('.')
  const R = regime === 'juknis' ? J : P
  if (group === 'aspectWeights') return `${R} › Bobot aspek ${ASPECT_LABELS[key ?? ''] ?? key}`
  if (group === 'checklistCutoffs') return `${R} › Daftar periksa: batas skor ${4 - Number(key)}`
  if (group === 'predicate') return `${R} › Batas predikat ${PREDICATE_LABELS[PREDICATE_KEYS[key ?? '']!] ?? key}`
  if (group === 'manajemenPoints') return `${R} › Nilai per komponen manajemen`
  if (group === 'ratios' && key) {
    const what = regime === 'juknis' ? 'skor' : 'nilai'
    const label = `${R} › ${RATIO_LABELS.get(key) ?? key}`
    if (rest[0] === 'weight') return `${label} › bobot`
    if (rest[0] === 'whenUndefined') return `${label}: ${what} bila rasio tidak dapat dihitung`
    if (rest[0] === 'bands')
      return rest[2] === 'upTo'
        ? `${label}: batas ke-${Number(rest[1]) + 1}`
        : `${label}: ${what} pita ke-${Number(rest[1]) + 1}`
    return label
  }
  return R
}
