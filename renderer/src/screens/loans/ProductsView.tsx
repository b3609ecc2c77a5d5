import { useState, type FormEvent } from 'react'
import { EARLY_PAYOFF_JASA, type EarlyPayoffJasa, type LoanProduct } from '../../../../shared/commands/loans'
import { formatDateShort } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { percentId, percentInput } from './ScheduleTable'
import { useFormGuard } from '../../lib/unsaved'

const T = t.loans
const P = T.products
type Method = LoanProduct['method']

interface Draft {
  code: string
  effectiveFrom: string
  name: string
  method: Method
  rate: string
  maxTenor: string
  maxAmount: string
  provisi: string
  adminFee: string
  dendaMode: LoanProduct['dendaMode']
  dendaValue: string
  graceDays: string
  roundUpTo: string
  receivable: LoanProduct['receivable']
  earlyPayoffJasa: EarlyPayoffJasa
  earlyPayoffPenaltyMonths: string
}

function draftOf(p: LoanProduct | null): Draft {
  return p
    ? {
        code: p.code,
        effectiveFrom: today(),
        name: p.name,
        method: p.method,
        rate: percentId(p.ratePerMonth),
        maxTenor: String(p.maxTenor),
        maxAmount: moneyFieldText(p.maxAmount),
        provisi: percentId(p.provisiPercent),
        adminFee: moneyFieldText(p.adminFee),
        dendaMode: p.dendaMode,
        dendaValue: percentId(p.dendaValue),
        graceDays: String(p.graceDays),
        roundUpTo: String(p.roundUpTo),
        receivable: p.receivable,
        earlyPayoffJasa: p.earlyPayoffJasa ?? 'BULAN_BERJALAN',
        earlyPayoffPenaltyMonths: String(p.earlyPayoffPenaltyMonths ?? 0)
      }
    : {
        code: '',
        effectiveFrom: today(),
        name: '',
        method: 'flat',
        rate: '1,5',
        maxTenor: '24',
        maxAmount: '',
        provisi: '1',
        adminFee: '0',
        dendaMode: 'PER_HARI',
        dendaValue: '0,1',
        graceDays: '3',
        roundUpTo: '0',
        receivable: 'PINJAMAN_KONSUMTIF',
        earlyPayoffJasa: 'BULAN_BERJALAN',
        earlyPayoffPenaltyMonths: '0'
      }
}

