import { useState, type FormEvent } from 'react'
import type { ShuReceipt, ShuSimulation } from '../../../../shared/commands/shu'
import { formatDateLong } from '../../lib/dateText'
import { formatNumberId, formatRupiah } from '../../../../shared/money/rupiah'
import { Dialog } from '../../components/Dialog'
import { JournalLinesPreview } from '../../components/JournalLinesPreview'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { CashAccountField } from '../../components/CashAccountField'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'

const T = t.shu

/** One printable receipt per member paid. */
export function ShuReceipts({ receipts }: { receipts: ShuReceipt[] }) {
  return (
    <div className="shu-receipts" data-testid="shu-receipts">
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {T.printReceipts}
        </button>
      </div>
      {receipts.map((r) => (
        <article key={r.memberId} className="shu-receipt">
          <h4>{T.receiptTitle}</h4>
          <p>
            {r.entryNumber} · {formatDateLong(r.date)}
          </p>
          <p>
            {r.memberNo} — {r.name}
          </p>
          <p>
            {T.receiptFor(r.year)} ({T.methods[r.method]})
          </p>
          <p className="shu-receipt__amount">{formatRupiah(r.amount)}</p>
          <p>
            <em>
              {T.receiptWords}: {r.amountInWords}
            </em>
          </p>
          <div className="shu-receipt__sign">
            <span>{T.receiptReceiver}</span>
            <span>{T.receiptTreasurer}</span>
          </div>
        </article>
      ))}
    </div>
  )
}

