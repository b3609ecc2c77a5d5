import { useState, type FormEvent } from 'react'
import type { TradeItem } from '../../../../shared/commands/trading'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { formatDateShort } from '../../../../shared/dates/format'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { T, UnitSelect, qtyText } from './common'
import { BookExport } from '../../components/BookExport'
import { useBook } from '../../app/BookContext'
import { useFormGuard } from '../../lib/unsaved'

const I = T.items

/** Items of a unit with stock, average cost and value as of a date; add/edit and the stock card. */
export function ItemsView({ unit: initialUnit }: { unit?: string | undefined }) {
  const [unit, setUnit] = useState(initialUnit ?? 'SEMBAKO')
  const [asOf, setAsOf] = useState(today())
  const items = useCommand('trading.items', { unit, asOf, includeInactive: true })
  const [editing, setEditing] = useState<TradeItem | 'new' | null>(null)
  const [card, setCard] = useState<TradeItem | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const rows = items.data ?? []
  const total = rows.reduce((s, r) => s + r.stock.value, 0)
  return (
    <div className="trade-items">
      <div className="card trade-toolbar">
        <div className="form-grid">
          <UnitSelect value={unit} onChange={setUnit} />
          <DateField label={I.asOf} value={asOf} onChange={setAsOf} />
        </div>
        <div className="form-actions">
          <button type="button" className="btn btn--primary" onClick={() => setEditing('new')}>
            {I.add}
          </button>
        </div>
      </div>
      {saved && <Notice tone="success">{saved}</Notice>}
      <DataTable
        aria-label={T.tabs.items}
        rows={rows}
        rowKey={(r) => r.id}
        loading={items.loading}
        empty={I.empty}
        columns={[
          { key: 'code', header: I.code, render: (r) => r.code, nowrap: true },
          { key: 'name', header: I.name, render: (r) => (r.active ? r.name : `${r.name} (${t.common.inactive})`) },
          { key: 'uom', header: I.uom, render: (r) => r.uom },
          { key: 'price', header: I.sellPrice, render: (r) => formatRupiah(r.sellPrice), align: 'right', nowrap: true },
          {
            key: 'qty',
            header: I.stock,
            render: (r) => <span data-testid={`stock-${r.code}`}>{qtyText(r.stock.qty)}</span>,
            align: 'right',
            nowrap: true
          },
          { key: 'avg', header: I.avgCost, render: (r) => formatRupiah(r.stock.avgCost), align: 'right', nowrap: true },
          {
            key: 'value',
            header: I.value,
            render: (r) => <span data-testid={`value-${r.code}`}>{formatRupiah(r.stock.value)}</span>,
            align: 'right',
            nowrap: true
          },
          {
            key: 'act',
            header: '',
            render: (r) => (
              <span className="trade-actions">
                <button type="button" className="btn btn--secondary btn--sm" onClick={() => setEditing(r)}>
                  {I.edit}
                </button>
                <button type="button" className="btn btn--secondary btn--sm" onClick={() => setCard(r)}>
                  {I.card}
                </button>
              </span>
            )
          }
        ]}
        footer={
          <tr>
            <td colSpan={6}>{I.totalValue}</td>
            <td className="trade-right">{formatRupiah(total)}</td>
            <td />
          </tr>
        }
      />
      {editing && (
        <ItemDialog
          item={editing === 'new' ? null : editing}
          unit={unit}
          onClose={() => setEditing(null)}
          onSaved={(it) => {
            setEditing(null)
            setSaved(I.saved(it.name))
            items.reload()
          }}
        />
      )}
      {card && <StockCardDialog item={card} onClose={() => setCard(null)} />}
    </div>
  )
}

