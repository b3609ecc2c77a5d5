import { useEffect, useState } from 'react'
import type { ClosingUnitShu, TaxMode } from '../../../../shared/commands/closing'
import { formatAmount, formatRupiah } from '../../../../shared/money/rupiah'
import { formatDateLong, formatMonth } from '../../lib/dateText'
import { useCommand } from '../../api/useCommand'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { Dialog } from '../../components/Dialog'
import { JournalLinesPreview } from '../../components/JournalLinesPreview'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { readMoney } from '../../lib/money'
import { formatStamp } from '../../lib/dates'
import { ScrollRegion } from '../../components/ScrollRegion'

const s = () => t.closing

/** SHU per business unit: what each unit's revenue and expenses carry to the closing (DOMAIN §1.4: units are a dimension of every line). */
function UnitShuTable({ rows, testId }: { rows: readonly ClosingUnitShu[]; testId: string }) {
  if (rows.length === 0) return null
  return (
    <ScrollRegion>
      <table className="table table--compact" aria-label={s().byUnit} data-testid={testId}>
        <caption>{s().byUnit}</caption>
        <thead>
          <tr>
            <th scope="col">{s().unit}</th>
            <th scope="col" className="num">
              {s().unitShu}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.unit ?? ''}>
              <td>{u.unit === null ? s().commonUnit : u.name}</td>
              <td className="num">{formatAmount(u.shu)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{s().unitTotal}</th>
            <td className="num">{formatAmount(rows.reduce((t, u) => t + u.shu, 0))}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  )
}

