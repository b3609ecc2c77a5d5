import { useState, type FormEvent } from 'react'
import { DENOMINATIONS, type TillSession } from '../../../../shared/commands/till'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { Tabs } from '../../components/Tabs'
import { useSession } from '../../app/session'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { href } from '../../lib/router'
import { SavingsTxForm } from '../savings/SavingsTxForm'
import { SaleView } from '../trading/SaleView'
import { TillReport, TillSummary } from './TillReport'
import { InstalmentDesk } from './InstalmentDesk'

const K = t.till

/** The kasir's (or teller's) own day: open it, serve at the counter, count and hand over. */
export function KasirDesk({ sub }: { sub: string | undefined }) {
  const current = useCommand('till.current', {})
  const s = current.data
  if (current.error) return <FailureNotice error={current.error} />
  if (s === undefined) return <p className="muted">{t.common.loading}</p>
  if (s === null) return <OpenForm onOpened={current.reload} />
  if (s.status !== 'BUKA') {
    return (
      <>
        <Notice tone="info">{K.waiting}</Notice>
        <TillReport session={s} />
      </>
    )
  }
  return <OpenDay session={s} sub={sub} reload={current.reload} />
}

function OpenDay({ session: s, sub, reload }: { session: TillSession; sub: string | undefined; reload: () => void }) {
  const { can } = useSession()
  const tabs = [
    ...(can('sales') ? [{ id: 'penjualan', label: K.tabs.sale }] : []),
    ...(can('desk') ? [{ id: 'simpanan', label: K.tabs.savings }] : []),
    ...(can('instalment') ? [{ id: 'angsuran', label: K.tabs.instalment }] : []),
    { id: 'tutup', label: K.tabs.close },
    { id: 'laporan', label: K.tabs.report }
  ]
  const active = tabs.find((x) => x.id === sub)?.id ?? tabs[0]!.id
  return (
    <>
      <div className="no-print">
        <TillSummary session={s} />
        <Tabs label={K.title} active={active} items={tabs.map((x) => ({ ...x, href: href(`kasir/${x.id}`) }))} />
      </div>
      {active === 'penjualan' && (
        <SaleView desk={{ cashAccount: s.cashAccount.code, unit: s.unit, onPosted: reload }} />
      )}
      {active === 'simpanan' && <SavingsTxForm cashAccount={s.cashAccount.code} onPosted={reload} />}
      {active === 'angsuran' && <InstalmentDesk cashAccount={s.cashAccount.code} onPosted={reload} />}
      {active === 'tutup' && <CloseForm session={s} onClosed={reload} />}
      {active === 'laporan' && <TillReport session={s} />}
    </>
  )
}