/** After the RAT: book the decided allocation, then pay members (cash or to sukarela) with receipts. */
export function ShuAfterRat({
  year,
  sim,
  onChanged
}: {
  year: number
  sim: ShuSimulation | undefined
  onChanged: () => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const posted = sim?.posted ?? null
  const [date, setDate] = useState(today())
  const [ref, setRef] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [done, setDone] = useState('')
  const [busy, setBusy] = useState(false)
  const [onlyUnpaid, setOnlyUnpaid] = useState(true)
  const payables = useCommand('shu.payables', posted ? { year, status: onlyUnpaid ? 'BELUM' : 'SEMUA' } : null)
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [method, setMethod] = useState<'TUNAI' | 'SIMPANAN_SUKARELA'>('TUNAI')
  const [cash, setCash] = useState('1-1101')
  const [payDate, setPayDate] = useState(today())
  const [receipts, setReceipts] = useState<ShuReceipt[]>([])

  const [confirming, setConfirming] = useState(false)
  const preview = useCommand('shu.postPreview', confirming && date ? { year, date } : null)
  const ask = (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    if (!date) {
      setErrors({ date: T.needDate })
      return
    }
    setErrors({})
    setConfirming(true)
  }
  const post = async () => {
    if (busy) return
    setConfirming(false)
    setBusy(true)
    try {
      const r = await invoke('shu.post', { year, date, decisionRef: ref.trim() || null })
      guard.saved()
      setDone(T.postDone(r.entry.number))
      setErrors({})
      onChanged()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  const pay = async (all: boolean) => {
    if (busy) return
    if (!all && selected.size === 0) {
      setErrors({ memberIds: T.needSelection })
      return
    }
    setBusy(true)
    try {
      const r = await invoke('shu.pay', {
        year,
        date: payDate,
        memberIds: all ? 'all' : [...selected],
        method,
        cashAccount: cash
      })
      setReceipts(r.receipts)
      setDone(T.payDone(r.count, formatRupiah(r.total)))
      setSelected(new Set())
      setErrors({})
      payables.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  if (!posted) {
    return (
      <form {...guard.props} className="card shu-post" onSubmit={ask} noValidate aria-label={T.postTitle}>
        <h3>{T.postTitle}</h3>
        <p className="field__hint">{T.postHint}</p>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        {errors.year && <Notice tone="error">{errors.year}</Notice>}
        {done && <Notice tone="success">{done}</Notice>}
        <div className="form-grid">
          <DateField posting label={T.ratDate} value={date} onChange={setDate} error={errors.date} required />
          <TextField label={T.ratDecision} value={ref} onChange={setRef} error={errors.decisionRef} optional />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy || !sim || sim.loss}>
            {T.post}
          </button>
        </div>
        {confirming && (
          <Dialog
            title={T.confirmPostTitle(year)}
            onClose={() => setConfirming(false)}
            wide
            footer={
              <>
                <button type="button" className="btn btn--ghost" onClick={() => setConfirming(false)}>
                  {t.common.cancel}
                </button>
                <button
                  type="button"
                  className="btn btn--primary"
                  onClick={() => void post()}
                  disabled={!preview.data || preview.data.problems.length > 0}
                  data-autofocus
                >
                  {T.confirmPost}
                </button>
              </>
            }
          >
            <FailureNotice error={preview.error} />
            {!preview.data && !preview.error && <p>{t.confirmations.loading}</p>}
            {preview.data && (
              <div data-testid="shu-post-preview">
                <p>{T.confirmPostLead(formatDateLong(preview.data.date), formatRupiah(preview.data.shuAfterTax))}</p>
                <p data-testid="shu-post-members">
                  {T.confirmPostMembers(
                    formatNumberId(preview.data.members.count),
                    formatRupiah(preview.data.members.total),
                    formatNumberId(preview.data.members.excluded)
                  )}
                </p>
                {preview.data.lines.length > 0 && (
                  <JournalLinesPreview
                    label={t.confirmations.journal}
                    lines={preview.data.lines.map((l) => ({
                      code: l.account,
                      name: l.memo ?? l.name,
                      unit: l.unit ?? null,
                      debit: l.debit,
                      credit: l.credit
                    }))}
                  />
                )}
                {preview.data.problems.length > 0 && (
                  <Notice tone="warning" title={t.confirmations.problems}>
                    <ul>
                      {preview.data.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </Notice>
                )}
              </div>
            )}
          </Dialog>
        )}
      </form>
    )
  }

  const rows = payables.data?.rows ?? []
  return (
    <section className="card shu-pay" aria-label={T.payTitle}>
      <Notice tone="info">{T.posted(formatDateLong(posted.date), posted.entryNumber)}</Notice>
      {done && <Notice tone="success">{done}</Notice>}
      {(errors[''] || errors.memberIds || errors.year || errors.method) && (
        <Notice tone="error">{errors[''] ?? errors.memberIds ?? errors.year ?? errors.method}</Notice>
      )}
      <FailureNotice error={payables.error} />
      <h3>{T.payTitle}</h3>
      <div className="form-grid no-print">
        <DateField posting label={T.payDate} value={payDate} onChange={setPayDate} error={errors.date} required />
        <SelectField
          label={T.method}
          value={method}
          onChange={(v) => setMethod(v as typeof method)}
          options={Object.entries(T.methods).map(([value, label]) => ({ value, label }))}
        />
        {method === 'TUNAI' && (
          <CashAccountField label={T.cashAccount} value={cash} onChange={setCash} error={errors.cashAccount} />
        )}
      </div>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => pay(true)}>
          {T.pay}: {T.payAll}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy || selected.size === 0}
          onClick={() => pay(false)}
        >
          {T.pay}: {T.paySelected(selected.size)}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => window.print()}>
          {T.printUnpaid}
        </button>
      </div>
      <CheckboxField label={T.unpaidOnly} checked={onlyUnpaid} onChange={setOnlyUnpaid} />
      <DataTable
        aria-label={T.sections.payables}
        caption={T.sections.payables}
        className="shu-payables"
        rows={rows}
        rowKey={(r) => r.memberId}
        columns={[
          {
            key: 'sel',
            header: T.select,
            render: (r) =>
              r.unpaid > 0 ? (
                <input
                  type="checkbox"
                  aria-label={`${T.select} ${r.name}`}
                  checked={selected.has(r.memberId)}
                  onChange={(e) =>
                    setSelected((s) => {
                      const n = new Set(s)
                      if (e.target.checked) n.add(r.memberId)
                      else n.delete(r.memberId)
                      return n
                    })
                  }
                />
              ) : null
          },
          { key: 'no', header: T.memberNo, render: (r) => r.memberNo, nowrap: true },
          { key: 'name', header: T.name, render: (r) => r.name },
          { key: 'amt', header: T.total, render: (r) => <Amount value={r.amount} />, align: 'right', nowrap: true },
          {
            key: 'st',
            header: T.status,
            render: (r) =>
              r.unpaid > 0
                ? T.unpaid
                : `${T.paid} ${r.paidAt ? formatDateLong(r.paidAt) : ''} (${r.method ? T.methods[r.method] : ''})`
          }
        ]}
        footer={
          payables.data ? (
            <tr>
              <th scope="row" colSpan={3}>
                {T.unpaid}
              </th>
              <td className="is-right">
                <Amount value={payables.data.unpaid} />
              </td>
              <td />
            </tr>
          ) : undefined
        }
      />
      {receipts.length > 0 && <ShuReceipts receipts={receipts} />}
    </section>
  )
}
