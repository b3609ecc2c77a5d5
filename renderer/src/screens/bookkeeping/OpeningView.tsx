import { useEffect, useState } from 'react'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { moneyFieldText, readMoney } from '../../lib/money'
import { ScrollRegion } from '../../components/ScrollRegion'

const O = t.bookkeeping.opening

type Entry = { debit: string; credit: string }

/** Saldo awal wizard: a date, the balance-sheet accounts with debit/credit, live totals; posts only when balanced. */
export function OpeningView() {
  const invoke = useInvoke()
  const [date, setDate] = useState('')
  const status = useCommand('opening.status', date ? { date } : {})
  const [entries, setEntries] = useState<Record<string, Entry>>({})
  const [error, setError] = useState<CommandFailure | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const s = status.data

  useEffect(() => {
    if (!s) return
    if (!date) setDate(s.date)
    const next: Record<string, Entry> = {}
    for (const a of s.accounts) {
      if (a.control) continue
      next[a.code] = {
        debit: a.existingDebit ? moneyFieldText(a.existingDebit) : '',
        credit: a.existingCredit ? moneyFieldText(a.existingCredit) : ''
      }
    }
    setEntries(next)
    // Prefill once per date loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s?.date, s?.posted?.entryId])

  let totalDebit = s?.controlTotals.debit ?? 0
  let totalCredit = s?.controlTotals.credit ?? 0
  let readable = true
  for (const e of Object.values(entries)) {
    const d = readMoney(e.debit)
    const c = readMoney(e.credit)
    if (!d.ok || !c.ok) readable = false
    else {
      totalDebit += d.value
      totalCredit += c.value
    }
  }
  const difference = Math.abs(totalDebit - totalCredit)
  const balanced = readable && difference === 0 && totalDebit > 0

  const post = async () => {
    if (!balanced || busy) return
    setBusy(true)
    setError(null)
    try {
      const lines = Object.entries(entries).flatMap(([account, e]) => {
        const d = readMoney(e.debit)
        const c = readMoney(e.credit)
        const debit = d.ok ? d.value : 0
        const credit = c.ok ? c.value : 0
        const net = debit - credit
        return net === 0 ? [] : [{ account, debit: net > 0 ? net : 0, credit: net < 0 ? -net : 0 }]
      })
      const r = await invoke('opening.post', { date, lines })
      setDone(r.entry.number)
      status.reload()
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="bk-opening">
      {done && <Notice tone="success">{O.done(done)}</Notice>}
      {s?.posted && <Notice tone="info">{O.posted(s.posted.number, formatDateLong(s.posted.date))}</Notice>}
      <FailureNotice error={status.error ?? error} />
      <div className="card">
        <p className="muted">{O.intro}</p>
        <div className="form-grid">
          <DateField posting label={O.date} term="neraca" hint={O.dateHint} value={date} onChange={setDate} />
        </div>
      </div>
      {s && (
        <ScrollRegion>
          <table className="table bk-opening__grid" aria-label={t.bookkeeping.tabs.opening}>
            <thead>
              <tr>
                <th>{O.col.account}</th>
                <th className="bk-num">{O.col.debit}</th>
                <th className="bk-num">{O.col.credit}</th>
              </tr>
            </thead>
            <tbody>
              {s.accounts.map((a) => (
                <tr key={a.code} className={a.control ? 'bk-row-control' : undefined}>
                  <td>
                    <span className="mono">{a.code}</span> {a.name}
                    {a.control && <span className="muted"> · {O.control}</span>}
                  </td>
                  {a.control ? (
                    <>
                      <td className="bk-num">
                        <Amount value={a.existingDebit} dashZero />
                      </td>
                      <td className="bk-num">
                        <Amount value={a.existingCredit} dashZero />
                      </td>
                    </>
                  ) : (
                    <>
                      <td>
                        <MoneyInput
                          value={entries[a.code]?.debit ?? ''}
                          aria-label={O.debitOf(a.code)}
                          disabled={Boolean(s.posted)}
                          onChange={(v) =>
                            setEntries((es) => ({ ...es, [a.code]: { debit: v, credit: es[a.code]?.credit ?? '' } }))
                          }
                        />
                      </td>
                      <td>
                        <MoneyInput
                          value={entries[a.code]?.credit ?? ''}
                          aria-label={O.creditOf(a.code)}
                          disabled={Boolean(s.posted)}
                          onChange={(v) =>
                            setEntries((es) => ({ ...es, [a.code]: { debit: es[a.code]?.debit ?? '', credit: v } }))
                          }
                        />
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{O.totals}</td>
                <td className="bk-num" data-testid="opening-debit">
                  {formatRupiah(totalDebit)}
                </td>
                <td className="bk-num" data-testid="opening-credit">
                  {formatRupiah(totalCredit)}
                </td>
              </tr>
              <tr>
                <td>{O.difference}</td>
                <td colSpan={2} className="bk-num" data-testid="opening-difference">
                  {difference === 0 ? O.balanced : formatRupiah(difference)}
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      )}
      {s && !s.posted && (
        <div className="form-actions">
          {!balanced && difference > 0 && <Notice tone="warning">{O.unbalanced(formatRupiah(difference))}</Notice>}
          <button type="button" className="btn btn--primary" disabled={!balanced || busy} onClick={post}>
            {busy ? t.common.saving : O.submit}
          </button>
        </div>
      )}
    </div>
  )
}
