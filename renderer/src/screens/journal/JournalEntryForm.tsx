import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { JournalEntry } from '../../../../shared/ledger/types'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { AccountPicker } from '../../components/AccountPicker'
import { DateField } from '../../components/DateInput'
import { Field, SelectField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { href } from '../../lib/router'
import { buildPostInput, computeTotals, emptyLine, isStarted, localLineField, type LineDraft } from './journalDraft'
import { useFormGuard } from '../../lib/unsaved'

const T = t.journal.entry

/** Moves focus to the next field of the form, as Tab would (Enter in a field = next field). */
function focusNextField(form: HTMLFormElement, from: Element) {
  const fields = Array.from(
    form.querySelectorAll<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled])')
  )
  const i = fields.indexOf(from as HTMLElement)
  if (i >= 0) fields[i + 1]?.focus()
}

export function JournalEntryForm({ onPosted, hidden }: { onPosted?: (entry: JournalEntry) => void; hidden?: boolean }) {
  // The form stays mounted across the journal's sub-tabs: only leaving the journal loses the draft.
  const guard = useFormGuard({ survives: (hash) => hash.startsWith('#/jurnal') })
  const invoke = useInvoke()
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const units = useCommand('units.list', { includeInactive: false })
  const series = useCommand('journal.series', {})

  const [date, setDate] = useState(today)
  const [description, setDescription] = useState('')
  const [reference, setReference] = useState('')
  const [seriesCode, setSeriesCode] = useState('JU')
  const [lines, setLines] = useState<LineDraft[]>(() => [emptyLine(), emptyLine()])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [posting, setPosting] = useState(false)
  const [posted, setPosted] = useState<JournalEntry | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const descriptionRef = useRef<HTMLInputElement>(null)
  const focusLine = useRef<string | null>(null)

  const totals = useMemo(() => computeTotals(lines), [lines])
  const accountList = accounts.data ?? []
  const loadError = accounts.error ?? units.error ?? series.error

  const clear = (key: string) => setErrors((e) => withoutError(withoutError(e, key), ''))

  const patchLine = (key: string, patch: Partial<LineDraft>) => {
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)))
    for (const f of Object.keys(patch)) clear(`line:${key}.${f}`)
    clear('lines')
    setPosted(null)
  }

  const addLine = () => {
    const line = emptyLine()
    focusLine.current = line.key
    setLines((ls) => [...ls, line])
  }

  const removeLine = (key: string) => {
    setLines((ls) =>
      ls.length > 2 ? ls.filter((l) => l.key !== key) : ls.map((l) => (l.key === key ? { ...emptyLine(), key } : l))
    )
    clear(`line:${key}.account`)
  }

  const reset = () => {
    setDescription('')
    setReference('')
    setLines([emptyLine(), emptyLine()])
    setErrors({})
  }

  /** What the form can tell before asking the book; everything else the book checks. */
  const localCheck = (): FieldErrors => {
    const e: FieldErrors = {}
    if (date === '') e.date = t.errors.required
    if (description.trim() === '') e.description = t.errors.required
    for (const l of lines.filter(isStarted)) {
      if (l.account === '') e[`line:${l.key}.account`] = T.chooseAccount
      const d = readMoney(l.debit)
      const c = readMoney(l.credit)
      if (!d.ok) e[`line:${l.key}.debit`] = d.message
      if (!c.ok) e[`line:${l.key}.credit`] = c.message
      if (d.ok && c.ok && d.value === 0 && c.value === 0) e[`line:${l.key}.debit`] = T.fillAmount
    }
    return e
  }

  const submit = async () => {
    if (posting || !totals.postable) return
    const local = localCheck()
    if (Object.keys(local).length > 0) {
      setErrors(local)
      return
    }
    setPosting(true)
    setPosted(null)
    const { input, keys } = buildPostInput({ date, description, reference, series: seriesCode }, lines)
    try {
      const entry = await invoke('journal.post', input)
      guard.saved()
      setPosted(entry)
      reset()
      onPosted?.(entry)
      descriptionRef.current?.focus()
    } catch (err) {
      const f = toFailure(err)
      const key = localLineField(f.field, keys)
      setErrors(key === '' ? { '': f.message } : { [key]: f.message })
    } finally {
      setPosting(false)
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void submit()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void submit()
    } else if (e.altKey && (e.key === 'n' || e.key === 'N')) {
      e.preventDefault()
      addLine()
    } else if (e.key === 'Enter' && !e.defaultPrevented && !e.shiftKey) {
      const target = e.target as HTMLElement
      if (target.tagName === 'INPUT' || target.tagName === 'SELECT') {
        e.preventDefault()
        if (formRef.current) focusNextField(formRef.current, target)
      }
    }
  }

  const status = (() => {
    if (totals.invalid) return { tone: 'bad', text: T.fixAmounts }
    if (totals.startedLines < 2) return { tone: 'muted', text: T.needTwoLines }
    if (totals.debit === 0 && totals.credit === 0) return { tone: 'muted', text: T.needAmount }
    if (totals.difference === 0) return { tone: 'good', text: `${T.balanced} ✓` }
    return { tone: 'bad', text: totals.difference > 0 ? T.debitHeavier : T.creditHeavier }
  })()

  return (
    <form
      {...guard.props}
      ref={formRef}
      className="journal-form card"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={T.heading}
      hidden={hidden}
    >
      {loadError && <Notice tone="error">{loadError.message}</Notice>}
      {posted && (
        <Notice
          tone="success"
          title={T.posted(posted.number)}
          action={
            <a className="btn btn--ghost btn--sm" href={href('jurnal/daftar', { buka: String(posted.id) })}>
              {T.viewPosted}
            </a>
          }
        />
      )}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}

      <div className="journal-form__head">
        <DateField
          posting
          label={T.date}
          value={date}
          required
          onChange={(v) => {
            setDate(v)
            clear('date')
          }}
          error={errors.date}
          className="w-date"
          hint=""
        />
        <SelectField
          label={T.series}
          value={seriesCode}
          onChange={(v) => {
            setSeriesCode(v)
            clear('series')
          }}
          options={(series.data ?? [{ code: seriesCode, name: '' }]).map((s) => ({
            value: s.code,
            label: s.name ? `${s.code} · ${s.name}` : s.code
          }))}
          error={errors.series}
          className="w-series"
        />
        <TextField
          label={T.reference}
          value={reference}
          onChange={(v) => {
            setReference(v)
            clear('reference')
          }}
          error={errors.reference}
          placeholder={T.referencePlaceholder}
          optional
          className="w-ref"
          maxLength={100}
        />
        <Field label={T.description} required error={errors.description} className="grow">
          {(control) => (
            <input
              {...control}
              ref={descriptionRef}
              className="input"
              value={description}
              maxLength={500}
              placeholder={T.descriptionPlaceholder}
              onChange={(e) => {
                setDescription(e.target.value)
                clear('description')
                setPosted(null)
              }}
            />
          )}
        </Field>
      </div>

      <div className="journal-grid" role="group" aria-label={T.linesLabel}>
        <table className="table table--grid">
          <colgroup>
            <col style={{ width: '2.5rem' }} />
            <col />
            <col style={{ width: '9.25rem' }} />
            <col style={{ width: '9.25rem' }} />
            <col style={{ width: '9.5rem' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '2.75rem' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="is-center">
                {T.colNo}
              </th>
              <th scope="col">{T.colAccount}</th>
              <th scope="col" className="is-right">
                {T.colDebit}
              </th>
              <th scope="col" className="is-right">
                {T.colCredit}
              </th>
              <th scope="col">{T.colUnit}</th>
              <th scope="col">{T.colMemo}</th>
              <th scope="col">
                <span className="sr-only">{t.common.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const n = i + 1
              const err = (f: string) => errors[`line:${l.key}.${f}`]
              return (
                <tr key={l.key} className="journal-line">
                  <td className="is-center line-no">{n}</td>
                  <td data-label={T.colAccount}>
                    <AccountPicker
                      accounts={accountList}
                      value={l.account}
                      onChange={(code) => patchLine(l.key, { account: code })}
                      aria-label={T.accountLabel(n)}
                      error={err('account')}
                      inputRef={(el) => {
                        if (el && focusLine.current === l.key) {
                          focusLine.current = null
                          el.focus()
                        }
                      }}
                    />
                    {err('account') && <p className="field__error">{err('account')}</p>}
                  </td>
                  <td data-label={T.colDebit}>
                    <MoneyInput
                      value={l.debit}
                      onChange={(v) => patchLine(l.key, { debit: v })}
                      aria-label={T.debitLabel(n)}
                      error={err('debit')}
                    />
                    {err('debit') && <p className="field__error">{err('debit')}</p>}
                  </td>
                  <td data-label={T.colCredit}>
                    <MoneyInput
                      value={l.credit}
                      onChange={(v) => patchLine(l.key, { credit: v })}
                      aria-label={T.creditLabel(n)}
                      error={err('credit')}
                    />
                    {err('credit') && <p className="field__error">{err('credit')}</p>}
                  </td>
                  <td data-label={T.colUnit}>
                    <select
                      className="input select"
                      aria-label={T.unitLabel(n)}
                      value={l.unit}
                      aria-invalid={err('unit') ? true : undefined}
                      onChange={(e) => patchLine(l.key, { unit: e.target.value })}
                    >
                      <option value="">{T.noUnit}</option>
                      {(units.data ?? []).map((u) => (
                        <option key={u.code} value={u.code}>
                          {u.name}
                        </option>
                      ))}
                    </select>
                    {err('unit') && <p className="field__error">{err('unit')}</p>}
                  </td>
                  <td data-label={T.colMemo}>
                    <input
                      className="input"
                      aria-label={T.memoLabel(n)}
                      value={l.memo}
                      maxLength={300}
                      onChange={(e) => patchLine(l.key, { memo: e.target.value })}
                    />
                    {err('memo') && <p className="field__error">{err('memo')}</p>}
                  </td>
                  <td className="is-center">
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label={T.removeLine(n)}
                      title={T.removeLine(n)}
                      onClick={() => removeLine(l.key)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr className="journal-totals">
              <td />
              <th scope="row" className="is-right">
                {t.common.total}
              </th>
              <td className="is-right amount" data-testid="total-debit">
                {formatRupiah(totals.debit)}
              </td>
              <td className="is-right amount" data-testid="total-credit">
                {formatRupiah(totals.credit)}
              </td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>

      <div className="journal-form__tools">
        <button type="button" className="btn btn--secondary btn--sm" onClick={addLine}>
          + {T.addLine}
        </button>
        <span className="muted small">{T.shortcuts}</span>
      </div>

      {errors.lines && <Notice tone="error">{errors.lines}</Notice>}

      <div className="journal-form__footer">
        <dl className="balance" aria-live="polite">
          <div>
            <dt>{T.totalDebit}</dt>
            <dd>{formatRupiah(totals.debit)}</dd>
          </div>
          <div>
            <dt>{T.totalCredit}</dt>
            <dd>{formatRupiah(totals.credit)}</dd>
          </div>
          <div className={`balance__diff is-${status.tone}`}>
            <dt>{T.difference}</dt>
            <dd data-testid="selisih">
              {formatRupiah(Math.abs(totals.difference))}
              <span className="balance__status">{status.text}</span>
            </dd>
          </div>
        </dl>
        <div className="journal-form__actions">
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              reset()
              setPosted(null)
            }}
            disabled={posting}
          >
            {T.clear}
          </button>
          <button
            type="submit"
            className="btn btn--primary btn--lg"
            disabled={!totals.postable || posting}
            aria-keyshortcuts="Control+Enter"
          >
            {posting ? T.posting : T.post}
          </button>
        </div>
      </div>
    </form>
  )
}
