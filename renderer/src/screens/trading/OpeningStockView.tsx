import { useState, type FormEvent } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatDateShort } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { lineAmount } from '../../../../shared/trading/cost'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { SelectField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { ScrollRegion } from '../../components/ScrollRegion'
import { t } from '../../i18n'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { useFormGuard } from '../../lib/unsaved'
import { CorrectionsNotice } from './CorrectionsNotice'
import { T, UnitSelect, qtyInput, readQty } from './common'

const O = T.opening
interface Row {
  itemId: string
  qty: string
  cost: string
}
const blank = (): Row => ({ itemId: '', qty: '', cost: '' })

/** Stok awal: quantity and unit cost per item at the books' start or the unit's start. */
export function OpeningStockView() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const { profile } = useBook()
  const [unit, setUnit] = useState('SEMBAKO')
  const [date, setDate] = useState(profile.booksStartDate)
  const [offset, setOffset] = useState('')
  const [rows, setRows] = useState<Row[]>([blank()])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const items = useCommand('trading.items', { unit })
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const openings = useCommand('trading.docs', { type: 'AWAL', limit: 200 })
  const itemOptions = (items.data ?? []).map((i) => ({
    value: String(i.id),
    label: `${i.code} · ${i.name} (${i.uom})`
  }))
  const offsetOptions = [
    { value: '', label: O.offsetNone },
    ...(accounts.data ?? [])
      .filter(
        (a) => (a.type === 'EKUITAS' || a.type === 'LIABILITAS') && !a.isHeader && !a.control && a.code !== '2-1301'
      )
      .map((a) => ({ value: a.code, label: `${a.code} · ${a.name}` }))
  ]
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  const total = rows.reduce((s, r) => {
    const q = readQty(r.qty)
    const c = readMoney(r.cost)
    return s + (q !== null && c.ok ? lineAmount(q, c.value) : 0)
  }, 0)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const own: FieldErrors = {}
    const lines: { itemId: number; qty: string; unitCost: number }[] = []
    rows.forEach((r, i) => {
      if (!r.itemId && !r.qty && !r.cost) return
      const c = readMoney(r.cost)
      if (!r.itemId) own[`lines.${i}.itemId`] = T.needItem
      if (readQty(r.qty) === null) own[`lines.${i}.qty`] = T.needQty
      if (!c.ok) own[`lines.${i}.unitCost`] = c.message
      else if (r.itemId) lines.push({ itemId: Number(r.itemId), qty: qtyInput(r.qty), unitCost: c.value })
    })
    if (lines.length === 0 && !Object.keys(own).some((k) => k.startsWith('lines.'))) own.lines = T.needLines
    if (Object.keys(own).length) return setErrors(own)
    setBusy(true)
    try {
      const doc = await invoke('trading.openingStock', {
        date,
        unit,
        ...(offset ? { offsetAccount: offset } : {}),
        lines
      })
      guard.saved()
      setDone(doc)
      setRows([blank()])
      setErrors({})
      items.reload()
      openings.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="trade-opening">
      <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={T.tabs.opening}>
        <p>{O.lead}</p>
        <p className="field__hint">{O.hint}</p>
        {done && (
          <Notice tone="success">
            {O.done(done.docNo)}{' '}
            {done.opening && done.opening.itemized > 0 && (
              <span data-testid="opening-itemized">{O.itemized(formatRupiah(done.opening.itemized))}. </span>
            )}
            {done.opening && done.opening.posted > 0 && (
              <span data-testid="opening-posted">
                {O.posted(formatRupiah(done.opening.posted), done.entryNumber ?? '', done.opening.offsetAccount ?? '')}.
              </span>
            )}
          </Notice>
        )}
        {done && <CorrectionsNotice key={done.id} docId={done.id} docNo={done.docNo} />}
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        {errors.lines && <Notice tone="error">{errors.lines}</Notice>}
        <div className="form-grid">
          <UnitSelect
            value={unit}
            onChange={(v) => {
              setUnit(v)
              setRows([blank()])
            }}
            error={errors.unit}
          />
          <DateField posting label={T.date} value={date} onChange={setDate} error={errors.date} required />
          <SelectField
            label={O.offsetAccount}
            value={offset}
            onChange={setOffset}
            options={offsetOptions}
            error={errors.offsetAccount}
          />
        </div>
        <ScrollRegion>
          <table className="table trade-lines">
            <thead>
              <tr>
                <th>{T.items.name}</th>
                <th>{T.qty}</th>
                <th>{O.unitCost}</th>
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
                        aria-label={`${O.unitCost} ${i + 1}`}
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
                <td className="trade-right" data-testid="opening-total">
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
            {busy ? t.common.saving : O.submit}
          </button>
        </div>
      </form>
      <h3>{O.list}</h3>
      <DataTable
        aria-label={O.list}
        rows={openings.data ?? []}
        rowKey={(r) => r.id}
        empty={O.empty}
        columns={[
          { key: 'no', header: T.card.doc, render: (r) => r.docNo, nowrap: true },
          { key: 'date', header: T.date, render: (r) => formatDateShort(r.date), nowrap: true },
          { key: 'unit', header: T.unit, render: (r) => r.unit ?? '' },
          { key: 'items', header: T.items.name, render: (r) => r.lines.map((l) => l.name).join(', ') },
          { key: 'amount', header: T.total, render: (r) => formatRupiah(r.amount), align: 'right', nowrap: true },
          { key: 'entry', header: O.entry, render: (r) => r.entryNumber ?? '', nowrap: true, priority: 2 }
        ]}
      />
    </div>
  )
}
