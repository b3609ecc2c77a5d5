import { useEffect, useState, type FormEvent } from 'react'
import type { TillSession, TillStatus } from '../../../../shared/commands/till'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DataTable } from '../../components/DataTable'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { useSession } from '../../app/session'
import { t } from '../../i18n'
import { moneyFieldText, readMoney } from '../../lib/money'
import { differenceText, TillReport } from './TillReport'

const K = t.till
const O = K.office

/** The bendahara's side: every kasir day, the setoran waiting to be accepted, and the withdrawal limit. */
export function SetoranList() {
  const { can } = useSession()
  const invoke = useInvoke()
  const [status, setStatus] = useState<TillStatus | ''>('DISERAHKAN')
  const list = useCommand('till.list', status ? { status } : {})
  const [shown, setShown] = useState<TillSession | null>(null)
  const [accepting, setAccepting] = useState<TillSession | null>(null)
  const [received, setReceived] = useState('')
  const [receivedError, setReceivedError] = useState<string | undefined>()
  const recount = readMoney(received)
  const open = (r: TillSession) => {
    setAccepting(r)
    setReceived(moneyFieldText(r.counted ?? 0))
    setReceivedError(undefined)
  }
  const [done, setDone] = useState<string | null>(null)
  const [failure, setFailure] = useState<CommandFailure | null>(null)
  const [busy, setBusy] = useState(false)

  const accept = async () => {
    if (!accepting || busy) return
    if (!recount.ok) return setReceivedError(recount.message)
    setBusy(true)
    try {
      const r = await invoke('till.accept', { sessionId: accepting.id, received: recount.value })
      setDone(
        r.handoverEntryNumber ? O.accepted(r.cashierName, r.handoverEntryNumber) : O.acceptedNoEntry(r.cashierName)
      )
      setFailure(null)
      setShown(r)
      list.reload()
    } catch (err) {
      setFailure(toFailure(err))
    } finally {
      setAccepting(null)
      setBusy(false)
    }
  }

  if (shown) {
    return (
      <>
        {done && <Notice tone="success">{done}</Notice>}
        <div className="form-actions no-print">
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setShown(null)
              setDone(null)
            }}
          >
            {O.back}
          </button>
        </div>
        <TillReport session={shown} />
      </>
    )
  }

  return (
    <>
      <FailureNotice error={failure ?? list.error} />
      <section className="card" aria-label={O.list}>
        <h2>{O.list}</h2>
        <SelectField
          label={O.filter}
          value={status}
          onChange={(v) => setStatus(v as TillStatus | '')}
          options={[
            { value: '', label: O.all },
            ...(['DISERAHKAN', 'BUKA', 'DITERIMA'] as const).map((v) => ({ value: v, label: K.status[v]! }))
          ]}
        />
        <DataTable
          aria-label={O.list}
          rows={list.data ?? []}
          rowKey={(r) => r.id}
          loading={list.loading}
          empty={O.empty}
          columns={[
            { key: 'date', header: K.report.date, render: (r) => formatDateLong(r.date), nowrap: true },
            { key: 'who', header: K.report.cashier, render: (r) => r.cashierName },
            { key: 'status', header: K.report.status, render: (r) => K.status[r.status] },
            {
              key: 'float',
              header: K.summary.float,
              render: (r) => formatRupiah(r.openingFloat),
              align: 'right',
              nowrap: true,
              priority: 3
            },
            {
              key: 'expected',
              header: K.summary.expected,
              render: (r) => formatRupiah(r.expected),
              align: 'right',
              nowrap: true
            },
            {
              key: 'counted',
              header: K.summary.counted,
              render: (r) => (r.counted === null ? '' : formatRupiah(r.counted)),
              align: 'right',
              nowrap: true
            },
            {
              key: 'diff',
              header: K.summary.difference,
              render: (r) => (r.counted === null ? '' : differenceText(r.difference)),
              nowrap: true
            },
            {
              key: 'act',
              header: '',
              render: (r) => (
                <span className="trade-actions">
                  <button type="button" className="btn btn--ghost btn--sm" onClick={() => setShown(r)}>
                    {O.open}
                  </button>
                  {r.status === 'DISERAHKAN' && can('post') && (
                    <button type="button" className="btn btn--primary btn--sm" onClick={() => open(r)}>
                      {O.accept}
                    </button>
                  )}
                </span>
              )
            }
          ]}
        />
      </section>
      {can('admin') && <LimitForm />}
      {accepting && (
        <Dialog
          title={O.accept}
          onClose={() => setAccepting(null)}
          footer={
            <>
              <button type="button" className="btn btn--secondary" onClick={() => setAccepting(null)}>
                {t.common.cancel}
              </button>
              <button type="button" className="btn btn--primary" disabled={busy} onClick={accept}>
                {busy ? t.common.saving : O.accept}
              </button>
            </>
          }
        >
          <MoneyField
            label={O.received}
            value={received}
            onChange={(v) => {
              setReceived(v)
              setReceivedError(undefined)
            }}
            error={receivedError}
            hint={O.receivedHint}
            required
          />
          <p>
            {O.confirmAccept(
              accepting.cashierName,
              formatRupiah(recount.ok ? recount.value : (accepting.counted ?? 0)),
              differenceText((recount.ok ? recount.value : (accepting.counted ?? 0)) - accepting.expected)
            )}
          </p>
        </Dialog>
      )}
    </>
  )
}

function LimitForm() {
  const invoke = useInvoke()
  const S = K.settings
  const current = useCommand('till.settings', {})
  const [limit, setLimit] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [saved, setSaved] = useState<string | null>(null)
  useEffect(() => {
    if (current.data) setLimit(moneyFieldText(current.data.withdrawLimit))
  }, [current.data])
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const m = readMoney(limit)
    if (!m.ok) return setError(m.message)
    try {
      const r = await invoke('till.setSettings', { withdrawLimit: m.value })
      setSaved(S.saved(formatRupiah(r.withdrawLimit)))
      setError(undefined)
    } catch (err) {
      setError(toFailure(err).message)
    }
  }
  return (
    <form className="card no-print" onSubmit={submit} noValidate aria-label={S.title}>
      <h2>{S.title}</h2>
      <p className="muted">{S.lead}</p>
      {saved && <Notice tone="success">{saved}</Notice>}
      <div className="form-grid">
        <MoneyField label={S.limit} value={limit} onChange={setLimit} error={error} required />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {S.save}
        </button>
      </div>
    </form>
  )
}
