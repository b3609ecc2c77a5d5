import type { ValueAxis } from '../../../shared/charts/axis'
import { t } from '../i18n'
import '../screens/home/dashboard.css'

/** What a chart shows when it has nothing to draw: words, not an empty pair of axes. */
export function ChartEmpty({ testId }: { testId?: string }) {
  return (
    <p className="chart-empty" data-testid={testId}>
      {t.charts.empty}
    </p>
  )
}

/** Horizontal gridlines with the axis labels at their left (a vertical value axis). */
export function YAxisTicks({
  axis,
  x1,
  x2,
  className = 'dash-axis'
}: {
  axis: ValueAxis
  x1: number
  x2: number
  className?: string
}) {
  return (
    <g data-testid="chart-y-axis">
      {axis.ticks.map((tick) => {
        const y = axis.scale(tick.value)
        return (
          <g key={tick.value}>
            <line x1={x1} x2={x2} y1={y} y2={y} className={tick.value === 0 ? 'dash-zero' : 'dash-gridline'} />
            <text x={x1 - 6} y={y + 4} textAnchor="end" className={`${className} chart-tick`}>
              {tick.label}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** Vertical gridlines with the axis labels under them (a horizontal value axis, for bar rows). */
export function XAxisTicks({
  axis,
  y1,
  y2,
  className = 'dash-axis'
}: {
  axis: ValueAxis
  y1: number
  y2: number
  className?: string
}) {
  return (
    <g data-testid="chart-x-axis">
      {axis.ticks.map((tick) => {
        const x = axis.scale(tick.value)
        return (
          <g key={tick.value}>
            <line x1={x} x2={x} y1={y1} y2={y2} className={tick.value === 0 ? 'dash-zero' : 'dash-gridline'} />
            <text x={x} y={y2 + 12} textAnchor="middle" className={`${className} chart-tick`}>
              {tick.label}
            </text>
          </g>
        )
      })}
    </g>
  )
}
