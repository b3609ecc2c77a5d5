import { useState, type FormEvent } from 'react'
import type { ScheduleRow } from '../../../../shared/commands/bookkeeping'
import { formatMonth } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable, type Column } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { isCashAccount } from './CashBookView'
import { useFormGuard } from '../../lib/unsaved'

const A = t.bookkeeping.assets

/** One asset: its depreciation schedule and, while active, the disposal form. */
export function AssetDetail({
  assetId,
  onClose,
  onChanged
}: {
  assetId: number
  onClose: () => void
  onChanged: () => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const q = useCommand('assets.schedule', { assetId })
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const [kind, setKind] = useState('JUAL')
  const [date, setDate] = useState(today())
  const [proceeds, setProceeds] = useState('')
  const [cash, setCash] = useState('1-1101')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const cols: Column<ScheduleRow>[] = [
    { key: 'm', header: A.scheduleCol.month, render: (r) => formatMonth(r.month), nowrap: true },
    {
      key: 'a',
      header: A.scheduleCol.amount,
      render: (r) => <Amount value={r.amount} />,
      align: 'right',
      nowrap: true
    },
    {
      key: 'c',
      header: A.scheduleCol.accumulated,
      render: (r) => <Amount value={r.accumulated} />,
      align: 'right',
      nowrap: true
    },
    {
      key: 'b',
      header: A.scheduleCol.book,
      render: (r) => <Amount value={r.bookValue} />,
      align: 'right',
      nowrap: true
    },
    {
      key: 'e',
      header: A.scheduleCol.entry,
      render: (r) => <span className="mono">{r.entryNumber ?? ''}</span>,
      nowrap: true
    }
  ]
  const dispose = async (e: FormEvent) => {
    e.preventDefault()
    const p = readMoney(proceeds)
    if (!p.ok) {
      setErrors({ proceeds: p.message })
      return
    }
    if (busy) return
    setBusy(true)
    try {
      const r = await invoke('assets.dispose', {
        assetId,
        date,
        kind: kind as 'JUAL' | 'HAPUS',
        proceeds: p.value,
        cashAccount: cash,
        note: note.trim() || null
      })
      guard.saved()
      setDone(A.disposed(r.disposal.entry.number, formatRupiah(r.disposal.gain), formatRupiah(r.disposal.loss)))
      setErrors({})
      q.reload()
      onChanged()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  const a = q.data?.asset
  return (
    <section className="card bk-asset-detail" aria-label={a ? A.schedule(a.assetNo) : undefined}>
      <FailureNotice error={q.error} />
      {a && (
        <>
          <h2>{A.schedule(`${a.assetNo} ${a.name}`)}</h2>
          <DataTable columns={cols} rows={q.data!.rows} rowKey={(r) => r.month} empty="—" />
          {done && <Notice tone="success">{done}</Notice>}
          {a.status === 'AKTIF' && (
            <form {...guard.props} onSubmit={dispose} noValidate aria-label={A.dispose}>
              <h3>{A.dispose}</h3>
              {errors[''] && <Notice tone="error">{errors['']}</Notice>}
              <div className="form-grid">
                <SelectField
                  label={A.disposeKind}
                  value={kind}
                  onChange={setKind}
                  options={Object.entries(A.disposeKinds).map(([value, label]) => ({ value, label }))}
                />
                <DateField posting label={A.disposeDate} value={date} onChange={setDate} error={errors.date} />
                <MoneyField
                  label={A.proceeds}
                  value={proceeds}
                  onChange={setProceeds}
                  error={errors.proceeds}
                  optional
                />
                <SelectField
                  label={A.cashAccount}
                  value={cash}
                  onChange={setCash}
                  error={errors.cashAccount}
                  options={(accounts.data ?? [])
                    .filter((x) => isCashAccount(x.code))
                    .map((x) => ({ value: x.code, label: `${x.code} · ${x.name}` }))}
                />
                <TextField label={A.note} value={note} onChange={setNote} optional />
              </div>
              <div className="form-actions">
                <button type="submit" className="btn btn--primary" disabled={busy}>
                  {A.dispose}
                </button>
              </div>
            </form>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {A.close}
        </button>
      </div>
    </section>
  )
}
