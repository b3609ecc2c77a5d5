import { useEffect, useState } from 'react'
import type { CollectionImportPreview } from '../../../../shared/commands/imports'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { formatDateLong } from '../../../../shared/dates/format'
import { useFiles, useInvoke } from '../../api/context'
import { SPREADSHEET_ACCEPT, SPREADSHEET_FILTERS, type FileSource } from '../../api/files'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField, MonthField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { moneyFieldText, readMoney } from '../../lib/money'
import { MONTH_RE } from './InterestView'

const T = t.billing

/** Penagihan simpanan wajib: this month's bill plus arrears, paid for many members in one journal. */
export function BillingView({ onPosted }: { onPosted?: () => void }) {
  const invoke = useInvoke()
  const [month, setMonth] = useState(today().slice(0, 7))
  const [date, setDate] = useState(today())
  const valid = MONTH_RE.test(month)
  const bill = useCommand('savings.billing', valid ? { month } : null)
  const [picked, setPicked] = useState<Record<number, boolean>>({})
  const [amounts, setAmounts] = useState<Record<number, string>>({})
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<CommandFailure | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const rows = bill.data?.rows ?? []

  useEffect(() => {
    setPicked({})
    setAmounts(Object.fromEntries((bill.data?.rows ?? []).map((r) => [r.memberId, moneyFieldText(r.total)])))
  }, [bill.data])

  const parsed = rows.filter((r) => picked[r.memberId]).map((r) => ({ r, m: readMoney(amounts[r.memberId] ?? '') }))
  const bad = parsed.find((p) => !p.m.ok)
  const items = parsed
    .filter((p) => p.m.ok && p.m.value > 0)
    .map((p) => ({ memberId: p.r.memberId, type: 'WAJIB' as const, amount: (p.m as { value: number }).value }))
  const total = items.reduce((s, i) => s + i.amount, 0)
  const allPicked = rows.length > 0 && rows.every((r) => picked[r.memberId])

  const submit = async () => {
    if (busy || bad || items.length === 0 || !date) return
    setBusy(true)
    setFailure(null)
    setDone(null)
    try {
      const r = await invoke('savings.collect', { date, items })
      setDone(T.done(String(r.count), formatRupiah(r.total), r.entry.number))
      bill.reload()
      onPosted?.()
    } catch (e) {
      setFailure(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <section className="card">
        <h2 className="card__title">{T.heading}</h2>
        <div className="filters filters--flat">
          <MonthField label={T.month} value={month} onChange={setMonth} className="w-date" />
          <DateField posting label={T.date} value={date} onChange={setDate} required />
        </div>
        <FailureNotice error={bill.error} />
        {bill.data && (
          <p className="muted small" data-testid="billing-asof">
            {T.asOf(formatDateLong(bill.data.asOf))}
          </p>
        )}
        <DataTable
          aria-label={T.heading}
          rows={rows}
          loading={bill.loading}
          rowKey={(r) => r.memberId}
          empty={T.empty}
          columns={[
            {
              key: 'pick',
              header: (
                <input
                  type="checkbox"
                  aria-label={T.selectAll}
                  checked={allPicked}
                  onChange={(e) => setPicked(Object.fromEntries(rows.map((r) => [r.memberId, e.target.checked])))}
                />
              ),
              render: (r) => (
                <input
                  type="checkbox"
                  aria-label={T.select(r.name)}
                  checked={!!picked[r.memberId]}
                  onChange={(e) => setPicked((p) => ({ ...p, [r.memberId]: e.target.checked }))}
                />
              ),
              width: '3rem'
            },
            {
              key: 'm',
              header: T.colMember,
              render: (r) => (
                <>
                  <span className="mono">{r.memberNo}</span> {r.name}
                </>
              )
            },
            { key: 'due', header: T.colDue, render: (r) => <Amount value={r.due} />, align: 'right', nowrap: true },
            {
              key: 'arr',
              header: T.colArrears,
              render: (r) => <Amount value={r.arrears} />,
              align: 'right',
              nowrap: true
            },
            { key: 'tot', header: T.colTotal, render: (r) => <Amount value={r.total} />, align: 'right', nowrap: true },
            {
              key: 'pay',
              header: T.colPay,
              render: (r) => (
                <input
                  className="input is-right"
                  style={{ width: '9rem' }}
                  inputMode="numeric"
                  aria-label={T.amountOf(r.name)}
                  value={amounts[r.memberId] ?? ''}
                  onChange={(e) => setAmounts((a) => ({ ...a, [r.memberId]: e.target.value }))}
                />
              ),
              width: '10rem'
            }
          ]}
          footer={
            bill.data && rows.length > 0 ? (
              <tr>
                <th scope="row" colSpan={2}>
                  {T.colTotal}
                </th>
                <td className="is-right nowrap">
                  <Amount value={bill.data.due} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={bill.data.arrears} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={bill.data.total} />
                </td>
                <td />
              </tr>
            ) : undefined
          }
        />
        <p className="muted" data-testid="billing-selected">
          {items.length > 0 ? T.selected(String(items.length), formatRupiah(total)) : T.noneSelected}
        </p>
        {bad && <Notice tone="error">{T.badAmount(bad.r.name)}</Notice>}
        <FailureNotice error={failure} />
        {done && (
          <Notice tone="success">
            <span data-testid="billing-done">{done}</span>
          </Notice>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy || !!bad || items.length === 0 || !date}
            onClick={submit}
          >
            {T.submit}
          </button>
        </div>
      </section>
      <CollectionImport onPosted={onPosted} />
    </>
  )
}

function CollectionImport({ onPosted }: { onPosted?: (() => void) | undefined }) {
  const invoke = useInvoke()
  const files = useFiles()
  const [file, setFile] = useState<{ source: FileSource; name: string } | null>(null)
  const [date, setDate] = useState(today())
  const [preview, setPreview] = useState<CollectionImportPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<CommandFailure | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const call = async (f: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      await f()
    } catch (e) {
      setFailure(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card">
      <h2 className="card__title">{T.importHeading}</h2>
      <p className="muted">{T.importLead}</p>
      <div className="filters filters--flat">
        <div className="field w-wide">
          <span className="field__label">{T.file}</span>
          <p>
            <button
              type="button"
              className="btn btn--secondary"
              disabled={busy}
              data-testid="collection-choose"
              onClick={() =>
                call(async () => {
                  const c = await files.chooseSource(
                    t.files.titles.importCollection,
                    SPREADSHEET_FILTERS,
                    SPREADSHEET_ACCEPT
                  )
                  if (!c) return
                  setFile(c)
                  setDone(null)
                  setPreview(null)
                  setPreview(await invoke('savings.collectionImportPreview', c.source))
                })
              }
            >
              {t.files.choose}
            </button>{' '}
            <span>{file ? t.files.chosen(file.name) : <span className="muted">{t.files.none}</span>}</span>
          </p>
        </div>
      </div>
      <FailureNotice error={failure} />
      {preview && (
        <>
          <ul className="stats">
            <li className="stat">
              <span className="stat__label">{T.items}</span>
              <span className="stat__value">{preview.items.length}</span>
            </li>
            <li className="stat">
              <span className="stat__label">{T.importTotal}</span>
              <span className="stat__value">{formatRupiah(preview.total)}</span>
            </li>
          </ul>
          {preview.errors.length > 0 && (
            <DataTable
              aria-label={t.memberImport.errorsHeading}
              rows={preview.errors}
              rowKey={(_r, i) => i}
              columns={[
                { key: 'row', header: T.colRow, render: (r) => r.row, align: 'right', width: '5rem' },
                {
                  key: 'col',
                  header: t.memberImport.colColumn,
                  render: (r) => r.column ?? t.common.none,
                  width: '12rem'
                },
                {
                  key: 'msg',
                  header: t.memberImport.colReason,
                  render: (r) => <span style={{ color: 'var(--red-40)' }}>{r.message}</span>
                }
              ]}
            />
          )}
          <DataTable
            aria-label={T.items}
            rows={preview.items}
            rowKey={(r) => r.row}
            columns={[
              { key: 'row', header: T.colRow, render: (r) => r.row, align: 'right', width: '5rem' },
              {
                key: 'm',
                header: T.colMember,
                render: (r) => (
                  <>
                    <span className="mono">{r.memberNo}</span> {r.name}
                  </>
                )
              },
              { key: 'type', header: T.colType, render: (r) => t.savings.types[r.type] ?? r.type },
              {
                key: 'amt',
                header: T.colAmount,
                render: (r) => <Amount value={r.amount} />,
                align: 'right',
                nowrap: true
              }
            ]}
          />
          <div className="filters filters--flat">
            <DateField posting label={T.date} value={date} onChange={setDate} required />
          </div>
          {done && <Notice tone="success">{done}</Notice>}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy || preview.errors.length > 0 || preview.items.length === 0 || !date || done !== null}
              onClick={() =>
                call(async () => {
                  if (!file) return
                  const r = await invoke('savings.collectionImport', { ...file.source, date })
                  setDone(T.done(String(r.count), formatRupiah(r.total), r.entry.number))
                  onPosted?.()
                })
              }
            >
              {T.importSubmit}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
