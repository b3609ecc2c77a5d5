import { useState, type FormEvent } from 'react'
import type { DepreciationRun, FixedAsset } from '../../../../shared/commands/bookkeeping'
import { formatDateLong, formatMonth } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { AccountField } from '../../components/AccountPicker'
import { Amount } from '../../components/Amount'
import { DataTable, type Column } from '../../components/DataTable'
import { DateField, MonthField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today, lastEndedMonth } from '../../lib/dates'
import { AssetDetail } from './AssetDetail'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { BookExport } from '../../components/BookExport'
import { useFormGuard } from '../../lib/unsaved'

const A = t.bookkeeping.assets
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** Register of fixed assets with book values, a form to add one, and the monthly depreciation run. */
export function AssetsView() {
  const [asOf, setAsOf] = useState(today())
  const [adding, setAdding] = useState(false)
  const [saved, setSaved] = useState<FixedAsset | null>(null)
  const [detail, setDetail] = useState<number | null>(null)
  const reg = useCommand('assets.list', asOf ? { asOf } : {})
  const cols: Column<FixedAsset>[] = [
    { key: 'no', header: A.col.no, render: (a) => <span className="mono">{a.assetNo}</span>, nowrap: true },
    { key: 'name', header: A.col.name, render: (a) => a.name },
    { key: 'group', header: A.col.group, render: (a) => A.groups[a.group] },
    { key: 'acq', header: A.col.acquired, render: (a) => formatDateLong(a.acquiredAt), nowrap: true },
    { key: 'cost', header: A.col.cost, render: (a) => <Amount value={a.cost} />, align: 'right', nowrap: true },
    {
      key: 'acc',
      header: A.col.accumulated,
      render: (a) => <Amount value={a.accumulated} dashZero />,
      align: 'right',
      nowrap: true
    },
    { key: 'book', header: A.col.book, render: (a) => <Amount value={a.bookValue} />, align: 'right', nowrap: true },
    {
      key: 'monthly',
      header: A.col.monthly,
      render: (a) => <Amount value={a.monthlyDepreciation} dashZero />,
      align: 'right',
      nowrap: true
    },
    { key: 'status', header: A.col.status, render: (a) => A.status[a.status] }
  ]
  const r = reg.data
  const mismatched = r?.byGroup.filter((g) => g.cost !== g.ledgerCost || g.accumulated !== g.ledgerAccumulated) ?? []
  return (
    <div className="bk-assets">
      {saved && <Notice tone="success">{A.saved(saved.assetNo)}</Notice>}
      <DepreciationPanel onPosted={() => reg.reload()} />
      <div className="card">
        <div className="form-grid">
          <DateField label={A.asOf} value={asOf} onChange={setAsOf} />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              setSaved(null)
              setAdding(!adding)
            }}
          >
            {A.add}
          </button>
        </div>
      </div>
      <BookExport input={{ book: 'DAFTAR_ASET', asOf }} disabled={!asOf || !r} />
      {adding && (
        <AssetForm
          onSaved={(a) => {
            setSaved(a)
            setAdding(false)
            reg.reload()
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <FailureNotice error={reg.error} />
      {r && (
        <DataTable
          aria-label={A.register}
          columns={cols}
          rows={r.assets}
          rowKey={(a) => a.id}
          onRowClick={(a) => setDetail(a.id)}
          empty={A.empty}
          loading={reg.loading}
          footer={
            <tr>
              <td colSpan={4}>{t.bookkeeping.common.total}</td>
              <td className="bk-num">
                <Amount value={r.totals.cost} />
              </td>
              <td className="bk-num">
                <Amount value={r.totals.accumulated} />
              </td>
              <td className="bk-num">
                <Amount value={r.totals.bookValue} />
              </td>
              <td colSpan={2} />
            </tr>
          }
        />
      )}
      {detail !== null && (
        <AssetDetail key={detail} assetId={detail} onClose={() => setDetail(null)} onChanged={() => reg.reload()} />
      )}
      {mismatched.map((g) => (
        <Notice key={g.group} tone="warning">
          {A.ledgerDiff(A.groups[g.group]!)}
        </Notice>
      ))}
    </div>
  )
}

function DepreciationPanel({ onPosted }: { onPosted: () => void }) {
  const invoke = useInvoke()
  const [month, setMonth] = useState(lastEndedMonth())
  const valid = MONTH.test(month)
  const preview = useCommand('assets.depreciationPreview', valid ? { month } : null)
  const [result, setResult] = useState<DepreciationRun | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (!valid || busy) return
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const r = await invoke('assets.depreciate', { month })
      setResult(r)
      preview.reload()
      onPosted()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  const p = preview.data
  return (
    <section className="card bk-depreciation" aria-label={A.depreciation}>
      <h2>{A.depreciation}</h2>
      <p className="muted">{A.depreciationHint}</p>
      <div className="form-grid">
        <MonthField
          label={A.monthLabel}
          value={month}
          onChange={(v) => {
            setMonth(v)
            setResult(null)
            setError(null)
          }}
        />
      </div>
      {valid && p && (
        <p data-testid="depreciation-preview">
          {formatMonth(month)}: {A.preview(p.lines.length, formatRupiah(p.total))}
          {p.entry && <> · {A.alreadyPosted(p.entry.number)}</>}
        </p>
      )}
      {result && result.entry && (
        <Notice tone="success">
          <span data-testid="depreciation-result">{A.ran(result.entry.number, formatRupiah(result.total))}</span>
        </Notice>
      )}
      <FailureNotice error={error} />
      <div className="form-actions">
        <button type="button" className="btn btn--primary" disabled={!valid || busy} onClick={run}>
          {busy ? t.common.saving : A.run}
        </button>
      </div>
    </section>
  )
}

function AssetForm({ onSaved, onCancel }: { onSaved: (a: FixedAsset) => void; onCancel: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const units = useCommand('units.list', { includeInactive: false })
  const [name, setName] = useState('')
  const [group, setGroup] = useState('PERALATAN')
  const [acquiredAt, setAcquiredAt] = useState(today())
  const [cost, setCost] = useState('')
  const [residual, setResidual] = useState('')
  const [life, setLife] = useState('48')
  const [unit, setUnit] = useState('')
  const [location, setLocation] = useState('')
  const [mode, setMode] = useState('BELI')
  const [creditAccount, setCreditAccount] = useState('1-1101')
  const [openingAcc, setOpeningAcc] = useState('')
  const [openingThrough, setOpeningThrough] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const c = readMoney(cost)
    const rs = readMoney(residual)
    const oa = readMoney(openingAcc)
    const own: FieldErrors = {}
    if (!name.trim()) own.name = t.bookkeeping.common.needText
    if (!c.ok) own.cost = c.message
    else if (c.value <= 0) own.cost = t.bookkeeping.common.needAmount
    if (!rs.ok) own.residual = rs.message
    if (!oa.ok) own.openingAccumulated = oa.message
    const n = Number(group === 'TANAH' ? '0' : life)
    if (!Number.isInteger(n) || n < 0) own.lifeMonths = A.lifeHint
    if (Object.keys(own).length > 0 || !c.ok || !rs.ok || !oa.ok) {
      setErrors(own)
      return
    }
    setBusy(true)
    try {
      const a = await invoke('assets.create', {
        name: name.trim(),
        group: group as FixedAsset['group'],
        acquiredAt,
        cost: c.value,
        residual: rs.value,
        lifeMonths: n,
        unit: unit || null,
        location: location.trim() || null,
        mode: mode as 'BELI' | 'SALDO_AWAL',
        ...(mode === 'BELI'
          ? { creditAccount }
          : { openingAccumulated: oa.value, openingThrough: openingThrough.trim() || null })
      })
      guard.saved()
      onSaved(a)
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={A.add}>
      <h2>{A.add}</h2>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <TextField label={A.name} value={name} onChange={setName} error={errors.name} required />
        <SelectField
          label={A.group}
          term="aset-tetap"
          value={group}
          onChange={setGroup}
          error={errors.group}
          options={Object.entries(A.groups).map(([value, label]) => ({ value, label }))}
        />
        <DateField
          posting
          label={A.acquiredAt}
          value={acquiredAt}
          onChange={setAcquiredAt}
          error={errors.acquiredAt}
          required
        />
        <MoneyField label={A.cost} value={cost} onChange={setCost} error={errors.cost} required />
        <MoneyField label={A.residual} value={residual} onChange={setResidual} error={errors.residual} optional />
        {group !== 'TANAH' && (
          <TextField
            label={A.life}
            term="penyusutan"
            value={life}
            onChange={setLife}
            error={errors.lifeMonths}
            inputMode="numeric"
            required
          />
        )}
        <SelectField
          label={t.bookkeeping.common.unit}
          value={unit}
          onChange={setUnit}
          error={errors.unit}
          options={[
            { value: '', label: t.bookkeeping.common.noUnit },
            ...(units.data ?? []).map((u) => ({ value: u.code, label: u.name }))
          ]}
        />
        <TextField label={A.location} value={location} onChange={setLocation} error={errors.location} optional />
        <SelectField
          label={A.mode}
          value={mode}
          onChange={setMode}
          options={Object.entries(A.modes).map(([value, label]) => ({ value, label }))}
        />
        {mode === 'BELI' ? (
          <AccountField
            label={A.creditAccount}
            accounts={(accounts.data ?? []).filter((a) => !a.control)}
            value={creditAccount}
            onChange={setCreditAccount}
            error={errors.creditAccount}
          />
        ) : (
          <>
            <MoneyField
              label={A.openingAccumulated}
              value={openingAcc}
              onChange={setOpeningAcc}
              error={errors.openingAccumulated}
              optional
            />
            <MonthField
              label={A.openingThrough}
              value={openingThrough}
              onChange={setOpeningThrough}
              error={errors.openingThrough}
              optional
            />
          </>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : A.save}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t.bookkeeping.common.cancel}
        </button>
      </div>
    </form>
  )
}
