import { useContext } from 'react'
import type { TillSession } from '../../../../shared/commands/till'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { BookContext } from '../../app/BookContext'
import { t } from '../../i18n'
import { formatStamp, printedStamp } from '../../lib/dates'

const R = t.till.report
const S = t.till.summary

/** "lebih Rp1.500", "kurang Rp2.000" or "tidak ada". */
export function differenceText(d: number | null): string {
  if (d === null) return '—'
  if (d === 0) return S.none
  return d > 0 ? S.over(formatRupiah(d)) : S.short(formatRupiah(-d))
}

/** The kasir's day cash report as it prints: float, every posting through the drawer, the count and its difference. */
export function TillReport({ session: s }: { session: TillSession }) {
  const book = useContext(BookContext)
  return (
    <section className="card till-report" aria-label={R.title} data-testid="till-report">
      {book && <p className="till-report__coop">{book.profile.name}</p>}
      <h2>{R.title}</h2>
      <dl className="till-report__facts">
        <dt>{R.cashier}</dt>
        <dd>{s.cashierName}</dd>
        <dt>{R.date}</dt>
        <dd>{formatDateLong(s.date)}</dd>
        <dt>{R.drawer}</dt>
        <dd>
          {s.cashAccount.code} {s.cashAccount.name}
        </dd>
        <dt>{R.status}</dt>
        <dd data-testid="till-status">{t.till.status[s.status]}</dd>
        <dt>{R.openedAt}</dt>
        <dd>{formatStamp(s.openedAt)}</dd>
        {s.closedAt && (
          <>
            <dt>{R.closedAt}</dt>
            <dd>{formatStamp(s.closedAt)}</dd>
          </>
        )}
        {s.acceptedAt && (
          <>
            <dt>{R.acceptedAt}</dt>
            <dd>
              {formatStamp(s.acceptedAt)}
              {s.acceptedByName ? ` · ${R.acceptedBy} ${s.acceptedByName}` : ''}
            </dd>
          </>
        )}
        {s.handoverEntryNumber && (
          <>
            <dt>{R.handover}</dt>
            <dd>{s.handoverEntryNumber}</dd>
          </>
        )}
      </dl>
      <TillSummary session={s} />
      <h3>{R.movements}</h3>
      <table className="table till-report__moves" aria-label={R.movements}>
        <thead>
          <tr>
            <th>{R.time}</th>
            <th>{R.entry}</th>
            <th>{R.source}</th>
            <th>{R.description}</th>
            <th className="trade-right">{R.in}</th>
            <th className="trade-right">{R.out}</th>
          </tr>
        </thead>
        <tbody>
          {s.movements.length === 0 && (
            <tr>
              <td colSpan={6}>{R.noMovements}</td>
            </tr>
          )}
          {s.movements.map((m) => (
            <tr key={m.entryNumber}>
              <td className="nowrap">{formatStamp(m.recordedAt)}</td>
              <td className="nowrap">{m.entryNumber}</td>
              <td>{R.sources[m.source] ?? m.source}</td>
              <td>{m.description}</td>
              <td className="trade-right nowrap">{m.cashIn ? formatRupiah(m.cashIn) : ''}</td>
              <td className="trade-right nowrap">{m.cashOut ? formatRupiah(m.cashOut) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>{t.trading.total}</td>
            <td className="trade-right nowrap">{formatRupiah(s.cashIn)}</td>
            <td className="trade-right nowrap">{formatRupiah(s.cashOut)}</td>
          </tr>
        </tfoot>
      </table>
      {s.denominations && (
        <>
          <h3>{R.denominations}</h3>
          <table className="table till-report__counts" aria-label={R.denominations}>
            <thead>
              <tr>
                <th>{t.till.close.denomination}</th>
                <th className="trade-right">{t.till.close.count}</th>
                <th className="trade-right">{t.till.close.amount}</th>
              </tr>
            </thead>
            <tbody>
              {s.denominations.map((c) => (
                <tr key={c.value}>
                  <td>{formatRupiah(c.value)}</td>
                  <td className="trade-right">{c.count}</td>
                  <td className="trade-right">{formatRupiah(c.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="till-report__signs">
        <div>
          <p>{R.signCashier}</p>
          <p className="till-report__line">{s.cashierName}</p>
        </div>
        <div>
          <p>{R.signTreasurer}</p>
          <p className="till-report__line">{s.acceptedByName ?? ''}</p>
        </div>
      </div>
      <p className="muted till-report__printed">{R.printed(printedStamp())}</p>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {R.print}
        </button>
      </div>
    </section>
  )
}

/** Float, money in and out, what the drawer should hold, the count and the difference. */
export function TillSummary({ session: s }: { session: TillSession }) {
  return (
    <dl className="till-summary" aria-label={S.label}>
      <div>
        <dt>{S.float}</dt>
        <dd data-testid="till-float">{formatRupiah(s.openingFloat)}</dd>
      </div>
      <div>
        <dt>{S.cashIn}</dt>
        <dd data-testid="till-in">{formatRupiah(s.cashIn)}</dd>
      </div>
      <div>
        <dt>{S.cashOut}</dt>
        <dd data-testid="till-out">{formatRupiah(s.cashOut)}</dd>
      </div>
      <div>
        <dt>{S.expected}</dt>
        <dd data-testid="till-expected">{formatRupiah(s.expected)}</dd>
      </div>
      {s.counted !== null && (
        <div>
          <dt>{S.counted}</dt>
          <dd data-testid="till-counted">{formatRupiah(s.counted)}</dd>
        </div>
      )}
      {s.received !== null && (
        <div>
          <dt>{S.received}</dt>
          <dd data-testid="till-received">{formatRupiah(s.received)}</dd>
        </div>
      )}
      {s.counted !== null && (
        <div>
          <dt>{S.difference}</dt>
          <dd data-testid="till-difference">{differenceText(s.difference)}</dd>
        </div>
      )}
    </dl>
  )
}
