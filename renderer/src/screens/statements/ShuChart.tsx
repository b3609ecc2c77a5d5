import { valueAxis } from '../../../../shared/charts/axis'
import { formatAmount } from '../../../../shared/money/rupiah'
import { ChartEmpty } from '../../components/ChartAxis'
import { t } from '../../i18n'

const I = t.statements.is

/** SHU per unit as horizontal bars around a zero line: surplus to the right, deficit to the left. Plain SVG. */
export function ShuChart({ units, values }: { units: { code: string; name: string }[]; values: number[] }) {
  const rowH = 26
  const labelW = 150
  const valueW = 110
  const barArea = 360
  const hasNeg = values.some((v) => v < 0)
  // Room for a deficit's figure left of its bar.
  const left = labelW + (hasNeg ? valueW : 12)
  const axis = valueAxis(values, { kind: 'rupiah', range: [left, left + barArea] })
  if (!axis || units.length === 0) {
    return (
      <figure className="stmt-chart">
        <figcaption className="stmt-chart__caption">{I.chartTitle}</figcaption>
        <ChartEmpty testId="shu-chart-empty" />
      </figure>
    )
  }
  const zeroX = axis.scale(0)
  const width = left + barArea + valueW
  const height = units.length * rowH + 10
  const summary = units.map((u, i) => `${u.name} ${formatAmount(values[i] ?? 0)}`).join('; ')
  return (
    <figure className="stmt-chart">
      <figcaption className="stmt-chart__caption">{I.chartTitle}</figcaption>
      <svg
        role="img"
        aria-label={I.chartSummary(summary)}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
        data-testid="shu-chart"
      >
        <line x1={zeroX} x2={zeroX} y1={0} y2={height} className="stmt-chart__axis" />
        {units.map((u, i) => {
          const v = values[i] ?? 0
          const y = 5 + i * rowH
          const end = axis.scale(v)
          const x = Math.min(zeroX, end)
          const w = Math.abs(end - zeroX)
          const textX = v < 0 ? x - 6 : zeroX + w + 6
          return (
            <g key={u.code} data-testid={`shu-bar-${u.code || 'TANPA'}`}>
              <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" className="stmt-chart__label">
                {u.name}
              </text>
              <rect
                x={x}
                y={y + 4}
                width={Math.max(w, v === 0 ? 0 : 1)}
                height={rowH - 10}
                className={`stmt-chart__bar ${v < 0 ? 'is-negative' : 'is-positive'}`}
              />
              <text x={textX} y={y + rowH / 2 + 4} textAnchor={v < 0 ? 'end' : 'start'} className="stmt-chart__value">
                {formatAmount(v)}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
