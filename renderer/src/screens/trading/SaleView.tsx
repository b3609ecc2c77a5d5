import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { TradeDoc, TradeItem } from '../../../../shared/commands/trading'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { lineAmount } from '../../../../shared/trading/cost'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { MoneyField, MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { SelectField } from '../../components/Field'
import { t } from '../../i18n'
import { startOfYear, today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { MemberPicker } from '../savings/MemberPicker'
import { CashSelect, T, UnitSelect, qtyInput, qtyText, readQty } from './common'
import { ScrollRegion } from '../../components/ScrollRegion'
import { BookExport } from '../../components/BookExport'
import { SaleReceipt, type ReceiptLayout } from './SaleReceipt'
import './receipt.css'
import { useFormGuard } from '../../lib/unsaved'

const S = T.sale
const K = T.struk
interface Row {
  item: TradeItem
  qty: string
  price: string
}

/**
 * At the Meja Kasir: today's sale through the kasir's own drawer (no date or cash account to choose)
 * and without the book-wide lists a kasir may not read.
 */
export interface SaleDesk {
  cashAccount: string
  unit: string | null
  onPosted: () => void
}

/** Penjualan: keyboard-first — type a code or name, Enter adds the item, Enter in the quantity returns to the search. */
export function SaleView({ desk }: { desk?: SaleDesk } = {}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [unit, setUnit] = useState(desk?.unit ?? 'SEMBAKO')
  const [date, setDate] = useState(today())
  const [buyer, setBuyer] = useState<'NON' | 'MEMBER'>('NON')
  const [memberId, setMemberId] = useState<number | null>(null)
  const [payment, setPayment] = useState<'TUNAI' | 'BON'>('TUNAI')
  const [cash, setCash] = useState(desk?.cashAccount ?? '1-1110')
  const [paid, setPaid] = useState('')
  const [layout, setLayout] = useState<ReceiptLayout>('58')
  const [search, setSearch] = useState('')
  const [rows, setRows] = useState<Row[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const qtyRefs = useRef<(HTMLInputElement | null)[]>([])
  const items = useCommand('trading.items', { unit })
  const sales = useCommand('trading.docs', desk ? null : { type: 'JUAL', from: date, to: date, limit: 100 })
  const bons = useCommand('trading.parties', desk ? null : {})
  const units = useCommand('units.list', { includeInactive: true })
  const unitName = (code: string | null) => (units.data ?? []).find((u) => u.code === code)?.name ?? code ?? ''

  const q = search.trim().toLowerCase()
  const matches = q
    ? (items.data ?? [])
        .filter(
          (i) => i.code.toLowerCase() === q || i.code.toLowerCase().includes(q) || i.name.toLowerCase().includes(q)
        )
        .slice(0, 8)
    : []
  const add = (it: TradeItem) => {
    setRows((rs) => {
      const k = rs.findIndex((r) => r.item.id === it.id)
      if (k >= 0) {
        setTimeout(() => qtyRefs.current[k]?.focus(), 0)
        return rs
      }
      setTimeout(() => qtyRefs.current[rs.length]?.select(), 0)
      return [...rs, { item: it, qty: '1', price: moneyFieldText(it.sellPrice) }]
    })
    setSearch('')
    setErrors((e) => ({ ...e, lines: '' }))
  }
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      const exact = (items.data ?? []).find((i) => i.code.toLowerCase() === q)
      const it = exact ?? matches[0]
      if (it) add(it)
      else if (!q && rows.length > 0) void submit()
    }
  }
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  const total = rows.reduce((s, r) => {
    const qm = readQty(r.qty)
    const p = readMoney(r.price)
    return s + (qm !== null && p.ok ? lineAmount(qm, p.value) : 0)
  }, 0)

  const paidValue = paid.trim() ? readMoney(paid) : null
  const change = paidValue?.ok ? paidValue.value - total : null

  const submit = async (e?: FormEvent) => {
    e?.preventDefault()
    if (busy) return
    const own: FieldErrors = {}
    if (buyer === 'MEMBER' && memberId === null) own.memberId = S.needMember
    if (payment === 'BON' && buyer !== 'MEMBER') own.payment = S.bonOnlyMember
    if (rows.length === 0) own.lines = T.needLines
    if (payment === 'TUNAI' && paidValue && !paidValue.ok) own.paid = paidValue.message
    else if (payment === 'TUNAI' && paidValue?.ok && paidValue.value < total)
      own.paid = S.paidShort(formatRupiah(total))
    const lines: { itemId: number; qty: string; price: number }[] = []
    rows.forEach((r, i) => {
      const p = readMoney(r.price)
      if (readQty(r.qty) === null) own[`lines.${i}.qty`] = T.needQty
      if (!p.ok) own[`lines.${i}.price`] = p.message
      else lines.push({ itemId: r.item.id, qty: qtyInput(r.qty), price: p.value })
    })
    if (Object.keys(own).length) return setErrors(own)
    setBusy(true)
    try {
      const given = payment === 'TUNAI' && paidValue?.ok ? { paid: paidValue.value } : {}
      const doc = await invoke('trading.sell', {
        date,
        unit,
        memberId: buyer === 'MEMBER' ? memberId : null,
        payment,
        cashAccount: cash,
        ...given,
        lines
      })
      guard.saved()
      setDone(doc)
      setRows([])
      setPaid('')
      setErrors({})
      items.reload()
      sales.reload()
      bons.reload()
      desk?.onPosted()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div className="trade-sale">
        <fieldset className="receipt-layouts no-print">
          <legend className="field__label">{K.layout}</legend>
          {(['58', '80', 'A5'] as const).map((l) => (
            <label key={l}>
              <input
                type="radio"
                name="receipt-layout"
                value={l}
                checked={layout === l}
                onChange={() => setLayout(l)}
              />{' '}
              {l === '58' ? K.s58 : l === '80' ? K.s80 : K.a5}
            </label>
          ))}
        </fieldset>
        <Receipt doc={done} layout={layout} unitName={unitName(done.unit)} />
        <div className="form-actions no-print">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
            {K.print}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            autoFocus
            onClick={() => {
              setDone(null)
              setBuyer('NON')
              setMemberId(null)
              setPayment('TUNAI')
              setTimeout(() => searchRef.current?.focus(), 0)
            }}
          >
            {S.newSale}
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className="trade-sale">
      <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={T.tabs.sale}>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        {errors.lines && <Notice tone="error">{errors.lines}</Notice>}
        <div className="form-grid">
          <UnitSelect
            value={unit}
            onChange={(v) => {
              setUnit(v)
              setRows([])
            }}
            error={errors.unit}
          />
          {!desk && <DateField posting label={T.date} value={date} onChange={setDate} error={errors.date} required />}
          <SelectField
            label={S.buyer}
            value={buyer}
            onChange={(v) => {
              setBuyer(v as 'NON' | 'MEMBER')
              if (v === 'NON') setPayment('TUNAI')
            }}
            options={[
              { value: 'NON', label: S.nonMember },
              { value: 'MEMBER', label: S.member }
            ]}
          />
          <SelectField
            label={S.payment}
            value={payment}
            onChange={(v) => setPayment(v as 'TUNAI' | 'BON')}
            options={[
              { value: 'TUNAI', label: S.cash },
              ...(buyer === 'MEMBER' ? [{ value: 'BON', label: S.bon }] : [])
            ]}
            error={errors.payment}
          />
          {payment === 'TUNAI' && !desk && <CashSelect value={cash} onChange={setCash} error={errors.cashAccount} />}
          {payment === 'TUNAI' && (
            <MoneyField label={S.paid} value={paid} onChange={setPaid} error={errors.paid} hint={S.paidHint} optional />
          )}
        </div>
        {buyer === 'MEMBER' && <MemberPicker value={memberId} onChange={setMemberId} error={errors.memberId} />}
        <div className="field trade-search">
          <label className="field__label" htmlFor="trade-search">
            {S.search}
          </label>
          <input
            id="trade-search"
            ref={searchRef}
            className="input"
            type="search"
            autoComplete="off"
            autoFocus
            value={search}
            placeholder={S.searchPlaceholder}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={onSearchKey}
          />
          {q && (
            <ul className="trade-matches" aria-label={S.matches}>
              {matches.length === 0 && <li className="trade-nomatch">{S.noMatch}</li>}
              {matches.map((m) => (
                <li key={m.id}>
                  <button type="button" className="btn btn--ghost btn--sm" onClick={() => add(m)}>
                    {m.code} · {m.name} — {formatRupiah(m.sellPrice)} ({S.stockLeft(qtyText(m.stock.qty), m.uom)})
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <ScrollRegion>
          <table className="table trade-lines" aria-label={S.receipt}>
            <thead>
              <tr>
                <th>{T.items.name}</th>
                <th>{T.qty}</th>
                <th>{S.price}</th>
                <th className="trade-right">{S.amount}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const qm = readQty(r.qty)
                const p = readMoney(r.price)
                return (
                  <tr key={r.item.id}>
                    <td>
                      {r.item.code} · {r.item.name}
                      <div className="field__hint">{S.stockLeft(qtyText(r.item.stock.qty), r.item.uom)}</div>
                    </td>
                    <td>
                      <input
                        ref={(el) => {
                          qtyRefs.current[i] = el
                        }}
                        className="input trade-qty"
                        aria-label={`${T.qty} ${r.item.name}`}
                        inputMode="decimal"
                        value={r.qty}
                        onChange={(e) => setRow(i, { qty: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            e.preventDefault()
                            searchRef.current?.focus()
                          }
                        }}
                      />
                      {errors[`lines.${i}.qty`] && <p className="field__error">{errors[`lines.${i}.qty`]}</p>}
                    </td>
                    <td>
                      <MoneyInput
                        aria-label={`${S.price} ${r.item.name}`}
                        value={r.price}
                        onChange={(v) => setRow(i, { price: v })}
                        error={errors[`lines.${i}.price`]}
                      />
                    </td>
                    <td className="trade-right">{qm !== null && p.ok ? formatRupiah(lineAmount(qm, p.value)) : ''}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => setRows((rs) => rs.filter((_x, k) => k !== i))}
                      >
                        {T.removeLine}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={3}>{T.total}</td>
                <td className="trade-right trade-total" data-testid="sale-total">
                  {formatRupiah(total)}
                </td>
                <td />
              </tr>
              {payment === 'TUNAI' && change !== null && change >= 0 && (
                <tr>
                  <td colSpan={3}>{S.change}</td>
                  <td className="trade-right" data-testid="sale-change">
                    {formatRupiah(change)}
                  </td>
                  <td />
                </tr>
              )}
            </tfoot>
          </table>
        </ScrollRegion>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : S.submit}
          </button>
        </div>
      </form>
      {errors.date && desk && <Notice tone="error">{errors.date}</Notice>}
      {errors.cashAccount && desk && <Notice tone="error">{errors.cashAccount}</Notice>}
      {!desk && <SaleLists sales={sales.data ?? []} bons={bons.data?.members ?? []} onPaid={() => bons.reload()} />}
    </div>
  )
}

/** Today's sales, the sales report and the members' bon: for those who read the book. */
function SaleLists({
  sales,
  bons,
  onPaid
}: {
  sales: TradeDoc[]
  bons: { memberId: number; memberNo: string; name: string; bon: number }[]
  onPaid: () => void
}) {
  return (
    <>
      <h3>{S.list}</h3>
      <DataTable
        aria-label={S.list}
        rows={sales}
        rowKey={(r) => r.id}
        columns={[
          { key: 'no', header: T.card.doc, render: (r) => r.docNo, nowrap: true },
          {
            key: 'buyer',
            header: S.buyer,
            render: (r) => (r.member ? `${r.member.memberNo} · ${r.member.name}` : S.nonMember)
          },
          { key: 'pay', header: S.payment, render: (r) => (r.payment === 'KREDIT' ? S.bon : S.cash), priority: 2 },
          { key: 'amount', header: T.total, render: (r) => formatRupiah(r.amount), align: 'right', nowrap: true },
          { key: 'hpp', header: S.hpp, render: (r) => formatRupiah(r.hpp), align: 'right', nowrap: true, priority: 3 }
        ]}
      />
      <SalesReport />
      <h3>{S.bonList}</h3>
      <DataTable
        aria-label={S.bonList}
        rows={bons}
        rowKey={(r) => r.memberId}
        empty={S.noBon}
        columns={[
          { key: 'm', header: S.member, render: (r) => `${r.memberNo} · ${r.name}` },
          { key: 'bon', header: T.total, render: (r) => formatRupiah(r.bon), align: 'right', nowrap: true },
          { key: 'pay', header: '', render: (r) => <PayBon memberId={r.memberId} onDone={onPaid} /> }
        ]}
      />
    </>
  )
}

function PayBon({ memberId, onDone }: { memberId: number; onDone: () => void }) {
  const invoke = useInvoke()
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState('')
  const [error, setError] = useState<string | undefined>()
  if (!open)
    return (
      <button type="button" className="btn btn--secondary btn--sm" onClick={() => setOpen(true)}>
        {S.payBon}
      </button>
    )
  const pay = async () => {
    const a = readMoney(amount)
    if (!a.ok || a.value <= 0) return setError(a.ok ? T.needAmount : a.message)
    try {
      await invoke('trading.payBon', { date: today(), memberId, amount: a.value })
      setOpen(false)
      onDone()
    } catch (err) {
      setError(toFailure(err).message)
    }
  }
  return (
    <span className="trade-actions">
      <MoneyField label={T.purchase.payAmount} value={amount} onChange={setAmount} error={error} />
      <button type="button" className="btn btn--primary btn--sm" onClick={pay}>
        {T.post}
      </button>
    </span>
  )
}

/** The struk or kwitansi as it prints, and below it (screen only) the HPP and gross margin of the sale. */
export function Receipt({ doc, layout = '58', unitName }: { doc: TradeDoc; layout?: ReceiptLayout; unitName: string }) {
  return (
    <section className="card trade-receipt" aria-label={S.receipt} data-testid="sale-receipt">
      <h2 className="no-print">
        {S.receipt} {doc.docNo}
      </h2>
      <SaleReceipt doc={doc} layout={layout} unitName={unitName} />
      <p className="no-print" data-testid="receipt-total">
        {formatRupiah(doc.amount)}
      </p>
      <p className="no-print trade-words">
        {S.terbilang}: {doc.amountInWords}
      </p>
      <p className="no-print" data-testid="receipt-hpp">
        {S.hpp}: {formatRupiah(doc.hpp)} · {S.margin}: {formatRupiah(doc.amount - doc.hpp)} ·{' '}
        {T.posted(doc.docNo, doc.entryNumber)}
      </p>
    </section>
  )
}

/** Sales per unit and per day for a period, as PDF (A4/F4) or XLSX. */
function SalesReport() {
  const [from, setFrom] = useState(startOfYear(today()))
  const [to, setTo] = useState(today())
  const [unit, setUnit] = useState('')
  const units = useCommand('units.list', { includeInactive: true })
  return (
    <section className="card no-print" aria-label={S.report}>
      <h3>{S.report}</h3>
      <div className="form-grid">
        <DateField label={t.common.from} value={from} onChange={setFrom} />
        <DateField label={t.common.to} value={to} onChange={setTo} />
        <SelectField
          label={T.unit}
          value={unit}
          onChange={setUnit}
          options={[
            { value: '', label: S.allUnits },
            ...(units.data ?? []).map((u) => ({ value: u.code, label: u.name }))
          ]}
        />
      </div>
      <BookExport
        input={{ book: 'PENJUALAN', from, to, ...(unit ? { unit } : {}) }}
        what={unit || null}
        disabled={!from || !to || from > to}
      />
    </section>
  )
}
