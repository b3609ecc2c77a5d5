import { compactRupiah, valueAxis } from '../../shared/charts/axis'
import { formatNumberId } from '../../shared/money/rupiah'

/** Said instead of drawing axes when a chart has nothing to show. */
const CHART_EMPTY = 'Belum ada data'

/** Simple SVG bar charts for pdfmake's `svg` node: the value scale of shared/charts/axis, fixed palette, Roboto-free text. */

export interface Series {
  name: string
  color: string
  values: number[]
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Grouped bars per category (year), with the value above each bar, a zero line and a legend. */
export function barChartSvg(opts: {
  categories: string[]
  series: Series[]
  width?: number
  height?: number
  money?: boolean
}): string {
  const W = opts.width ?? 480
  const H = opts.height ?? 200
  const left = 10
  const right = 10
  const top = 24
  const bottom = 22
  const axis = valueAxis(
    opts.series.flatMap((s) => s.values),
    { kind: opts.money ? 'rupiah' : 'count', range: [H - bottom, top] }
  )
  if (!axis) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><text x="${W / 2}" y="${H / 2}" font-size="9" text-anchor="middle" fill="#222222">${CHART_EMPTY}</text></svg>`
  }
  const y = axis.scale
  const n = Math.max(1, opts.categories.length)
  const groupW = (W - left - right) / n
  const barW = Math.min(40, (groupW * 0.7) / Math.max(1, opts.series.length))
  const label = (v: number) => (opts.money ? compactRupiah(v, { symbol: false }) : formatNumberId(v))
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`
  ]
  parts.push(`<line x1="${left}" y1="${y(0)}" x2="${W - right}" y2="${y(0)}" stroke="#666666" stroke-width="0.8"/>`)
  opts.categories.forEach((c, i) => {
    const gx = left + i * groupW
    const start = gx + (groupW - barW * opts.series.length) / 2
    opts.series.forEach((s, j) => {
      const v = s.values[i] ?? 0
      const x = start + j * barW
      const y0 = y(Math.max(0, v))
      const h = Math.max(0.5, Math.abs(y(v) - y(0)))
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${s.color}"/>`
      )
      const ty = v >= 0 ? y0 - 3 : y0 + h + 8
      parts.push(
        `<text x="${(x + (barW - 2) / 2).toFixed(1)}" y="${ty.toFixed(1)}" font-size="7" text-anchor="middle" fill="#222222">${esc(label(v))}</text>`
      )
    })
    parts.push(
      `<text x="${(gx + groupW / 2).toFixed(1)}" y="${H - 8}" font-size="8" text-anchor="middle" fill="#222222">${esc(c)}</text>`
    )
  })
  if (opts.series.length > 1) {
    opts.series.forEach((s, j) => {
      const x = left + j * 110
      parts.push(`<rect x="${x}" y="4" width="9" height="9" fill="${s.color}"/>`)
      parts.push(`<text x="${x + 13}" y="12" font-size="8" fill="#222222">${esc(s.name)}</text>`)
    })
  }
  parts.push('</svg>')
  return parts.join('')
}
