import { useState, type FormEvent } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { lineAmount } from '../../../../shared/trading/cost'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField, MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { CashSelect, T, UnitSelect, qtyInput, readQty } from './common'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'
import { CorrectionsNotice } from './CorrectionsNotice'

const P = T.purchase
interface Row {
  itemId: string
  qty: string
  cost: string
}
const blank = (): Row => ({ itemId: '', qty: '', cost: '' })

/** Pembelian: lines of items at their purchase cost from a supplier, cash or on credit; supplier payables. */
export function PurchaseView() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [unit, setUnit] = useState('SEMBAKO')
  const [date, setDate] = useState(today())
  const [supplierId, setSupplierId] = useState('')
  const [payment, setPayment] = useState<'TUNAI' | 'KREDIT'>('TUNAI')
  const [cash, setCash] = useState('1-1101')
  const [reference, setReference] = useState('')
  const [rows, setRows] = useState<Row[]>([blank()])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const [newSup, setNewSup] = useState({ name: '', phone: '' })
  const suppliers = useCommand('trading.suppliers', {})
  const items = useCommand('trading.items', { unit })
  const itemOptions = (items.data ?? []).map((i) => ({
    value: String(i.id),
    label: `${i.code} · ${i.name} (${i.uom})`
  }))
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  const total = rows.reduce((s, r) => {
    const q = readQty(r.qty)
    const c = readMoney(r.cost)
    return s + (q !== null && c.ok ? lineAmount(q, c.value) : 0)
  }, 0)

  const addSupplier = async () => {
    if (!newSup.name.trim()) return
    try {
      const s = await invoke('trading.saveSupplier', { name: newSup.name, phone: newSup.phone || null })
      setNewSup({ name: '', phone: '' })
      suppliers.reload()
      setSupplierId(String(s.id))
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const own: FieldErrors = {}
    if (!supplierId) own.supplierId = P.needSupplier
    const lines: { itemId: number; qty: string; unitCost: number }[] = []
    rows.forEach((r, i) => {
      if (!r.itemId && !r.qty && !r.cost) return
      const c = readMoney(r.cost)
      if (!r.itemId) own[`lines.${i}.itemId`] = T.needItem
      if (readQty(r.qty) === null) own[`lines.${i}.qty`] = T.needQty
      if (!c.ok) own[`lines.${i}.unitCost`] = c.message
      else lines.push({ itemId: Number(r.itemId), qty: qtyInput(r.qty), unitCost: c.value })
    })
    if (lines.length === 0 && !Object.keys(own).some((k) => k.startsWith('lines.'))) own.lines = T.needLines
    if (Object.keys(own).length) return setErrors(own)
    setBusy(true)
    try {
      const doc = await invoke('trading.purchase', {
        date,
        unit,
        supplierId: Number(supplierId),
        payment,
        cashAccount: cash,
        ...(reference.trim() ? { reference: reference.trim() } : {}),
        lines
      })
      guard.saved()
      setDone(doc)
      setRows([blank()])
      setReference('')
      setErrors({})
      suppliers.reload()
      items.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  const payables = (suppliers.data ?? []).filter((s) => s.payable !== 0)
  return (
    <div className="trade-purchase">
      <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={T.tabs.purchase}>
        {done && (
          <Notice tone="success">
            {T.posted(done.docNo, done.entryNumber)} {T.total}: {formatRupiah(done.amount)}
          </Notice>
        )}
        {done && <CorrectionsNotice key={done.id} docId={done.id} docNo={done.docNo} />}
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        {errors.lines && <Notice tone="error">{errors.lines}</Notice>}
        <div className="form-grid">
          <UnitSelect value={unit} onChange={setUnit} error={errors.unit} only={undefined} />
          <DateField posting label={T.date} value={date} onChange={setDate} error={errors.date} required />
          <SelectField
            label={P.supplier}
            value={supplierId}
            onChange={setSupplierId}
            options={(suppliers.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            placeholder={P.chooseSupplier}
            required
            error={errors.supplierId}
          />
          <SelectField
            label={P.payment}
            value={payment}
            onChange={(v) => setPayment(v as 'TUNAI' | 'KREDIT')}
            options={[
              { value: 'TUNAI', label: P.cash },
              { value: 'KREDIT', label: P.credit }
            ]}
          />
          {payment === 'TUNAI' && <CashSelect value={cash} onChange={setCash} error={errors.cashAccount} />}
          <TextField label={P.reference} value={reference} onChange={setReference} optional />
        </div>
        <ScrollRegion>
          <table className="table trade-lines">
            <thead>
              <tr>
                <th>{T.items.name}</th>
                <th>{T.qty}</th>
                <th>{P.unitCost}</th>
                <th className="trade-right">{T.total}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const q = readQty(r.qty)
                const c = readMoney(r.cost)
                return (
                  <tr key={i}>
                    <td>
                      <select
                        className="input select"
                        aria-label={`${T.items.name} ${i + 1}`}
                        value={r.itemId}
                        onChange={(e) => setRow(i, { itemId: e.target.value })}
                      >
                        <option value="">{T.needItem}</option>
                        {itemOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                      {errors[`lines.${i}.itemId`] && <p className="field__error">{errors[`lines.${i}.itemId`]}</p>}
                    </td>
                    <td>
                      <input
                        className="input trade-qty"
                        aria-label={`${T.qty} ${i + 1}`}
                        inputMode="decimal"
                        value={r.qty}
                        onChange={(e) => setRow(i, { qty: e.target.value })}
                      />
                      {errors[`lines.${i}.qty`] && <p className="field__error">{errors[`lines.${i}.qty`]}</p>}
                    </td>
                    <td>
                      <MoneyInput
                        aria-label={`${P.unitCost} ${i + 1}`}
                        value={r.cost}
                        onChange={(v) => setRow(i, { cost: v })}
                        error={errors[`lines.${i}.unitCost`]}
                      />
                    </td>
                    <td className="trade-right">{q !== null && c.ok ? formatRupiah(lineAmount(q, c.value)) : ''}</td>
                    <td>
                      {rows.length > 1 && (
                        <button
                          type="button"
                          className="btn btn--ghost btn--sm"
                          onClick={() => setRows((rs) => rs.filter((_x, k) => k !== i))}
                        >
                          {T.removeLine}
                        </button>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={3}>{T.total}</td>
                <td className="trade-right" data-testid="purchase-total">
                  {formatRupiah(total)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
        <div className="form-actions">
          <button type="button" className="btn btn--secondary" onClick={() => setRows((rs) => [...rs, blank()])}>
            {T.addLine}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : P.submit}
          </button>
        </div>
      </form>
      <div className="card trade-supplier-new">
        <h3>{P.newSupplier}</h3>
        <div className="form-grid">
          <TextField
            label={P.supplierName}
            value={newSup.name}
            onChange={(v) => setNewSup((s) => ({ ...s, name: v }))}
          />
          <TextField
            label={P.supplierPhone}
            value={newSup.phone}
            onChange={(v) => setNewSup((s) => ({ ...s, phone: v }))}
            optional
          />
        </div>
        <div className="form-actions">
          <button type="button" className="btn btn--secondary" onClick={addSupplier}>
            {P.addSupplier}
          </button>
        </div>
      </div>
      <h3>{P.payables}</h3>
      <DataTable
        aria-label={P.payables}
        rows={payables}
        rowKey={(r) => r.id}
        empty={P.noPayables}
        columns={[
          { key: 'name', header: P.supplier, render: (r) => r.name },
          { key: 'payable', header: T.total, render: (r) => formatRupiah(r.payable), align: 'right', nowrap: true },
          {
            key: 'pay',
            header: '',
            render: (r) => <PayButton supplierId={r.id} max={r.payable} onDone={() => suppliers.reload()} />
          }
        ]}
      />
    </div>
  )
}

function PayButton({ supplierId, max, onDone }: { supplierId: number; max: number; onDone: () => void }) {
  const invoke = useInvoke()
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState('')
  const [error, setError] = useState<string | undefined>()
  if (!open)
    return (
      <button type="button" className="btn btn--secondary btn--sm" onClick={() => setOpen(true)}>
        {P.paySupplier}
      </button>
    )
  const pay = async () => {
    const a = readMoney(amount)
    if (!a.ok || a.value <= 0 || a.value > max) return setError(a.ok ? T.needAmount : a.message)
    try {
      await invoke('trading.paySupplier', { date: today(), supplierId, amount: a.value })
      setOpen(false)
      onDone()
    } catch (err) {
      setError(toFailure(err).message)
    }
  }
  return (
    <span className="trade-actions">
      <MoneyField label={P.payAmount} value={amount} onChange={setAmount} error={error} />
      <button type="button" className="btn btn--primary btn--sm" onClick={pay}>
        {T.post}
      </button>
    </span>
  )
}
