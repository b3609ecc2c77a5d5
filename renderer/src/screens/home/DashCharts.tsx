import type { DashboardSummary } from '../../../../shared/commands/dashboard'
import { valueAxis } from '../../../../shared/charts/axis'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { ChartEmpty, YAxisTicks } from '../../components/ChartAxis'
import { t } from '../../i18n'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']

/** `2026-03` → `Mar 26`: short enough for an axis. */
export function shortMonth(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`
}

function Frame({
  title,
  summary,
  testId,
  children,
  legend,
  empty
}: {
  title: string
  summary: string
  testId: string
  children: React.ReactNode
  legend?: { cls: string; label: string }[]
  empty?: boolean
}) {
  return (
    <figure className="dash-chart card" data-testid={testId}>
      <figcaption className="dash-chart__title">{title}</figcaption>
      {empty ? (
        <ChartEmpty testId={`${testId}-empty`} />
      ) : (
        <>
          {legend && (
            <ul className="dash-legend" aria-hidden="true">
              {legend.map((l) => (
                <li key={l.cls}>
                  <span className={`dash-swatch ${l.cls}`} />
                  {l.label}
                </li>
              ))}
            </ul>
          )}
          <div role="img" aria-label={`${title}: ${summary}`}>
            {children}
          </div>
        </>
      )}
    </figure>
  )
}

const W = 520
const H = 200
const PAD = { l: 64, r: 8, t: 8, b: 26 }

const PLOT_Y: [number, number] = [H - PAD.b, PAD.t]

/** Stacked columns of active members per month by gender. */
export function MembersChart({ data }: { data: DashboardSummary['series']['membersByMonth'] }) {
  const totals = data.map((d) => d.male + d.female + d.unknown)
  const axis = valueAxis(totals, { kind: 'count', range: PLOT_Y })
  const iw = W - PAD.l - PAD.r
  const step = iw / Math.max(1, data.length)
  const bw = Math.max(2, step * 0.7)
  const last = data.at(-1)
  return (
    <Frame
      title={t.dashboard.charts.members}
      testId="dash-members-chart"
      empty={!axis}
      summary={
        last
          ? `${shortMonth(last.month)}: ${t.dashboard.charts.male} ${last.male}, ${t.dashboard.charts.female} ${last.female}`
          : t.dashboard.charts.empty
      }
      legend={[
        { cls: 'dash-fill--male', label: t.dashboard.charts.male },
        { cls: 'dash-fill--female', label: t.dashboard.charts.female },
        { cls: 'dash-fill--unknown', label: t.dashboard.charts.unknown }
      ]}
    >
      {axis && (
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="dash-svg">
          <YAxisTicks axis={axis} x1={PAD.l} x2={W - PAD.r} />
          {data.map((d, i) => {
            const x = PAD.l + i * step + (step - bw) / 2
            let below = 0
            const parts: [number, string][] = [
              [d.male, 'dash-fill--male'],
              [d.female, 'dash-fill--female'],
              [d.unknown, 'dash-fill--unknown']
            ]
            return (
              <g key={d.month}>
                <title>{t.dashboard.charts.membersTitle(shortMonth(d.month), d.male, d.female, d.unknown)}</title>
                {parts.map(([v, cls]) => {
                  const y0 = axis.scale(below)
                  below += v
                  const y1 = axis.scale(below)
                  return v > 0 ? <rect key={cls} x={x} y={y1} width={bw} height={y0 - y1} className={cls} /> : null
                })}
                {(data.length - 1 - i) % 3 === 0 && (
                  <text x={x + bw / 2} y={H - 8} textAnchor="middle" className="dash-axis">
                    {shortMonth(d.month)}
                  </text>
                )}
              </g>
            )
          })}
        </svg>
      )}
    </Frame>
  )
}

/** Horizontal bars: one row per label, value at the end. */
export function HBarChart({
  title,
  rows,
  testId
}: {
  title: string
  rows: { label: string; value: number; cls: string }[]
  testId: string
}) {
  const rowH = 30
  const labelW = 110
  const barW = 260
  const axis = valueAxis(
    rows.map((r) => r.value),
    { kind: 'rupiah', range: [labelW, labelW + barW] }
  )
  const width = labelW + barW + 150
  const height = rows.length * rowH + 8
  return (
    <Frame
      title={title}
      testId={testId}
      empty={!axis}
      summary={rows.map((r) => `${r.label} ${formatRupiah(r.value)}`).join('; ')}
    >
      {axis && (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" className="dash-svg">
          {rows.map((r, i) => {
            const y = 4 + i * rowH
            const x0 = axis.scale(0)
            const x1 = axis.scale(r.value)
            return (
              <g key={r.label}>
                <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" className="dash-axis dash-axis--label">
                  {r.label}
                </text>
                <rect x={labelW} y={y + 5} width={barW} height={rowH - 12} className="dash-track" />
                <rect x={Math.min(x0, x1)} y={y + 5} width={Math.abs(x1 - x0)} height={rowH - 12} className={r.cls} />
                <text x={labelW + barW + 8} y={y + rowH / 2 + 4} className="dash-axis dash-axis--value">
                  {formatRupiah(r.value)}
                </text>
              </g>
            )
          })}
        </svg>
      )}
    </Frame>
  )
}

/** Grouped columns: revenue and SHU per unit usaha; negative SHU hangs below the zero line. */
export function UnitsChart({ data }: { data: DashboardSummary['series']['byUnit'] }) {
  const axis = valueAxis(
    data.flatMap((d) => [d.revenue, d.shu]),
    { kind: 'rupiah', range: PLOT_Y }
  )
  const iw = W - PAD.l - PAD.r
  const step = iw / Math.max(1, data.length)
  const bw = Math.min(40, step * 0.35)
  return (
    <Frame
      title={t.dashboard.charts.units}
      testId="dash-units-chart"
      empty={!axis}
      summary={
        data.length
          ? data
              .map((d) => t.dashboard.charts.unitSummary(d.name, formatRupiah(d.revenue), formatRupiah(d.shu)))
              .join('; ')
          : t.dashboard.charts.empty
      }
      legend={[
        { cls: 'dash-fill--revenue', label: t.dashboard.charts.revenue },
        { cls: 'dash-fill--shu', label: t.dashboard.charts.shuLegend }
      ]}
    >
      {axis && (
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="dash-svg">
          <YAxisTicks axis={axis} x1={PAD.l} x2={W - PAD.r} />
          {data.map((d, i) => {
            const cx = PAD.l + i * step + step / 2
            const y = axis.scale
            const bar = (v: number, x: number, cls: string) => (
              <rect x={x} y={Math.min(y(v), y(0))} width={bw} height={Math.abs(y(v) - y(0))} className={cls} />
            )
            return (
              <g key={d.unit || i}>
                <title>{t.dashboard.charts.unitTitle(d.name, formatRupiah(d.revenue), formatRupiah(d.shu))}</title>
                {bar(d.revenue, cx - bw - 1, 'dash-fill--revenue')}
                {bar(d.shu, cx + 1, d.shu < 0 ? 'dash-fill--loss' : 'dash-fill--shu')}
                <text x={cx} y={H - 8} textAnchor="middle" className="dash-axis">
                  {d.name.length > 14 ? `${d.name.slice(0, 13)}…` : d.name}
                </text>
              </g>
            )
          })}
        </svg>
      )}
    </Frame>
  )
}

/** Lines of kas and bank at each month end; a balance below zero is drawn below the zero line. */
export function CashChart({ data }: { data: DashboardSummary['series']['cashByMonth'] }) {
  const values = data.flatMap((d) => [d.kas, d.bank, d.kas + d.bank])
  const axis = valueAxis(values, { kind: 'rupiah', range: PLOT_Y })
  const iw = W - PAD.l - PAD.r
  const step = data.length > 1 ? iw / (data.length - 1) : iw
  const x = (i: number) => PAD.l + i * step
  const last = data.at(-1)
  return (
    <Frame
      title={t.dashboard.charts.cash}
      testId="dash-cash-chart"
      empty={!axis}
      summary={
        last
          ? `${shortMonth(last.month)}: ${t.dashboard.charts.kas} ${formatRupiah(last.kas)}, ${t.dashboard.charts.bank} ${formatRupiah(last.bank)}`
          : t.dashboard.charts.empty
      }
      legend={[
        { cls: 'dash-fill--total', label: t.dashboard.charts.total },
        { cls: 'dash-fill--kas', label: t.dashboard.charts.kas },
        { cls: 'dash-fill--bank', label: t.dashboard.charts.bank }
      ]}
    >
      {axis && (
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="dash-svg">
          <YAxisTicks axis={axis} x1={PAD.l} x2={W - PAD.r} />
          {(['total', 'kas', 'bank'] as const).map((line) => {
            const pick = (d: (typeof data)[number]) => (line === 'total' ? d.kas + d.bank : d[line])
            const path = data
              .map((d, i) => `${i ? 'L' : 'M'}${Math.round(x(i))},${Math.round(axis.scale(pick(d)))}`)
              .join(' ')
            return (
              <path key={line} d={path} className={`dash-line dash-line--${line}`} data-testid={`cash-line-${line}`} />
            )
          })}
          {data.map((d, i) => (
            <g key={d.month}>
              <circle
                cx={x(i)}
                cy={axis.scale(d.kas + d.bank)}
                r={2.5}
                className={d.kas + d.bank < 0 ? 'dash-dot dash-dot--negative' : 'dash-dot'}
              >
                <title>{`${shortMonth(d.month)}: ${formatRupiah(d.kas + d.bank)}`}</title>
              </circle>
              {(i % 2 === 1 || i === data.length - 1) && (
                <text x={x(i)} y={H - 8} textAnchor="middle" className="dash-axis">
                  {shortMonth(d.month)}
                </text>
              )}
            </g>
          ))}
        </svg>
      )}
    </Frame>
  )
}
