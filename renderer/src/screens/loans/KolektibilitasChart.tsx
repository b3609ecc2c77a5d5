import { valueAxis } from '../../../../shared/charts/axis'
import type { Kolektibilitas } from '../../../../shared/loans/provisioning'
import { KOLEKTIBILITAS_LABELS } from '../../../../shared/loans/provisioning'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { ChartEmpty } from '../../components/ChartAxis'

export const CLASSES: readonly Kolektibilitas[] = ['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET']

/** Horizontal bars of baki debet per kolektibilitas: plain SVG, readable in black and white. */
export function KolektibilitasChart({ values, label }: { values: Record<Kolektibilitas, number>; label: string }) {
  const rowH = 28
  const labelW = 120
  const barW = 300
  const width = labelW + barW + 130
  const height = CLASSES.length * rowH + 8
  const axis = valueAxis(
    CLASSES.map((c) => values[c] ?? 0),
    { kind: 'rupiah', range: [labelW, labelW + barW] }
  )
  const summary = CLASSES.map((c) => `${KOLEKTIBILITAS_LABELS[c]} ${formatRupiah(values[c] ?? 0)}`).join('; ')
  return (
    <figure className="loan-chart">
      <figcaption className="loan-chart__caption">{label}</figcaption>
      {!axis ? (
        <ChartEmpty testId="kol-chart-empty" />
      ) : (
        <svg
          role="img"
          aria-label={`${label}: ${summary}`}
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          style={{ maxWidth: `${width}px` }}
          data-testid="kol-chart"
        >
          {CLASSES.map((c, i) => {
            const y = 4 + i * rowH
            const v = values[c] ?? 0
            return (
              <g key={c}>
                <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" className="loan-chart__label">
                  {KOLEKTIBILITAS_LABELS[c]}
                </text>
                <rect x={labelW} y={y + 4} width={barW} height={rowH - 10} className="loan-chart__track" />
                <rect
                  x={labelW}
                  y={y + 4}
                  width={Math.max(0, axis.scale(v) - axis.scale(0))}
                  height={rowH - 10}
                  className={`loan-chart__bar loan-chart__bar--${c.toLowerCase()}`}
                />
                <text x={labelW + barW + 8} y={y + rowH / 2 + 4} className="loan-chart__value">
                  {formatRupiah(v)}
                </text>
              </g>
            )
          })}
        </svg>
      )}
    </figure>
  )
}
