import { useState } from 'react'
import { isCashAccount } from '../../lib/accounts'
import type { CashBookRow, CashVoucher } from '../../../../shared/commands/bookkeeping'
import { formatDateLong } from '../../lib/dateText'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable, type Column } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { startOfYear, today } from '../../lib/dates'
import { VoucherForm } from './VoucherForm'
import { VoucherPrint } from './VoucherPrint'
import { BookExport } from '../../components/BookExport'

const T = t.bookkeeping.cash

export { isCashAccount }

/** Buku kas/bank for an account and period, with new receipt/payment vouchers and printing. */
export function CashBookView() {
  const [account, setAccount] = useState('1-1101')
  const [from, setFrom] = useState(startOfYear(today()))
  const [to, setTo] = useState(today())
  const [mode, setMode] = useState<'list' | 'MASUK' | 'KELUAR'>('list')
  const [printId, setPrintId] = useState<number | null>(null)
  const [saved, setSaved] = useState<CashVoucher | null>(null)
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const cashAccounts = (accounts.data ?? []).filter((a) => isCashAccount(a.code))
  const book = useCommand('cash.book', from && to ? { account, from, to } : null)

  if (printId !== null) return <VoucherPrint entryId={printId} onBack={() => setPrintId(null)} />
  if (mode !== 'list') {
    return (
      <VoucherForm
        kind={mode}
        cashAccounts={cashAccounts}
        defaultCash={account}
        onCancel={() => setMode('list')}
        onSaved={(v) => {
          setSaved(v)
          setMode('list')
          book.reload()
        }}
      />
    )
  }
  const cols: Column<CashBookRow>[] = [
    { key: 'date', header: T.col.date, render: (r) => formatDateLong(r.date), nowrap: true },
    { key: 'number', header: T.col.number, render: (r) => <span className="mono">{r.number}</span>, nowrap: true },
    { key: 'desc', header: T.col.description, render: (r) => r.description },
    { key: 'in', header: T.col.in, render: (r) => <Amount value={r.in} dashZero />, align: 'right', nowrap: true },
    { key: 'out', header: T.col.out, render: (r) => <Amount value={r.out} dashZero />, align: 'right', nowrap: true },
    { key: 'bal', header: T.col.balance, render: (r) => <Amount value={r.balance} />, align: 'right', nowrap: true },
    {
      key: 'print',
      header: '',
      render: (r) =>
        r.hasVoucher ? (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            aria-label={T.printOf(r.number)}
            onClick={() => setPrintId(r.entryId)}
          >
            {T.print}
          </button>
        ) : null
    }
  ]
  const b = book.data
  return (
    <div className="bk-cash">
      {saved && (
        <Notice
          tone="success"
          action={
            <button type="button" className="btn btn--secondary" onClick={() => setPrintId(saved.entryId)}>
              {t.bookkeeping.voucher.print}
            </button>
          }
        >
          {t.bookkeeping.voucher.saved(saved.number)}
        </Notice>
      )}
      <div className="card">
        <div className="form-grid">
          <SelectField
            label={T.account}
            value={account}
            onChange={setAccount}
            options={cashAccounts.map((a) => ({ value: a.code, label: `${a.code} · ${a.name}` }))}
          />
          <DateField label={T.from} value={from} onChange={setFrom} />
          <DateField label={T.to} value={to} onChange={setTo} />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              setSaved(null)
              setMode('MASUK')
            }}
          >
            {T.newReceipt}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              setSaved(null)
              setMode('KELUAR')
            }}
          >
            {T.newPayment}
          </button>
        </div>
      </div>
      <BookExport
        input={{ book: account.startsWith('1-12') ? 'BUKU_BANK' : 'BUKU_KAS', account, from, to }}
        what={account === '1-1101' ? null : account}
        disabled={!b}
      />
      <FailureNotice error={book.error} />
      {b && (
        <DataTable
          aria-label={t.bookkeeping.tabs.cash}
          columns={cols}
          rows={b.rows}
          rowKey={(r) => r.entryId}
          loading={book.loading}
          empty={T.empty}
          before={
            <tr className="bk-row-opening">
              <td colSpan={5}>
                {T.opening} ({formatDateLong(b.from)})
              </td>
              <td className="bk-num" data-testid="cash-opening">
                <Amount value={b.opening} />
              </td>
              <td />
            </tr>
          }
          footer={
            <tr>
              <td colSpan={3}>
                {T.closing} ({formatDateLong(b.to)})
              </td>
              <td className="bk-num">
                <Amount value={b.totalIn} />
              </td>
              <td className="bk-num">
                <Amount value={b.totalOut} />
              </td>
              <td className="bk-num" data-testid="cash-closing">
                <Amount value={b.closing} />
              </td>
              <td />
            </tr>
          }
        />
      )}
    </div>
  )
}
