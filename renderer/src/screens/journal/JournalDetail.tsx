import { useState, type FormEvent } from 'react'
import { formatDateLong } from '../../lib/dateText'
import type { JournalEntry } from '../../../../shared/ledger/types'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { TextAreaField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { maxDate, today, formatStamp } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.journal.detail

/** One journal with its lines; offers "Balik jurnal" for an entry that is neither reversed nor a reversal. */
export function JournalDetail({
  id,
  onClose,
  onChanged,
  onOpen
}: {
  id: number
  onClose: () => void
  onChanged?: () => void
  onOpen: (id: number) => void
}) {
  const entry = useCommand('journal.get', { id })
  const mayReverse = useSession().canRun('journal.reverse')
  const e = entry.data
  const [reversing, setReversing] = useState(false)
  const [done, setDone] = useState<JournalEntry | null>(null)

  return (
    <Dialog title={e ? T.title(e.number) : T.loading} onClose={onClose} wide focusFirstField={false}>
      {entry.error && <Notice tone="error">{entry.error.message}</Notice>}
      {!e && !entry.error && <p className="muted">{T.loading}</p>}
      {e && (
        <div className="entry-detail">
          {done && (
            <Notice
              tone="success"
              title={T.reversedOk(done.number)}
              action={
                <button type="button" className="btn btn--ghost btn--sm" onClick={() => onOpen(done.id)}>
                  {done.number}
                </button>
              }
            />
          )}
          {e.reversedBy && (
            <Notice tone="warning">
              {T.reversedBy}{' '}
              <button type="button" className="btn btn--link" onClick={() => onOpen(e.reversedBy!.id)}>
                {e.reversedBy.number}
              </button>
            </Notice>
          )}
          {e.reversalOf && (
            <Notice tone="info">
              {T.reversalOf}{' '}
              <button type="button" className="btn btn--link" onClick={() => onOpen(e.reversalOf!.id)}>
                {e.reversalOf.number}
              </button>
            </Notice>
          )}

          <dl className="meta">
            <div>
              <dt>{T.date}</dt>
              <dd>{formatDateLong(e.date)}</dd>
            </div>
            <div>
              <dt>{T.series}</dt>
              <dd>{e.series}</dd>
            </div>
            <div>
              <dt>{T.reference}</dt>
              <dd>{e.reference ?? t.common.none}</dd>
            </div>
            <div>
              <dt>{T.source}</dt>
              <dd>{T.sources[e.source] ?? e.source}</dd>
            </div>
            <div>
              <dt>{T.createdBy}</dt>
              <dd>{T.createdByValue(e.createdBy, formatStamp(e.createdAt))}</dd>
            </div>
          </dl>
          <p className="entry-detail__description">{e.description}</p>

          <ScrollRegion className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col" className="is-center" style={{ width: '3rem' }}>
                    {T.colNo}
                  </th>
                  <th scope="col">{T.colAccount}</th>
                  <th scope="col" style={{ width: '8rem' }}>
                    {T.colUnit}
                  </th>
                  <th scope="col">{T.colMemo}</th>
                  <th scope="col" className="is-right" style={{ width: '9rem' }}>
                    {t.common.debitRp}
                  </th>
                  <th scope="col" className="is-right" style={{ width: '9rem' }}>
                    {t.common.creditRp}
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.lines.map((l) => (
                  <tr key={l.lineNo}>
                    <td className="is-center">{l.lineNo}</td>
                    <td>
                      <span className="mono">{l.accountCode}</span> {l.accountName}
                    </td>
                    <td>{l.unitCode ?? ''}</td>
                    <td>{[l.memberName, l.memo].filter(Boolean).join(' · ')}</td>
                    <td className="is-right">
                      <Amount value={l.debit} dashZero />
                    </td>
                    <td className="is-right">
                      <Amount value={l.credit} dashZero />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4} className="is-right">
                    {T.total}
                  </th>
                  <td className="is-right">
                    <Amount value={e.total} />
                  </td>
                  <td className="is-right">
                    <Amount value={e.total} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>

          {mayReverse && !e.reversedBy && !e.reversalOf && !reversing && (
            <div className="dialog__actions">
              <button type="button" className="btn btn--danger-ghost" onClick={() => setReversing(true)}>
                {T.reverse}…
              </button>
            </div>
          )}
          {reversing && !e.reversedBy && (
            <ReverseForm
              entry={e}
              onCancel={() => setReversing(false)}
              onDone={(r) => {
                setDone(r)
                setReversing(false)
                entry.reload()
                onChanged?.()
              }}
            />
          )}
        </div>
      )}
    </Dialog>
  )
}

function ReverseForm({
  entry,
  onCancel,
  onDone
}: {
  entry: JournalEntry
  onCancel: () => void
  onDone: (r: JournalEntry) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [date, setDate] = useState(() => maxDate(today(), entry.date))
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async (ev: FormEvent) => {
    ev.preventDefault()
    const e: FieldErrors = {}
    if (date === '') e.date = t.errors.required
    if (reason.trim().length < 5) e.reason = T.reasonTooShort
    setErrors(e)
    if (Object.keys(e).length > 0) return
    setBusy(true)
    try {
      onDone(await invoke('journal.reverse', { entryId: entry.id, date, reason: reason.trim() }))
      guard.saved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'date' || f === 'reason'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form {...guard.props} className="reverse-form" onSubmit={submit} noValidate aria-label={T.reverseHeading}>
      <h3 className="reverse-form__title">{T.reverseHeading}</h3>
      <p className="muted">{T.reverseLead}</p>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <DateField
          posting
          label={T.reverseDate}
          value={date}
          onChange={setDate}
          error={errors.date}
          required
          autoFocus
        />
        <TextAreaField
          label={T.reverseReason}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          hint={T.reverseReasonHint}
          required
          rows={2}
          maxLength={500}
          className="span-2"
        />
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn btn--ghost" onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </button>
        <button type="submit" className="btn btn--danger" disabled={busy}>
          {busy ? T.reversing : T.reverseSubmit}
        </button>
      </div>
    </form>
  )
}
