import { formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'

const T = t.savings.tieOut

/** Each savings control account beside the sum of the members' balances. */
export function TieOutBanner() {
  const tie = useCommand('savings.tieOut', {})
  if (tie.error) return <FailureNotice error={tie.error} />
  if (!tie.data) return null
  return (
    <section
      className={`tieout card ${tie.data.ok ? 'tieout--ok' : 'tieout--bad'} no-print`}
      aria-label={T.title}
      data-testid="tie-out"
    >
      <h2 className="card__title">{T.title}</h2>
      <ul className="tieout__rows">
        {tie.data.rows.map((r) => {
          const ok = r.difference === 0
          return (
            <li key={r.type} className={`tieout__row ${ok ? 'is-ok' : 'is-bad'}`} data-testid={`tie-out-${r.type}`}>
              <strong>{T.line(t.savings.typeLong[r.type] ?? r.type, r.account)}</strong>{' '}
              <span className={`badge ${ok ? 'badge--ok' : 'badge--bad'}`}>{ok ? T.ok : T.bad}</span>
              <span className="tieout__figures">
                {T.ledger} {formatRupiah(r.ledger)} · {T.members} {formatRupiah(r.members)}
                {!ok && (
                  <>
                    {' '}
                    · {T.difference} {formatRupiah(r.difference)}
                  </>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
