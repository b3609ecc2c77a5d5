import type { DashboardSummary } from '../../../../shared/commands/dashboard'
import { formatNumberId, formatRupiah } from '../../../../shared/money/rupiah'
import { t } from '../../i18n'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']

/** `2026-03` → `Mar 26`: short enough for an axis. */
export function shortMonth(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`
}

/** Rupiah for an axis or a bar end: `Rp1,2 M`, `Rp350 jt`, `Rp12 rb`. */
export function shortRupiah(n: number): string {
  const sign = n < 0 ? '−' : ''
  const a = Math.abs(n)
  const fmt = (x: number) => x.toLocaleString('id-ID', { maximumFractionDigits: x < 10 ? 1 : 0 })
  if (a >= 1e12) return `${sign}Rp${fmt(a / 1e12)} T`
  if (a >= 1e9) return `${sign}Rp${fmt(a / 1e9)} M`
  if (a >= 1e6) return `${sign}Rp${fmt(a / 1e6)} jt`
  if (a >= 1e3) return `${sign}Rp${fmt(a / 1e3)} rb`
  return `${sign}Rp${formatNumberId(Math.round(a))}`
}

/** A rounded axis top at or above `max`: 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceMax(max: number): number {
  if (max <= 0) return 1
  const p = 10 ** Math.floor(Math.log10(max))
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p
  return 10 * p
}

/**
 * An axis top for whole things (members, rupiah): its half is a whole number too, so the three
 * ticks read 0, 1, 2 and never 0, 0,5, 1 (shown rounded as "0, 1, 1").
 */
export function niceMaxWhole(max: number): number {
  let top = niceMax(Math.max(max, 2))
  while (!Number.isInteger(top / 2)) top = niceMax(top * 1.000001)
  return top
}

function Frame({ title, summary, testId, children, legend }: { title: string; summary: string; testId: string; children: React.ReactNode; legend?: { cls: string; label: string }[] }) {
  return (
    <figure className="dash-chart card" data-testid={testId}>
      <figcaption className="dash-chart__title">{title}</figcaption>
      {legend && (
        <ul className="dash-legend" aria-hidden="true">
          {legend.map((l) => <li key={l.cls}><span className={`dash-swatch ${l.cls}`} />{l.label}</li>)}
        </ul>
      )}
      <div role="img" aria-label={`${title}: ${summary}`}>{children}</div>
    </figure>
  )
}

const W = 520
const H = 200
const PAD = { l: 64, r: 8, t: 8, b: 26 }

function YAxis({ top, fmt, bottom = 0 }: { top: number; fmt: (n: number) => string; bottom?: number }) {
  const ih = H - PAD.t - PAD.b
  const y = (v: number) => PAD.t + ((top - v) / (top - bottom)) * ih
  const ticks = bottom < 0 ? [top, top / 2, 0, bottom] : [top, top / 2, 0]
  return (
    <g>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} className={v === 0 ? 'dash-zero' : 'dash-gridline'} />
          <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="dash-axis">{fmt(v)}</text>
        </g>
      ))}
    </g>
  )
}

/** Stacked columns of active members per month by gender. */
export function MembersChart({ data }: { data: DashboardSummary['series']['membersByMonth'] }) {
  const top = niceMaxWhole(Math.max(...data.map((d) => d.male + d.female + d.unknown), 0))
  const iw = W - PAD.l - PAD.r
  const ih = H - PAD.t - PAD.b
  const step = iw / data.length
  const bw = Math.max(2, step * 0.7)
  const last = data.at(-1)
  const fmtInt = (n: number) => formatNumberId(Math.round(n))
  return (
    <Frame title={t.dashboard.charts.members} testId="dash-members-chart"
      summary={last ? `${shortMonth(last.month)}: ${t.dashboard.charts.male} ${last.male}, ${t.dashboard.charts.female} ${last.female}` : t.dashboard.charts.empty}
      legend={[{ cls: 'dash-fill--male', label: t.dashboard.charts.male }, { cls: 'dash-fill--female', label: t.dashboard.charts.female }, { cls: 'dash-fill--unknown', label: t.dashboard.charts.unknown }]}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="dash-svg">
        <YAxis top={top} fmt={fmtInt} />
        {data.map((d, i) => {
          const x = PAD.l + i * step + (step - bw) / 2
          let y = PAD.t + ih
          const parts: [number, string][] = [[d.male, 'dash-fill--male'], [d.female, 'dash-fill--female'], [d.unknown, 'dash-fill--unknown']]
          return (
            <g key={d.month}>
              <title>{`${shortMonth(d.month)}: L ${d.male}, P ${d.female}${d.unknown ? `, ? ${d.unknown}` : ''}`}</title>
              {parts.map(([v, cls]) => {
                const h = (v / top) * ih
                y -= h
                return v > 0 ? <rect key={cls} x={x} y={y} width={bw} height={h} className={cls} /> : null
              })}
              {(data.length - 1 - i) % 3 === 0 && <text x={x + bw / 2} y={H - 8} textAnchor="middle" className="dash-axis">{shortMonth(d.month)}</text>}
            </g>
          )
        })}
      </svg>
    </Frame>
  )
}

/** Horizontal bars: one row per label, value at the end. */
export function HBarChart({ title, rows, testId }: { title: string; rows: { label: string; value: number; cls: string }[]; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  const rowH = 30
  const labelW = 110
  const barW = 260
  const width = labelW + barW + 150
  const height = rows.length * rowH + 8
  return (
    <Frame title={title} testId={testId} summary={rows.map((r) => `${r.label} ${formatRupiah(r.value)}`).join('; ')}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" className="dash-svg">
        {rows.map((r, i) => {
          const y = 4 + i * rowH
          const w = Math.max(0, Math.round((r.value / max) * barW))
          return (
            <g key={r.label}>
              <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" className="dash-axis dash-axis--label">{r.label}</text>
              <rect x={labelW} y={y + 5} width={barW} height={rowH - 12} className="dash-track" />
              <rect x={labelW} y={y + 5} width={w} height={rowH - 12} className={r.cls} />
              <text x={labelW + barW + 8} y={y + rowH / 2 + 4} className="dash-axis dash-axis--value">{formatRupiah(r.value)}</text>
            </g>
          )
        })}
      </svg>
    </Frame>
  )
}

/** Grouped columns: revenue and SHU per unit usaha; negative SHU hangs below the zero line. */
export function UnitsChart({ data }: { data: DashboardSummary['series']['byUnit'] }) {
  const hi = niceMaxWhole(Math.max(0, ...data.map((d) => Math.max(d.revenue, d.shu))))
  const minV = Math.min(0, ...data.map((d) => d.shu))
  const lo = minV < 0 ? -niceMaxWhole(-minV) : 0
  const iw = W - PAD.l - PAD.r
  const ih = H - PAD.t - PAD.b
  const y = (v: number) => PAD.t + ((hi - v) / (hi - lo)) * ih
  const step = iw / Math.max(1, data.length)
  const bw = Math.min(40, step * 0.35)
  return (
    <Frame title={t.dashboard.charts.units} testId="dash-units-chart"
      summary={data.length ? data.map((d) => `${d.name}: ${formatRupiah(d.revenue)} / SHU ${formatRupiah(d.shu)}`).join('; ') : t.dashboard.charts.empty}
      legend={[{ cls: 'dash-fill--revenue', label: t.dashboard.charts.revenue }, { cls: 'dash-fill--shu', label: t.dashboard.charts.shuLegend }]}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="dash-svg">
        {[hi, hi / 2, 0, ...(lo < 0 ? [lo] : [])].map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} className={v === 0 ? 'dash-zero' : 'dash-gridline'} />
            <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="dash-axis">{shortRupiah(v)}</text>
          </g>
        ))}
        {data.length === 0 && <text x={W / 2} y={H / 2} textAnchor="middle" className="dash-axis">{t.dashboard.charts.empty}</text>}
        {data.map((d, i) => {
          const cx = PAD.l + i * step + step / 2
          const bar = (v: number, x: number, cls: string) => <rect x={x} y={Math.min(y(v), y(0))} width={bw} height={Math.abs(y(v) - y(0))} className={cls} />
          return (
            <g key={d.unit || i}>
              <title>{`${d.name}: ${formatRupiah(d.revenue)}; SHU ${formatRupiah(d.shu)}`}</title>
              {bar(d.revenue, cx - bw - 1, 'dash-fill--revenue')}
              {bar(d.shu, cx + 1, d.shu < 0 ? 'dash-fill--loss' : 'dash-fill--shu')}
              <text x={cx} y={H - 8} textAnchor="middle" className="dash-axis">{d.name.length > 14 ? `${d.name.slice(0, 13)}…` : d.name}</text>
            </g>
          )
        })}
      </svg>
    </Frame>
  )
}

/** Lines of kas and bank at each month end; a balance below zero is drawn below the zero line. */
export function CashChart({ data }: { data: DashboardSummary['series']['cashByMonth'] }) {
  const values = data.flatMap((d) => [d.kas, d.bank, d.kas + d.bank])
  const hi = niceMaxWhole(Math.max(0, ...values))
  const minV = Math.min(0, ...values)
  const lo = minV < 0 ? -niceMaxWhole(-minV) : 0
  const iw = W - PAD.l - PAD.r
  const ih = H - PAD.t - PAD.b
  const step = data.length > 1 ? iw / (data.length - 1) : iw
  const x = (i: number) => PAD.l + i * step
  const y = (v: number) => PAD.t + ((hi - v) / (hi - lo)) * ih
  const path = (pick: (d: (typeof data)[number]) => number) => data.map((d, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(pick(d)).toFixed(1)}`).join(' ')
  const last = data.at(-1)
  return (
    <Frame title={t.dashboard.charts.cash} testId="dash-cash-chart"
      summary={last ? `${shortMonth(last.month)}: ${t.dashboard.charts.kas} ${formatRupiah(last.kas)}, ${t.dashboard.charts.bank} ${formatRupiah(last.bank)}` : t.dashboard.charts.empty}
      legend={[{ cls: 'dash-fill--total', label: 'Kas + bank' }, { cls: 'dash-fill--kas', label: t.dashboard.charts.kas }, { cls: 'dash-fill--bank', label: t.dashboard.charts.bank }]}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="dash-svg">
        <YAxis top={hi} bottom={lo} fmt={shortRupiah} />
        <path d={path((d) => d.kas + d.bank)} className="dash-line dash-line--total" data-testid="cash-line-total" />
        <path d={path((d) => d.kas)} className="dash-line dash-line--kas" data-testid="cash-line-kas" />
        <path d={path((d) => d.bank)} className="dash-line dash-line--bank" data-testid="cash-line-bank" />
        {data.map((d, i) => (
          <g key={d.month}>
            <circle cx={x(i)} cy={y(d.kas + d.bank)} r={2.5} className={d.kas + d.bank < 0 ? 'dash-dot dash-dot--negative' : 'dash-dot'}><title>{`${shortMonth(d.month)}: ${formatRupiah(d.kas + d.bank)}`}</title></circle>
            {(i % 2 === 1 || i === data.length - 1) && <text x={x(i)} y={H - 8} textAnchor="middle" className="dash-axis">{shortMonth(d.month)}</text>}
          </g>
        ))}
      </svg>
    </Frame>
  )
}
