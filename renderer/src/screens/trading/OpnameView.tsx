import { useState, type FormEvent } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { formatDateLong } from '../../../../shared/dates/format'
import { parseQtyMilli, formatQty } from '../../../../shared/trading/cost'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DateField } from '../../components/DateInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { T, UnitSelect, qtyInput, qtyText } from './common'
import { ScrollRegion } from '../../components/ScrollRegion'
import { useFormGuard } from '../../lib/unsaved'

const O = T.opname

/** Stok opname: the printable count sheet with a column to fill in, then the counted quantities posted. */
export function OpnameView() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [unit, setUnit] = useState('SEMBAKO')
  const [date, setDate] = useState(today())
  const [counts, setCounts] = useState<Record<number, string>>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const sheet = useCommand('trading.countSheet', { unit, asOf: date })
  const rows = sheet.data?.rows ?? []
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const own: FieldErrors = {}
    const lines: { itemId: number; countedQty: string }[] = []
    rows.forEach((r) => {
      const v = counts[r.itemId]?.trim()
      if (!v) return
      if (parseQtyMilli(v) === null) own[`item.${r.itemId}`] = T.needQty
      else lines.push({ itemId: r.itemId, countedQty: qtyInput(v) })
    })
    if (lines.length === 0 && Object.keys(own).length === 0) own[''] = O.needCount
    if (Object.keys(own).length) return setErrors(own)
    setBusy(true)
    try {
      setDone(await invoke('trading.opname', { date, unit, lines }))
      guard.saved()
      setCounts({})
      setErrors({})
      sheet.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card trade-opname" onSubmit={submit} noValidate aria-label={T.tabs.opname}>
      <div className="no-print">
        <p className="field__hint">{O.hint}</p>
        {done && (
          <Notice tone="success">
            {T.posted(done.docNo, done.entryNumber)} {O.diff}: {formatRupiah(-done.hpp)}
          </Notice>
        )}
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <UnitSelect value={unit} onChange={setUnit} />
          <DateField
            posting
            label={T.date}
            term="stock-opname"
            value={date}
            onChange={setDate}
            error={errors.date}
            required
          />
        </div>
      </div>
      <h3 className="trade-print-title">{O.sheetTitle(sheet.data?.unitName ?? unit, formatDateLong(date))}</h3>
      <ScrollRegion>
        <table className="table trade-lines">
          <thead>
            <tr>
              <th>{T.items.code}</th>
              <th>{T.items.name}</th>
              <th>{T.items.uom}</th>
              <th className="trade-right">{O.system}</th>
              <th className="trade-right">{T.items.avgCost}</th>
              <th>{O.counted}</th>
              <th className="trade-right no-print">{O.diff}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const c = counts[r.itemId]?.trim() ? parseQtyMilli(counts[r.itemId]!.trim()) : null
              const sys = parseQtyMilli(r.qty) ?? 0
              return (
                <tr key={r.itemId}>
                  <td>{r.code}</td>
                  <td>{r.name}</td>
                  <td>{r.uom}</td>
                  <td className="trade-right">{qtyText(r.qty)}</td>
                  <td className="trade-right">{formatRupiah(r.avgCost)}</td>
                  <td>
                    <input
                      className="input trade-qty"
                      aria-label={`${O.counted} ${r.name}`}
                      inputMode="decimal"
                      value={counts[r.itemId] ?? ''}
                      onChange={(e) => setCounts((x) => ({ ...x, [r.itemId]: e.target.value }))}
                    />
                    {errors[`item.${r.itemId}`] && <p className="field__error">{errors[`item.${r.itemId}`]}</p>}
                  </td>
                  <td className="trade-right no-print">{c !== null ? formatQty(c - sys) : ''}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4}>{T.items.totalValue}</td>
              <td className="trade-right">{formatRupiah(sheet.data?.totalValue ?? 0)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="trade-sign">{O.signLine}</p>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {O.sheet}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : O.submit}
        </button>
      </div>
    </form>
  )
}