function OpenForm({ onOpened }: { onOpened: () => void }) {
  const invoke = useInvoke()
  const { can } = useSession()
  const units = useCommand('units.list', { includeInactive: false })
  const [float, setFloat] = useState('')
  const [unit, setUnit] = useState(can('sales') ? 'SEMBAKO' : '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const date = today()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const m = readMoney(float)
    if (!m.ok) return setErrors({ openingFloat: m.message })
    if (!float.trim()) return setErrors({ openingFloat: K.open.needFloat })
    setBusy(true)
    try {
      await invoke('till.open', { date, openingFloat: m.value, ...(unit ? { unit } : {}) })
      onOpened()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'openingFloat' || f === 'unit'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-label={K.open.title}>
      <h2>{K.open.title}</h2>
      <p>{K.open.lead(formatDateLong(date))}</p>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <MoneyField
          label={K.open.float}
          value={float}
          onChange={setFloat}
          error={errors.openingFloat}
          hint={K.open.floatHint}
          required
        />
        <SelectField
          label={K.open.unit}
          value={unit}
          onChange={setUnit}
          options={[
            { value: '', label: K.open.noUnit },
            ...(units.data ?? []).map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` }))
          ]}
          error={errors.unit}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : K.open.submit}
        </button>
      </div>
    </form>
  )
}

function CloseForm({ session: s, onClosed }: { session: TillSession; onClosed: () => void }) {
  const invoke = useInvoke()
  const C = K.close
  const [counts, setCounts] = useState<Record<number, string>>({})
  const [counted, setCounted] = useState('')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [confirm, setConfirm] = useState<{ counted: number; denominations: { value: number; count: number }[] } | null>(
    null
  )
  const [busy, setBusy] = useState(false)

  const lines = DENOMINATIONS.map((value) => {
    const text = (counts[value] ?? '').trim()
    const n = text === '' ? 0 : /^\d+$/.test(text) ? Number(text) : NaN
    return { value, text, n }
  })
  const bad = lines.find((l) => Number.isNaN(l.n))
  const given = lines.filter((l) => l.n > 0)
  const fromCounts = given.reduce((sum, l) => sum + l.value * l.n, 0)

  const review = (e: FormEvent) => {
    e.preventDefault()
    if (bad) return setErrors({ [`d${bad.value}`]: C.wholeCount })
    const m = counted.trim() ? readMoney(counted) : null
    if (m && !m.ok) return setErrors({ counted: m.message })
    if (!m && given.length === 0) return setErrors({ counted: C.needCount })
    if (m?.ok && given.length > 0 && m.value !== fromCounts)
      return setErrors({ counted: C.mismatch(formatRupiah(m.value), formatRupiah(fromCounts)) })
    setErrors({})
    setConfirm({
      counted: m?.ok ? m.value : fromCounts,
      denominations: given.map((l) => ({ value: l.value, count: l.n }))
    })
  }
  const submit = async () => {
    if (!confirm || busy) return
    setBusy(true)
    try {
      await invoke('till.close', {
        counted: confirm.counted,
        ...(confirm.denominations.length ? { denominations: confirm.denominations } : {}),
        ...(note.trim() ? { note: note.trim() } : {})
      })
      setConfirm(null)
      onClosed()
    } catch (err) {
      setConfirm(null)
      setErrors(failureToErrors(toFailure(err), (f) => f === 'counted'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="card" onSubmit={review} noValidate aria-label={C.title}>
      <h2>{C.title}</h2>
      <p>{C.lead}</p>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <table className="table till-counts" aria-label={C.title}>
        <thead>
          <tr>
            <th>{C.denomination}</th>
            <th>{C.count}</th>
            <th className="trade-right">{C.amount}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.value}>
              <td>{formatRupiah(l.value)}</td>
              <td>
                <input
                  className="input till-count"
                  inputMode="numeric"
                  aria-label={C.countOf(formatRupiah(l.value))}
                  value={counts[l.value] ?? ''}
                  onChange={(e) => setCounts((c) => ({ ...c, [l.value]: e.target.value }))}
                />
                {errors[`d${l.value}`] && <p className="field__error">{errors[`d${l.value}`]}</p>}
              </td>
              <td className="trade-right">{l.n > 0 ? formatRupiah(l.value * l.n) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{C.fromCounts}</td>
            <td className="trade-right" data-testid="till-from-counts">
              {formatRupiah(fromCounts)}
            </td>
          </tr>
        </tfoot>
      </table>
      <div className="form-grid">
        <MoneyField
          label={C.counted}
          value={counted}
          onChange={setCounted}
          error={errors.counted}
          hint={C.countedHint}
          optional
        />
        <TextField label={C.note} value={note} onChange={setNote} optional />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {C.submit}
        </button>
      </div>
      {confirm && (
        <Dialog
          title={C.title}
          onClose={() => setConfirm(null)}
          footer={
            <>
              <button type="button" className="btn btn--secondary" onClick={() => setConfirm(null)}>
                {t.common.cancel}
              </button>
              <button type="button" className="btn btn--primary" disabled={busy} onClick={submit}>
                {busy ? t.common.saving : C.submit}
              </button>
            </>
          }
        >
          <p>{C.confirm(formatRupiah(confirm.counted), formatRupiah(s.expected))}</p>
        </Dialog>
      )}
    </form>
  )
}
