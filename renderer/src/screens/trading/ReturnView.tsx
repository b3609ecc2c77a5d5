import { useState, type FormEvent } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatDateLong, formatDateShort } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { parseQtyMilli, proRata, qtyString } from '../../../../shared/trading/cost'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { ScrollRegion } from '../../components/ScrollRegion'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'
import { CashSelect, T, qtyInput, qtyText, readQty } from './common'
import { ReturnNote } from './ReturnNote'
import { CorrectionsNotice } from './CorrectionsNotice'
import type { ReceiptLayout } from './SaleReceipt'
import './receipt.css'

const R = T.returns
const K = T.struk
type Kind = 'JUAL' | 'BELI'

/** Milli-units of a line still open for return: sold/bought less what earlier returns took. */
function leftOf(doc: TradeDoc, itemId: number, qty: string): number {
  const done = doc.returned.find((r) => r.itemId === itemId)
  return (parseQtyMilli(qty) ?? 0) - (done ? (parseQtyMilli(done.qty) ?? 0) : 0)
}

/**
 * Retur: a sales return from a buyer or a purchase return to a supplier, always against the
 * struk/nota it reverses (partial quantities, never more than is left), refunded in cash or
 * against the bon / the payable; the nota retur prints on the struk roll or A5.
 */
