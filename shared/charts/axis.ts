// Chart value axes for every chart Lumbung draws (Beranda, Pinjaman, Laporan, the RAT book PDF).
// The scale and the choice of "nice" ticks come from d3-scale; the labels are ours, in the one
// format of DOMAIN.md §9.2: `Rp0`, `Rp500 rb`, `Rp1 jt`, `Rp1,5 jt`, `-Rp2 jt` (minus before Rp,
// as in lists), counts `0`, `1`, `2`. Money and counts are whole numbers, so ticks are whole too:
// a range of 0..1 gives 0 and 1, never 0,5 and never the same label twice.
import { scaleLinear } from 'd3-scale'
import { formatNumberId, formatRupiah } from '../money/rupiah'

export type AxisKind = 'rupiah' | 'count'

export interface Tick {
  value: number
  label: string
}

export interface ValueAxis {
  /** The nice domain [bottom, top]; bottom is 0 unless a value is negative. */
  domain: [number, number]
  /** Whole-number ticks from bottom to top, each labelled. */
  ticks: Tick[]
  /** Maps a value to a pixel position in the given range. */
  scale: (value: number) => number
}

/** Ribu, juta, miliar, triliun: the words a treasurer says. */
const UNITS: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'M'],
  [1e6, 'jt'],
  [1e3, 'rb']
]

/** A chart has nothing to show when it has no values or they are all zero. */
export function isEmptySeries(values: readonly number[]): boolean {
  return values.every((v) => v === 0 || !Number.isFinite(v))
}

/** `15` scaled by 10^decimals → "1,5"; whole part with thousands dots. */
function decimalText(scaled: number, decimals: number): string {
  const p = 10 ** decimals
  const whole = Math.floor(scaled / p)
  const frac = decimals
    ? String(scaled % p)
        .padStart(decimals, '0')
        .replace(/0+$/, '')
    : ''
  return formatNumberId(whole) + (frac ? `,${frac}` : '')
}

function unitOf(a: number): [number, string] | null {
  return UNITS.find(([u]) => a >= u) ?? null
}

/**
 * A whole rupiah amount in short form, rounded half-up to at most `maxDecimals` decimals of its
 * unit: `Rp1,3 M`, `Rp350 jt`, `Rp12 rb`, `-Rp2 jt`, `Rp950`. `symbol: false` drops "Rp" (paper
 * charts whose caption says the figures are rupiah).
 */
export function compactRupiah(value: number, opts: { maxDecimals?: number; symbol?: boolean } = {}): string {
  const n = Math.round(value)
  const sign = n < 0 ? '-' : ''
  const a = Math.abs(n)
  const rp = opts.symbol === false ? '' : 'Rp'
  const unit = unitOf(a)
  if (!unit) return `${sign}${rp}${formatNumberId(a)}`
  const [u, word] = unit
  // Whole units from 10 upwards read best without decimals (Rp350 jt, not Rp350,4 jt).
  const decimals = Math.min(opts.maxDecimals ?? (a / u < 10 ? 1 : 0), Math.log10(u))
  const step = u / 10 ** decimals
  const scaled = Math.floor(a / step) + (a % step >= step / 2 ? 1 : 0)
  // Rounding can carry into the next unit: 999.960 → "1 jt", not "1.000 rb".
  const next = UNITS[UNITS.findIndex(([x]) => x === u) - 1]
  if (next && scaled * step >= next[0]) return compactRupiah(sign ? -scaled * step : scaled * step, opts)
  return `${sign}${rp}${decimalText(scaled, decimals)} ${word}`
}

/** Exact label of a tick: the fewest decimals (up to 3) that show it without rounding. */
function tickLabel(value: number, kind: AxisKind): string {
  if (kind === 'count') return formatNumberId(value)
  const a = Math.abs(value)
  const unit = unitOf(a)
  if (!unit) return formatRupiah(value)
  let decimals = 0
  while (decimals < 3 && a % (unit[0] / 10 ** decimals) !== 0) decimals++
  return compactRupiah(value, { maxDecimals: decimals })
}

/**
 * The value axis of a chart: d3's nice domain and ticks over the values (always including 0),
 * kept to whole numbers, mapped onto `range` ([pixel of the bottom, pixel of the top] for a
 * vertical axis, [left, right] for a horizontal one). Null when the chart has no data: the chart
 * then says so ("Belum ada data") instead of drawing an axis.
 */
export function valueAxis(
  values: readonly number[],
  opts: { kind: AxisKind; range: [number, number]; ticks?: number }
): ValueAxis | null {
  if (isEmptySeries(values)) return null
  const finite = values.filter(Number.isFinite)
  const lo = Math.min(0, ...finite)
  const hi = Math.max(0, ...finite)
  const count = opts.ticks ?? 3
  const scale = scaleLinear().domain([lo, hi]).nice(count)
  let [bottom, top] = scale.domain() as [number, number]
  // Whole ticks only; a range smaller than 1 (0..0,4 rupiah after rounding) widens to 0..1.
  let tickValues = scale.ticks(count).filter(Number.isInteger)
  if (tickValues.length < 2) {
    bottom = Math.floor(bottom)
    top = Math.max(Math.ceil(top), bottom + 1)
    scale.domain([bottom, top])
    tickValues = [bottom, ...(bottom < 0 && top > 0 ? [0] : []), top]
  } else {
    // d3 puts the domain on ticks after nice(); keep the axis ending on a labelled tick.
    bottom = Math.min(bottom, tickValues[0]!)
    top = Math.max(top, tickValues.at(-1)!)
    scale.domain([bottom, top])
  }
  scale.range(opts.range)
  const seen = new Set<string>()
  const ticks: Tick[] = []
  for (const v of tickValues) {
    const label = tickLabel(v === 0 ? 0 : v, opts.kind)
    if (seen.has(label)) continue
    seen.add(label)
    ticks.push({ value: v, label })
  }
  return { domain: [bottom, top], ticks, scale: (v: number) => scale(v) }
}