/** Produk pinjaman: the terms in force, and (for admin) a form to set new terms from a date. */
export function ProductsView() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const mayEdit = useSession().canRun('loans.setProduct')
  const list = useCommand('loans.products', {})
  const [d, setD] = useState<Draft>(() => draftOf(null))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState('')
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setD((x) => ({ ...x, [k]: v }))
    setSaved('')
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const max = readMoney(d.maxAmount)
    const fee = readMoney(d.adminFee || '0')
    const penalty = /^[0-3]$/.test(d.earlyPayoffPenaltyMonths.trim()) ? Number(d.earlyPayoffPenaltyMonths.trim()) : null
    if (!max.ok || !fee.ok || penalty === null) {
      setErrors({
        ...(max.ok ? {} : { maxAmount: max.message }),
        ...(fee.ok ? {} : { adminFee: fee.message }),
        ...(penalty === null ? { earlyPayoffPenaltyMonths: P.needPenalty } : {})
      })
      return
    }
    setBusy(true)
    try {
      const p = await invoke('loans.setProduct', {
        code: d.code.trim().toUpperCase(),
        effectiveFrom: d.effectiveFrom,
        name: d.name.trim(),
        method: d.method,
        ratePerMonth: percentInput(d.rate),
        maxTenor: Number(d.maxTenor),
        maxAmount: max.value,
        provisiPercent: percentInput(d.provisi || '0'),
        adminFee: fee.value,
        dendaMode: d.dendaMode,
        dendaValue: percentInput(d.dendaValue),
        graceDays: Number(d.graceDays),
        roundUpTo: Number(d.roundUpTo) as 0 | 100 | 1000,
        receivable: d.receivable,
        earlyPayoffJasa: d.earlyPayoffJasa,
        earlyPayoffPenaltyMonths: penalty
      })
      guard.saved()
      setErrors({})
      setSaved(P.saved(p.code))
      list.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="loan-products">
      <FailureNotice error={list.error} />
      <DataTable<LoanProduct>
        aria-label={P.caption}
        loading={list.loading}
        rows={list.data ?? []}
        rowKey={(p) => p.code}
        empty={P.empty}
        onRowClick={
          mayEdit
            ? (p) => {
                setD(draftOf(p))
                setErrors({})
              }
            : undefined
        }
        columns={[
          { key: 'code', header: P.code, render: (p) => <span className="mono">{p.code}</span> },
          { key: 'name', header: P.name, render: (p) => p.name },
          { key: 'from', header: P.effectiveFrom, render: (p) => formatDateShort(p.effectiveFrom), nowrap: true },
          { key: 'method', header: T.method, render: (p) => T.methods[p.method] },
          { key: 'rate', header: T.rate, render: (p) => `${percentId(p.ratePerMonth)} %`, align: 'right' },
          { key: 'tenor', header: P.maxTenor, render: (p) => p.maxTenor, align: 'right' },
          { key: 'max', header: P.maxAmount, render: (p) => formatRupiah(p.maxAmount), align: 'right', nowrap: true },
          {
            key: 'early',
            header: P.earlyPayoffJasa,
            render: (p) =>
              P.earlyPayoffShort(
                P.earlyPayoffJasas[p.earlyPayoffJasa ?? 'BULAN_BERJALAN'] ?? '',
                p.earlyPayoffPenaltyMonths ?? 0
              )
          }
        ]}
      />
      {!mayEdit && <Notice tone="info">{P.adminOnly}</Notice>}
      {mayEdit && (
        <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={P.save}>
          {saved && <Notice tone="success">{saved}</Notice>}
          {errors[''] && <Notice tone="error">{errors['']}</Notice>}
          <div className="form-grid">
            <TextField label={P.code} value={d.code} onChange={(v) => set('code', v)} error={errors.code} required />
            <TextField label={P.name} value={d.name} onChange={(v) => set('name', v)} error={errors.name} required />
            <DateField
              label={P.effectiveFrom}
              value={d.effectiveFrom}
              onChange={(v) => set('effectiveFrom', v)}
              error={errors.effectiveFrom}
              required
            />
            <SelectField
              label={T.method}
              term="metode-flat"
              value={d.method}
              onChange={(v) => set('method', v as Method)}
              options={(['flat', 'efektif', 'anuitas'] as const).map((m) => ({ value: m, label: T.methods[m]! }))}
              error={errors.method}
            />
            <TextField
              label={T.rate}
              term="jasa-pinjaman"
              value={d.rate}
              onChange={(v) => set('rate', v)}
              error={errors.ratePerMonth}
              inputMode="decimal"
              required
            />
            <TextField
              label={P.maxTenor}
              term="tenor"
              value={d.maxTenor}
              onChange={(v) => set('maxTenor', v)}
              error={errors.maxTenor}
              inputMode="numeric"
              required
            />
            <MoneyField
              label={P.maxAmount}
              term="plafon"
              value={d.maxAmount}
              onChange={(v) => set('maxAmount', v)}
              error={errors.maxAmount}
              required
            />
            <TextField
              label={P.provisi}
              term="provisi"
              value={d.provisi}
              onChange={(v) => set('provisi', v)}
              error={errors.provisiPercent}
              inputMode="decimal"
            />
            <MoneyField
              label={P.adminFee}
              value={d.adminFee}
              onChange={(v) => set('adminFee', v)}
              error={errors.adminFee}
            />
            <SelectField
              label={P.dendaMode}
              term="denda"
              value={d.dendaMode}
              onChange={(v) => set('dendaMode', v as Draft['dendaMode'])}
              options={(['PER_HARI', 'TETAP'] as const).map((m) => ({ value: m, label: P.dendaModes[m]! }))}
            />
            <TextField
              label={P.dendaValue}
              value={d.dendaValue}
              onChange={(v) => set('dendaValue', v)}
              error={errors.dendaValue}
              inputMode="decimal"
            />
            <TextField
              label={P.graceDays}
              term="masa-tenggang"
              value={d.graceDays}
              onChange={(v) => set('graceDays', v)}
              error={errors.graceDays}
              inputMode="numeric"
            />
            <SelectField
              label={T.rounding}
              term="angsuran"
              value={d.roundUpTo}
              onChange={(v) => set('roundUpTo', v)}
              options={(['0', '100', '1000'] as const).map((m) => ({ value: m, label: T.roundings[m]! }))}
            />
            <SelectField
              label={P.receivable}
              value={d.receivable}
              onChange={(v) => set('receivable', v as Draft['receivable'])}
              options={(['PINJAMAN_KONSUMTIF', 'PINJAMAN_PRODUKTIF'] as const).map((m) => ({
                value: m,
                label: P.receivables[m]!
              }))}
            />
            <SelectField
              label={P.earlyPayoffJasa}
              term="pelunasan-dipercepat"
              value={d.earlyPayoffJasa}
              onChange={(v) => set('earlyPayoffJasa', v as EarlyPayoffJasa)}
              options={EARLY_PAYOFF_JASA.map((m) => ({ value: m, label: P.earlyPayoffJasas[m]! }))}
              error={errors.earlyPayoffJasa}
            />
            <SelectField
              label={P.earlyPayoffPenalty}
              value={d.earlyPayoffPenaltyMonths}
              onChange={(v) => set('earlyPayoffPenaltyMonths', v)}
              options={['0', '1', '2', '3'].map((m) => ({ value: m, label: m }))}
              error={errors.earlyPayoffPenaltyMonths}
              hint={P.earlyPayoffPenaltyHint}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {busy ? t.common.saving : P.save}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