/** Tutup buku tahunan: preview (SHU, pajak, jurnal penutup), confirm, status, reopen with a reason. */
export function CloseTab({ query }: { query: Record<string, string> }) {
  const invoke = useInvoke()
  // The first year not yet closed (never one before the books start), unless the link names a year.
  const years = useCommand('closing.years', {})
  const [year, setYear] = useState(query.tahun ?? '')
  useEffect(() => {
    if (year === '' && years.data) setYear(String(years.data.firstOpen))
  }, [years.data, year])
  const [mode, setMode] = useState<TaxMode>('PPH_FINAL')
  const [rate, setRate] = useState('0,5')
  const [manual, setManual] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [checked, setChecked] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')

  const y = Number(year)
  const validYear = Number.isInteger(y) && y >= 1900 && y <= 2199
  const manualAmount = readMoney(manual)
  const tax =
    mode === 'MANUAL'
      ? { mode, amount: manualAmount.ok ? manualAmount.value : 0 }
      : mode === 'PPH_FINAL'
        ? { mode, ratePercent: rate.replace(',', '.') }
        : { mode }
  const preview = useCommand('closing.preview', validYear ? { year: y, tax } : null)
  const status = useCommand('closing.status', validYear ? { year: y } : null)
  const reopenPlan = useCommand('closing.reopenPreview', reopening && validYear ? { year: y } : null)
  const p = preview.data
  const st = status.data

  const close = async () => {
    setBusy(true)
    setError(null)
    try {
      await invoke('closing.close', { year: y, tax })
      setDone(s().closed(y))
      setConfirming(false)
      setChecked(false)
      status.reload()
      preview.reload()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  const reopen = async () => {
    setBusy(true)
    setError(null)
    try {
      await invoke('closing.reopen', { year: y, reason: reason.trim() })
      setDone(s().reopened(y))
      setReopening(false)
      setReason('')
      status.reload()
      preview.reload()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="close-tab">
      <p className="muted no-print">{s().lead}</p>
      <div className="form-grid close-form no-print">
        <TextField
          label={s().year}
          term="tutup-buku"
          value={year}
          onChange={setYear}
          inputMode="numeric"
          maxLength={4}
        />
        <SelectField
          label={s().taxMode}
          term="pph-final-koperasi"
          value={mode}
          onChange={(v) => setMode(v as TaxMode)}
          options={(['NONE', 'PPH_FINAL', 'MANUAL'] as const).map((m) => ({ value: m, label: s().taxModes[m] }))}
        />
        {mode === 'PPH_FINAL' && <TextField label={s().rate} value={rate} onChange={setRate} inputMode="decimal" />}
        {mode === 'MANUAL' && (
          <div className="field">
            <label className="field__label" htmlFor="close-manual">
              {s().manualAmount}
            </label>
            <MoneyInput id="close-manual" value={manual} onChange={setManual} />
          </div>
        )}
      </div>
      {done && <Notice tone="success">{done}</Notice>}
      <FailureNotice error={error} />
      <FailureNotice error={preview.error ?? status.error} />

      {st && (
        <section className="card close-status" aria-label={s().statusTitle}>
          <h3>
            {s().statusTitle}:{' '}
            <span data-testid="close-state" className={st.closed ? 'close-badge close-badge--closed' : 'close-badge'}>
              {st.closed ? s().statusClosed : s().statusOpen}
            </span>
          </h3>
          {st.closed && (
            <dl className="kv">
              <div className="kv__row">
                <dt>{s().closedAt}</dt>
                <dd>
                  {st.closingDate ? formatDateLong(st.closingDate) : '-'} ({st.closedBy})
                </dd>
              </div>
              <div className="kv__row">
                <dt>{s().shu}</dt>
                <dd data-testid="close-status-shu">{formatRupiah(st.shu ?? 0)}</dd>
              </div>
              {st.tax && st.tax.amount > 0 && (
                <div className="kv__row">
                  <dt>{s().taxToPost}</dt>
                  <dd>{formatRupiah(st.tax.amount)}</dd>
                </div>
              )}
              <div className="kv__row">
                <dt>{s().entries}</dt>
                <dd>
                  {st.entries
                    .map(
                      (e) =>
                        `${s().entryKinds[e.kind]} ${e.number}${e.reversedBy ? ` (${s().reversedBy(e.reversedBy)})` : ''}`
                    )
                    .join('; ') || '-'}
                </dd>
              </div>
              <div className="kv__row">
                <dt>{s().backupFile}</dt>
                <dd className="mono close-file">{st.backupFile ?? '-'}</dd>
              </div>
              <div className="kv__row">
                <dt>{s().months}</dt>
                <dd>
                  {st.allLocked
                    ? s().allLocked
                    : `${s().someOpen}: ${st.months
                        .filter((m) => !m.locked)
                        .map((m) => formatMonth(m.month))
                        .join(', ')}`}
                </dd>
              </div>
            </dl>
          )}
          {st.closed && <UnitShuTable rows={st.byUnit} testId="close-status-units" />}
          {st.history.length > 0 && (
            <details className="close-history">
              <summary>{s().history}</summary>
              <ul>
                {st.history.map((h, i) => (
                  <li key={i}>
                    {s().historyAction[h.action]} — {formatStamp(h.at)} — {h.by}
                    {h.reason ? `: ${h.reason}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {st.closed && (
            <div className="form-actions no-print">
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => {
                  setReopening(true)
                  setError(null)
                }}
              >
                {s().reopen}
              </button>
            </div>
          )}
        </section>
      )}

      {p && st && !st.closed && (
        <section className="card close-preview" aria-label={s().preview}>
          <h3>{s().preview}</h3>
          <dl className="kv">
            <div className="kv__row">
              <dt>{s().turnover}</dt>
              <dd data-testid="close-turnover">{formatRupiah(p.tax.turnover)}</dd>
            </div>
            <div className="kv__row">
              <dt>{s().shuBeforeTax}</dt>
              <dd>{formatRupiah(p.shuBeforeTax)}</dd>
            </div>
            {p.tax.mode !== 'NONE' && (
              <div className="kv__row">
                <dt>{s().taxComputed}</dt>
                <dd>{formatRupiah(p.tax.computed)}</dd>
              </div>
            )}
            {p.tax.alreadyBooked !== 0 && (
              <div className="kv__row">
                <dt>{s().taxBooked}</dt>
                <dd>{formatRupiah(p.tax.alreadyBooked)}</dd>
              </div>
            )}
            <div className="kv__row">
              <dt>{s().taxToPost}</dt>
              <dd data-testid="close-tax">{formatRupiah(p.tax.toPost)}</dd>
            </div>
            <div className="kv__row close-shu">
              <dt>{p.shu < 0 ? s().loss : s().shu}</dt>
              <dd data-testid="close-shu">{formatRupiah(p.shu)}</dd>
            </div>
          </dl>
          <UnitShuTable rows={p.byUnit} testId="close-units" />
          {p.lines.length > 0 && (
            <details className="close-lines">
              <summary>{s().lines}</summary>
              <ScrollRegion>
                <table className="table">
                  <thead>
                    <tr>
                      <th>{s().account}</th>
                      <th>{s().unit}</th>
                      <th className="num">{s().debit}</th>
                      <th className="num">{s().credit}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.lines.map((l, i) => (
                      <tr key={`${l.code}-${i}`}>
                        <td>
                          {l.code} {l.name}
                        </td>
                        <td>{l.unit ?? s().commonUnit}</td>
                        <td className="num">{l.debit ? formatRupiah(l.debit, { withSymbol: false }) : ''}</td>
                        <td className="num">{l.credit ? formatRupiah(l.credit, { withSymbol: false }) : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </details>
          )}
          {p.problems.length > 0 && (
            <Notice tone="warning" title={s().problems}>
              <ul>
                {p.problems.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </Notice>
          )}
          {p.warnings.length > 0 && (
            <Notice tone="info" title={s().warnings}>
              <ul>
                {p.warnings.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </Notice>
          )}
          <div className="form-actions no-print">
            <button
              type="button"
              className="btn btn--primary"
              disabled={p.problems.length > 0 || (mode === 'MANUAL' && !manualAmount.ok)}
              onClick={() => {
                setConfirming(true)
                setError(null)
              }}
            >
              {s().closeButton}
            </button>
          </div>
        </section>
      )}

      {confirming && p && (
        <Dialog
          title={s().confirmTitle(y)}
          onClose={() => !busy && setConfirming(false)}
          footer={
            <>
              <button type="button" className="btn btn--ghost" onClick={() => setConfirming(false)} disabled={busy}>
                {s().cancel}
              </button>
              <button type="button" className="btn btn--primary" onClick={close} disabled={!checked || busy}>
                {busy ? s().closing : s().confirm}
              </button>
            </>
          }
        >
          <p>{s().confirmBody}</p>
          <dl className="kv">
            <div className="kv__row">
              <dt>{s().taxToPost}</dt>
              <dd>{formatRupiah(p.tax.toPost)}</dd>
            </div>
            <div className="kv__row">
              <dt>{p.shu < 0 ? s().loss : s().shu}</dt>
              <dd data-testid="confirm-close-shu">{formatRupiah(p.shu)}</dd>
            </div>
          </dl>
          {p.lines.length > 0 && <JournalLinesPreview label={s().confirmLines} lines={p.lines} />}
          {p.monthsToLock.length > 0 && (
            <p className="small" data-testid="confirm-close-months">
              {s().confirmMonths(p.monthsToLock.map(formatMonth).join(', '))}
            </p>
          )}
          <CheckboxField label={s().confirmCheck} checked={checked} onChange={setChecked} />
          <FailureNotice error={error} />
        </Dialog>
      )}

      {reopening && (
        <Dialog
          title={s().reopenTitle(y)}
          onClose={() => !busy && setReopening(false)}
          footer={
            <>
              <button type="button" className="btn btn--ghost" onClick={() => setReopening(false)} disabled={busy}>
                {s().cancel}
              </button>
              <button
                type="button"
                className="btn btn--primary"
                onClick={reopen}
                disabled={reason.trim().length < 10 || busy || (reopenPlan.data?.problems.length ?? 0) > 0}
              >
                {s().reopenConfirm}
              </button>
            </>
          }
        >
          <p>{s().reopenBody}</p>
          {reopenPlan.data && (
            <div data-testid="reopen-preview">
              {reopenPlan.data.shu !== null && <p>{s().reopenShu(formatRupiah(reopenPlan.data.shu))}</p>}
              {reopenPlan.data.entries.length > 0 && (
                <>
                  <p className="small">
                    <strong>{s().reopenEntries}</strong>
                  </p>
                  <ul className="small">
                    {reopenPlan.data.entries.map((e) => (
                      <li key={e.number}>
                        {s().reopenEntry(s().entryKinds[e.kind] ?? e.kind, e.number, formatRupiah(e.total))}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {reopenPlan.data.monthsToUnlock.length > 0 && (
                <p className="small">{s().reopenMonths(reopenPlan.data.monthsToUnlock.map(formatMonth).join(', '))}</p>
              )}
              {reopenPlan.data.problems.length > 0 && (
                <Notice tone="warning" title={t.confirmations.problems}>
                  <ul>
                    {reopenPlan.data.problems.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                </Notice>
              )}
            </div>
          )}
          <TextAreaField
            label={s().reason}
            value={reason}
            onChange={setReason}
            error={reason && reason.trim().length < 10 ? s().reasonTooShort : undefined}
          />
          <FailureNotice error={error} />
        </Dialog>
      )}
    </div>
  )
}