function ItemDialog({
  item,
  unit,
  onClose,
  onSaved
}: {
  item: TradeItem | null
  unit: string
  onClose: () => void
  onSaved: (it: TradeItem) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [f, setF] = useState({
    unit: item?.unit ?? unit,
    code: item?.code ?? '',
    name: item?.name ?? '',
    uom: item?.uom ?? '',
    sellPrice: item ? moneyFieldText(item.sellPrice) : '',
    inventoryAccount: item?.inventoryAccount ?? '',
    revenueMemberAccount: item?.revenueMemberAccount ?? '',
    revenueNonMemberAccount: item?.revenueNonMemberAccount ?? '',
    hppAccount: item?.hppAccount ?? '',
    active: item?.active ?? true
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const set = (k: keyof typeof f) => (v: string | boolean) => setF((x) => ({ ...x, [k]: v }))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const price = readMoney(f.sellPrice)
    if (!price.ok) return setErrors({ sellPrice: price.message })
    setBusy(true)
    try {
      const opt = (k: 'inventoryAccount' | 'revenueMemberAccount' | 'revenueNonMemberAccount' | 'hppAccount') =>
        f[k].trim() ? { [k]: f[k].trim() } : {}
      const r = await invoke('trading.saveItem', {
        ...(item ? { id: item.id } : {}),
        unit: f.unit,
        code: f.code.trim(),
        name: f.name,
        uom: f.uom,
        sellPrice: price.value,
        active: f.active,
        ...opt('inventoryAccount'),
        ...opt('revenueMemberAccount'),
        ...opt('revenueNonMemberAccount'),
        ...opt('hppAccount')
      })
      guard.saved()
      onSaved(r)
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog title={item ? I.edit : I.add} onClose={onClose} wide>
      <form {...guard.props} onSubmit={submit} noValidate aria-label={item ? I.edit : I.add}>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <UnitSelect value={f.unit} onChange={set('unit')} error={errors.unit} />
          <TextField label={I.code} value={f.code} onChange={set('code')} error={errors.code} required />
          <TextField label={I.name} value={f.name} onChange={set('name')} error={errors.name} required />
          <TextField
            label={I.uom}
            value={f.uom}
            onChange={set('uom')}
            error={errors.uom}
            required
            placeholder={I.uomPlaceholder}
          />
          <MoneyField
            label={I.sellPrice}
            value={f.sellPrice}
            onChange={set('sellPrice')}
            error={errors.sellPrice}
            required
          />
          <TextField
            label={I.inventoryAccount}
            term="persediaan"
            value={f.inventoryAccount}
            onChange={set('inventoryAccount')}
            error={errors.inventoryAccount}
            optional
          />
          <TextField
            label={I.revenueMemberAccount}
            value={f.revenueMemberAccount}
            onChange={set('revenueMemberAccount')}
            error={errors.revenueMemberAccount}
            optional
          />
          <TextField
            label={I.revenueNonMemberAccount}
            term="pihak-anggota"
            value={f.revenueNonMemberAccount}
            onChange={set('revenueNonMemberAccount')}
            error={errors.revenueNonMemberAccount}
            optional
          />
          <TextField
            label={I.hppAccount}
            term="hpp"
            value={f.hppAccount}
            onChange={set('hppAccount')}
            error={errors.hppAccount}
            optional
            hint={I.accountsHint}
          />
        </div>
        <CheckboxField label={I.active} checked={f.active} onChange={set('active')} />
        <div className="form-actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {T.cancel}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : T.save}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function StockCardDialog({ item, onClose }: { item: TradeItem; onClose: () => void }) {
  const card = useCommand('trading.stockCard', { itemId: item.id })
  const { profile } = useBook()
  const C = T.card
  return (
    <Dialog title={C.title(item.code, item.name)} onClose={onClose} wide focusFirstField={false}>
      <BookExport
        input={{ book: 'KARTU_STOK', itemId: item.id, from: profile.booksStartDate, to: today() }}
        what={item.code}
      />
      <DataTable
        aria-label={C.title(item.code, item.name)}
        rows={card.data?.rows ?? []}
        rowKey={(_r, i) => i}
        loading={card.loading}
        empty={C.empty}
        columns={[
          { key: 'date', header: T.date, render: (r) => formatDateShort(r.date), nowrap: true },
          { key: 'doc', header: C.doc, render: (r) => r.docNo, nowrap: true },
          { key: 'type', header: C.type, render: (r) => T.types[r.type] ?? r.type },
          { key: 'in', header: C.in, render: (r) => (r.qtyIn === '0' ? '' : qtyText(r.qtyIn)), align: 'right' },
          { key: 'out', header: C.out, render: (r) => (r.qtyOut === '0' ? '' : qtyText(r.qtyOut)), align: 'right' },
          {
            key: 'value',
            header: C.value,
            align: 'right',
            nowrap: true,
            render: (r) =>
              r.correction !== 0 ? (
                <span title={C.correctionHint}>{formatRupiah(r.value)}*</span>
              ) : (
                formatRupiah(r.value)
              )
          },
          {
            key: 'corr',
            header: C.correction,
            render: (r) =>
              r.correction !== 0 ? (
                <span data-testid={`card-correction-${r.docNo}`}>{formatRupiah(-r.correction)}</span>
              ) : (
                ''
              ),
            align: 'right',
            nowrap: true,
            priority: 2
          },
          { key: 'bq', header: C.balanceQty, render: (r) => qtyText(r.balanceQty), align: 'right' },
          {
            key: 'bv',
            header: C.balanceValue,
            render: (r) => formatRupiah(r.balanceValue),
            align: 'right',
            nowrap: true
          }
        ]}
      />
      {(card.data?.rows ?? []).some((r) => r.correction !== 0) && (
        <p className="field__hint" data-testid="card-correction-hint">
          * {C.correctionHint}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {T.print}
        </button>
        <button type="button" className="btn btn--primary" onClick={onClose}>
          {C.close}
        </button>
      </div>
    </Dialog>
  )
}
