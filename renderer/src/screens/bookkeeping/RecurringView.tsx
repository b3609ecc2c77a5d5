import { useState, type FormEvent } from 'react'
import type { RecurringTemplate } from '../../../../shared/commands/bookkeeping'
import { formatDateLong, formatMonth } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { AccountPicker } from '../../components/AccountPicker'
import { Amount } from '../../components/Amount'
import { DataTable, type Column } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { useFormGuard } from '../../lib/unsaved'
import { MonthField } from '../../components/DateInput'
import { ScrollRegion } from '../../components/ScrollRegion'

const R = t.bookkeeping.recurring
const C = t.bookkeeping.common
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** Templates, a form for a new one, and this month's due journals to confirm one by one. */
export function RecurringView() {
  const list = useCommand('recurring.list', {})
  const [month, setMonth] = useState(today().slice(0, 7))
  const [adding, setAdding] = useState(false)
  const due = useCommand('recurring.due', MONTH.test(month) ? { month } : null)
  const cols: Column<RecurringTemplate>[] = [
    { key: 'desc', header: R.col.description, render: (r) => r.description },
    { key: 'day', header: R.col.day, render: (r) => r.dayOfMonth, align: 'right' },
    {
      key: 'period',
      header: R.col.period,
      render: (r) => `${formatMonth(r.startMonth)} – ${r.endMonth ? formatMonth(r.endMonth) : R.untilOpen}`
    },
    { key: 'total', header: R.col.total, render: (r) => <Amount value={r.total} />, align: 'right', nowrap: true },
    { key: 'last', header: R.col.last, render: (r) => (r.lastPostedMonth ? formatMonth(r.lastPostedMonth) : '—') },
    { key: 'active', header: R.col.active, render: (r) => (r.active ? R.yes : R.no) }
  ]
  return (
    <div className="bk-recurring">
      <section className="card" aria-label={R.due(month)}>
        <div className="form-grid">
          <MonthField label={C.month} value={month} onChange={setMonth} />
        </div>
        {due.data && (
          <>
            <h2>{R.due(formatMonth(due.data.month))}</h2>
            {due.data.due.length === 0 && <p className="muted">{R.noneDue}</p>}
            {due.data.due.map((d) => (
              <DueItem
                key={d.template.id}
                template={d.template}
                date={d.date}
                month={due.data!.month}
                onPosted={() => {
                  due.reload()
                  list.reload()
                }}
              />
            ))}
            {due.data.posted.map((p) => (
              <p key={p.template.id} className="muted">
                {p.template.description}: {R.posted(p.entry.number)}
              </p>
            ))}
          </>
        )}
      </section>
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={() => setAdding(!adding)}>
          {R.add}
        </button>
      </div>
      {adding && (
        <TemplateForm
          onSaved={() => {
            setAdding(false)
            list.reload()
            due.reload()
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <FailureNotice error={list.error} />
      {list.data && (
        <DataTable aria-label={R.templates} columns={cols} rows={list.data} rowKey={(r) => r.id} empty={R.empty} />
      )}
    </div>
  )
}

function DueItem({
  template,
  date,
  month,
  onPosted
}: {
  template: RecurringTemplate
  date: string
  month: string
  onPosted: () => void
}) {
  const invoke = useInvoke()
  const [amounts, setAmounts] = useState(template.lines.map((l) => moneyFieldText(l.debit + l.credit)))
  const [error, setError] = useState<CommandFailure | null>(null)
  const [busy, setBusy] = useState(false)
  const parsed = amounts.map((a) => readMoney(a))
  const d = template.lines.reduce(
    (s, l, i) => s + (l.debit > 0 && parsed[i]!.ok ? (parsed[i] as { value: number }).value : 0),
    0
  )
  const c = template.lines.reduce(
    (s, l, i) => s + (l.credit > 0 && parsed[i]!.ok ? (parsed[i] as { value: number }).value : 0),
    0
  )
  const post = async () => {
    if (busy || parsed.some((p) => !p.ok)) return
    setBusy(true)
    setError(null)
    try {
      await invoke('recurring.post', {
        templateId: template.id,
        month,
        amounts: parsed.map((p) => (p as { value: number }).value)
      })
      onPosted()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="bk-due" data-testid={`due-${template.id}`}>
      <h3>
        {template.description} · {formatDateLong(date)}
      </h3>
      <ScrollRegion>
        <table className="table bk-lines">
          <tbody>
            {template.lines.map((l, i) => (
              <tr key={i}>
                <td>
                  {l.account} · {l.accountName}
                  {l.unit ? ` (${l.unit})` : ''}
                </td>
                <td>{l.debit > 0 ? R.debit : R.credit}</td>
                <td>
                  <MoneyInput
                    value={amounts[i]!}
                    aria-label={C.amountOfLine(i + 1)}
                    onChange={(v) => setAmounts((as) => as.map((x, j) => (j === i ? v : x)))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {d !== c && <Notice tone="warning">{R.unbalanced(formatRupiah(Math.abs(d - c)))}</Notice>}
      <FailureNotice error={error} />
      <button type="button" className="btn btn--primary" disabled={busy || d !== c} onClick={post}>
        {R.confirmOf(template.description)}
      </button>
    </div>
  )
}

interface Line {
  account: string
  debit: string
  credit: string
}

function TemplateForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const [description, setDescription] = useState('')
  const [day, setDay] = useState('1')
  const [start, setStart] = useState(today().slice(0, 7))
  const [end, setEnd] = useState('')
  const [lines, setLines] = useState<Line[]>([
    { account: '', debit: '', credit: '' },
    { account: '', debit: '', credit: '' }
  ])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const parsed = lines.map((l) => ({ account: l.account, debit: readMoney(l.debit), credit: readMoney(l.credit) }))
    if (parsed.some((p) => !p.debit.ok || !p.credit.ok)) {
      setErrors({ lines: C.needAmount })
      return
    }
    setBusy(true)
    try {
      await invoke('recurring.create', {
        description: description.trim(),
        dayOfMonth: Number(day),
        startMonth: start,
        endMonth: end.trim() || null,
        lines: parsed.map((p) => ({
          account: p.account,
          debit: (p.debit as { value: number }).value,
          credit: (p.credit as { value: number }).value
        }))
      })
      guard.saved()
      onSaved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  const lineErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith('lines'))
    .map(([, m]) => m)
  return (
    <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={R.add}>
      <h2>{R.add}</h2>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <TextField
          label={R.description}
          value={description}
          onChange={setDescription}
          error={errors.description}
          required
        />
        <TextField label={R.day} value={day} onChange={setDay} error={errors.dayOfMonth} inputMode="numeric" required />
        <MonthField label={R.start} value={start} onChange={setStart} error={errors.startMonth} required />
        <MonthField label={R.end} value={end} onChange={setEnd} error={errors.endMonth} optional />
      </div>
      <ScrollRegion>
        <table className="table bk-lines">
          <thead>
            <tr>
              <th>{C.account}</th>
              <th>{R.debit}</th>
              <th>{R.credit}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td>
                  <AccountPicker
                    accounts={(accounts.data ?? []).filter((a) => !a.control)}
                    value={l.account}
                    onChange={(code) => setLine(i, { account: code })}
                    aria-label={C.accountOfLine(i + 1)}
                  />
                </td>
                <td>
                  <MoneyInput
                    value={l.debit}
                    onChange={(v) => setLine(i, { debit: v })}
                    aria-label={R.debitOfLine(i + 1)}
                  />
                </td>
                <td>
                  <MoneyInput
                    value={l.credit}
                    onChange={(v) => setLine(i, { credit: v })}
                    aria-label={R.creditOfLine(i + 1)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {lineErrors.map((m) => (
        <Notice key={m} tone="error">
          {m}
        </Notice>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => setLines((ls) => [...ls, { account: '', debit: '', credit: '' }])}
        >
          {C.addLine}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : R.save}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {C.cancel}
        </button>
      </div>
    </form>
  )
}