export function ReturnView() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [kind, setKind] = useState<Kind>('JUAL')
  const [search, setSearch] = useState('')
  const [orig, setOrig] = useState<TradeDoc | null>(null)
  const [qty, setQty] = useState<Record<number, string>>({})
  const [date, setDate] = useState(today())
  const [payment, setPayment] = useState<'TUNAI' | 'BON' | 'KREDIT'>('TUNAI')
  const [cash, setCash] = useState('1-1110')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const [layout, setLayout] = useState<ReceiptLayout>('80')
  const docs = useCommand('trading.docs', { type: kind, limit: 500 })
  const recent = useCommand('trading.docs', { type: kind === 'JUAL' ? 'RETUR_JUAL' : 'RETUR_BELI', limit: 20 })
  const units = useCommand('units.list', { includeInactive: true })
  const unitName = (code: string | null) => (units.data ?? []).find((u) => u.code === code)?.name ?? code ?? ''

  const q = search.trim().toLowerCase()
  const matches = q
    ? (docs.data ?? [])
        .filter(
          (d) =>
            d.docNo.toLowerCase().includes(q) ||
            (d.member?.name ?? '').toLowerCase().includes(q) ||
            (d.supplier?.name ?? '').toLowerCase().includes(q)
        )
        .slice(0, 8)
    : []

  const choose = (d: TradeDoc) => {
    setOrig(d)
    setSearch('')
    setQty({})
    setErrors({})
    setPayment(
      kind === 'JUAL' ? (d.payment === 'KREDIT' ? 'BON' : 'TUNAI') : d.payment === 'KREDIT' ? 'KREDIT' : 'TUNAI'
    )
    setCash(kind === 'JUAL' ? '1-1110' : '1-1101')
    if (date < d.date) setDate(today())
  }
  const changeKind = (k: Kind) => {
    setKind(k)
    setOrig(null)
    setSearch('')
    setErrors({})
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    if (!orig) return setErrors({ saleId: R.needOriginal })
    const own: FieldErrors = {}
    const lines: { itemId: number; qty: string }[] = []
    orig.lines.forEach((l, i) => {
      const text = (qty[l.itemId] ?? '').trim()
      if (!text) return
      const m = readQty(text)
      if (m === null) own[`line.${i}`] = T.needQty
      else if (m > leftOf(orig, l.itemId, l.qty))
        own[`line.${i}`] = R.tooMany(qtyText(qtyString(leftOf(orig, l.itemId, l.qty))))
      else lines.push({ itemId: l.itemId, qty: qtyInput(text) })
    })
    if (lines.length === 0 && Object.keys(own).length === 0) own.lines = R.needQty
    if (Object.keys(own).length) return setErrors(own)
    setBusy(true)
    try {
      const common = { date, cashAccount: cash, ...(note.trim() ? { note: note.trim() } : {}), lines }
      const doc =
        kind === 'JUAL'
          ? await invoke('trading.saleReturn', {
              ...common,
              saleId: orig.id,
              payment: payment === 'BON' ? 'BON' : 'TUNAI'
            })
          : await invoke('trading.purchaseReturn', {
              ...common,
              purchaseId: orig.id,
              payment: payment === 'KREDIT' ? 'KREDIT' : 'TUNAI'
            })
      guard.saved()
      setDone(doc)
      setOrig(null)
      setQty({})
      setNote('')
      setErrors({})
      docs.reload()
      recent.reload()
    } catch (err) {
      const f = failureToErrors(toFailure(err))
      const mapped: FieldErrors = {}
      for (const [k, v] of Object.entries(f)) {
        const m = /^lines\.(\d+)\.(qty|itemId)$/.exec(k)
        const item = m ? lines[Number(m[1])]?.itemId : undefined
        const at = item === undefined ? -1 : (orig?.lines.findIndex((l) => l.itemId === item) ?? -1)
        mapped[at >= 0 ? `line.${at}` : k] = v
      }
      setErrors(mapped)
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div className="trade-returns">
        <div className="no-print">
          <Notice tone="success">{T.posted(done.docNo, done.entryNumber)}</Notice>
          <CorrectionsNotice key={done.id} docId={done.id} docNo={done.docNo} />
        </div>
        <fieldset className="receipt-layouts no-print">
          <legend className="field__label">{K.layout}</legend>
          {(['58', '80', 'A5'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name="return-layout" value={l} checked={layout === l} onChange={() => setLayout(l)} />{' '}
              {l === '58' ? K.s58 : l === '80' ? K.s80 : K.a5}
            </label>
          ))}
        </fieldset>
        <ReturnNote doc={done} layout={layout} unitName={unitName(done.unit)} />
        <div className="form-actions no-print">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
            {K.print}
          </button>
          <button type="button" className="btn btn--primary" autoFocus onClick={() => setDone(null)}>
            {R.another}
          </button>
        </div>
      </div>
    )
  }

  const sale = kind === 'JUAL'
  const refundOptions = sale
    ? [{ value: 'TUNAI', label: R.refundSaleCash }, ...(orig?.member ? [{ value: 'BON', label: R.refundSaleBon }] : [])]
    : [
        { value: 'TUNAI', label: R.refundPurchaseCash },
        { value: 'KREDIT', label: R.refundPurchaseCredit }
      ]
  return (
    <div className="trade-returns">
      <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={T.tabs.returns}>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        {errors.lines && <Notice tone="error">{errors.lines}</Notice>}
        <div className="form-grid">
          <SelectField
            label={R.kind}
            value={kind}
            onChange={(v) => changeKind(v as Kind)}
            options={[
              { value: 'JUAL', label: R.sale },
              { value: 'BELI', label: R.purchase }
            ]}
          />
          <DateField posting label={T.date} value={date} onChange={setDate} error={errors.date} required />
        </div>
        <div className="field trade-search">
          <TextField
            label={sale ? R.findSale : R.findPurchase}
            value={search}
            onChange={setSearch}
            hint={R.findHint}
            error={errors.saleId ?? errors.purchaseId}
            autoComplete="off"
          />
          {q && (
            <ul className="trade-matches" aria-label={R.matches}>
              {matches.length === 0 && <li className="trade-nomatch">{R.noMatch}</li>}
              {matches.map((d) => (
                <li key={d.id}>
                  <button type="button" className="btn btn--ghost btn--sm" onClick={() => choose(d)}>
                    {d.docNo} · {formatDateShort(d.date)} ·{' '}
                    {d.member ? d.member.name : d.supplier ? d.supplier.name : R.nonMember} · {formatRupiah(d.amount)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {orig && (
          <>
            <dl className="kv" data-testid="return-original">
              <div className="kv__row">
                <dt>{sale ? R.findSale : R.findPurchase}</dt>
                <dd>{R.original(orig.docNo, formatDateLong(orig.date))}</dd>
              </div>
              <div className="kv__row">
                <dt>{sale ? R.buyer : R.supplier}</dt>
                <dd>
                  {sale
                    ? orig.member
                      ? `${orig.member.memberNo} · ${orig.member.name}`
                      : R.nonMember
                    : orig.supplier?.name}
                </dd>
              </div>
              <div className="kv__row">
                <dt>{R.paidBy}</dt>
                <dd>{orig.payment === 'KREDIT' ? (sale ? R.bon : R.credit) : R.cash}</dd>
              </div>
            </dl>
            <ScrollRegion>
              <table className="table trade-lines" aria-label={R.item}>
                <thead>
                  <tr>
                    <th>{R.item}</th>
                    <th className="trade-right">{sale ? R.sold : R.bought}</th>
                    <th className="trade-right">{R.returned}</th>
                    <th className="trade-right">{R.left}</th>
                    <th>{T.qty}</th>
                    <th className="trade-right">{R.price}</th>
                    <th className="trade-right">{R.estimate}</th>
                  </tr>
                </thead>
                <tbody>
                  {orig.lines.map((l, i) => {
                    const left = leftOf(orig, l.itemId, l.qty)
                    const done = orig.returned.find((r) => r.itemId === l.itemId)?.qty ?? '0'
                    const m = readQty(qty[l.itemId] ?? '')
                    const sold = parseQtyMilli(l.qty) ?? 0
                    return (
                      <tr key={l.moveId}>
                        <td>
                          {l.code} · {l.name}
                        </td>
                        <td className="trade-right">
                          {qtyText(l.qty)} {l.uom}
                        </td>
                        <td className="trade-right">{qtyText(done)}</td>
                        <td className="trade-right" data-testid={`return-left-${l.code}`}>
                          {qtyText(qtyString(left))}
                        </td>
                        <td>
                          <input
                            className="input trade-qty"
                            aria-label={R.qty(l.name)}
                            inputMode="decimal"
                            disabled={left <= 0}
                            value={qty[l.itemId] ?? ''}
                            onChange={(e) => setQty((x) => ({ ...x, [l.itemId]: e.target.value }))}
                          />
                          {errors[`line.${i}`] && <p className="field__error">{errors[`line.${i}`]}</p>}
                        </td>
                        <td className="trade-right">{formatRupiah(l.price)}</td>
                        <td className="trade-right">
                          {m !== null && m <= left ? formatRupiah(proRata(l.amount, sold, 0, 0, m)) : ''}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </ScrollRegion>
            <p className="field__hint">{R.estimateHint}</p>
            <div className="form-grid">
              <SelectField
                label={R.refund}
                value={payment}
                onChange={(v) => setPayment(v as 'TUNAI' | 'BON' | 'KREDIT')}
                options={refundOptions}
                error={errors.payment}
              />
              {payment === 'TUNAI' && <CashSelect value={cash} onChange={setCash} error={errors.cashAccount} />}
              <TextField label={R.note} value={note} onChange={setNote} optional error={errors.note} />
            </div>
            <div className="form-actions">
              <button type="submit" className="btn btn--primary" disabled={busy}>
                {busy ? t.common.saving : R.submit}
              </button>
            </div>
          </>
        )}
      </form>
      <h3>{R.list}</h3>
      <DataTable
        aria-label={R.list}
        rows={recent.data ?? []}
        rowKey={(r) => r.id}
        empty={R.empty}
        columns={[
          {
            key: 'no',
            header: T.card.doc,
            render: (r) => (
              <button type="button" className="btn btn--ghost btn--sm" onClick={() => setDone(r)}>
                {r.docNo}
              </button>
            ),
            nowrap: true
          },
          { key: 'date', header: T.date, render: (r) => formatDateShort(r.date), nowrap: true },
          { key: 'orig', header: sale ? R.findSale : R.findPurchase, render: (r) => r.originalDocNo ?? '' },
          {
            key: 'party',
            header: sale ? R.buyer : R.supplier,
            render: (r) =>
              sale ? (r.member ? `${r.member.memberNo} · ${r.member.name}` : R.nonMember) : (r.supplier?.name ?? '')
          },
          { key: 'amount', header: T.total, render: (r) => formatRupiah(r.amount), align: 'right', nowrap: true }
        ]}
      />
    </div>
  )
}
