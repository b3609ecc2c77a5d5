import { Fragment, useContext, useState } from 'react'
import {
  EXIT_REASON_LABELS,
  type ExitReason,
  type ExitSettlement,
  type Member
} from '../../../../shared/commands/members'
import { formatDateLong } from '../../../../shared/dates/format'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { capitalizeFirst, terbilangRupiah } from '../../../../shared/money/terbilang'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { BookContext } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.memberExit
const REASONS = (Object.keys(EXIT_REASON_LABELS) as ExitReason[]).map((r) => ({
  value: r,
  label: EXIT_REASON_LABELS[r]
}))

function addressOf(m: Member): string {
  const parts = [m.street, m.rt || m.rw ? t.common.rtRw(m.rt ?? '-', m.rw ?? '-') : null, m.dusun, m.village].filter(
    Boolean
  )
  return parts.join(', ')
}

/** Berita Acara Pengembalian Simpanan: printed on A4 after the member left. */
export function BeritaAcara({
  member,
  settlement,
  reason,
  entry
}: {
  member: Member
  settlement: ExitSettlement
  reason: ExitReason
  entry: string | null
}) {
  const book = useContext(BookContext)
  const s = settlement
  const rows: [string, number][] = [
    [t.savings.typeLong.POKOK!, s.rights.pokok],
    [t.savings.typeLong.WAJIB!, s.rights.wajib],
    [t.savings.typeLong.SUKARELA!, s.rights.sukarela]
  ]
  return (
    <section className="card berita-acara print-a4" aria-label={T.baTitle} data-testid="berita-acara">
      {book && <p className="receipt__org">{book.profile.name}</p>}
      <h2 className="receipt__title">{T.baTitle}</h2>
      <p>{T.baOpening(formatDateLong(s.date))}</p>
      <dl className="kv">
        <div className="kv__row">
          <dt>{T.baMemberNo}</dt>
          <dd className="mono">{member.memberNo}</dd>
        </div>
        <div className="kv__row">
          <dt>{T.baName}</dt>
          <dd>{member.name}</dd>
        </div>
        <div className="kv__row">
          <dt>{T.baNik}</dt>
          <dd>{member.nik ?? t.common.none}</dd>
        </div>
        <div className="kv__row">
          <dt>{T.baAddress}</dt>
          <dd>{addressOf(member) || t.common.none}</dd>
        </div>
        <div className="kv__row">
          <dt>{T.baJoined}</dt>
          <dd>{member.joinedAt ? formatDateLong(member.joinedAt) : t.common.none}</dd>
        </div>
        <div className="kv__row">
          <dt>{T.baExit}</dt>
          <dd>{formatDateLong(s.date)}</dd>
        </div>
        <div className="kv__row">
          <dt>{T.baReason}</dt>
          <dd>{EXIT_REASON_LABELS[reason]}</dd>
        </div>
        {entry && (
          <div className="kv__row">
            <dt>{T.baEntry}</dt>
            <dd className="mono">{entry}</dd>
          </div>
        )}
      </dl>
      <ScrollRegion>
        <table className="table" aria-label={T.baTitle}>
          <thead>
            <tr>
              <th scope="col">{T.baItem}</th>
              <th scope="col" className="is-right">
                {T.baAmount}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" colSpan={2}>
                {T.rights}
              </th>
            </tr>
            {rows.map(([label, v]) => (
              <tr key={label}>
                <td>{label}</td>
                <td className="is-right nowrap">
                  <Amount value={v} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{T.totalRights}</th>
              <td className="is-right nowrap" data-testid="ba-rights">
                <Amount value={s.rights.total} />
              </td>
            </tr>
            <tr>
              <th scope="row" colSpan={2}>
                {T.obligations}
              </th>
            </tr>
            {s.obligations.loans.map((l) => (
              <Fragment key={l.loanNo}>
                <tr data-testid="ba-loan">
                  <td>{T.loanLine(l.loanNo)}</td>
                  <td className="is-right nowrap">
                    <Amount value={l.payoff} />
                  </td>
                </tr>
                {(
                  [
                    [T.loanPokok, l.outstandingPokok],
                    [T.loanJasaTertunggak, l.jasaTertunggak],
                    [T.loanJasaPelunasan, l.jasaPelunasan],
                    [T.loanDenda, l.denda]
                  ] as [string, number][]
                )
                  .filter(([, v]) => v !== 0)
                  .map(([label, v]) => (
                    <tr key={label} className="ba__part">
                      <td className="ba__part-label">{label}</td>
                      <td className="is-right nowrap">
                        <Amount value={v} />
                      </td>
                    </tr>
                  ))}
              </Fragment>
            ))}
            <tr>
              <td>{T.receivable}</td>
              <td className="is-right nowrap">
                <Amount value={s.obligations.receivable} />
              </td>
            </tr>
            <tr>
              <th scope="row">{T.totalObligations}</th>
              <td className="is-right nowrap">
                <Amount value={s.obligations.total} />
              </td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{s.net < 0 ? T.netOwed : T.net}</th>
              <td className="is-right nowrap" data-testid="ba-net">
                <Amount value={Math.abs(s.net)} />
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p>
        {T.baWords}: <em data-testid="ba-words">{capitalizeFirst(terbilangRupiah(Math.abs(s.net)))}</em>
      </p>
      <p>{T.baClosing}</p>
      <p className="ba__place">
        {book?.profile.village ? `${book.profile.village}, ` : ''}
        {formatDateLong(s.date)}
      </p>
      <div
        className="ba__signs"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(3, 1fr)',
          gap: '1rem',
          textAlign: 'center',
          marginTop: '1rem'
        }}
      >
        {[T.signMember, T.signTreasurer, T.signChair].map((who, i) => (
          <div key={who}>
            <p>{who}</p>
            <div style={{ height: '4rem' }} />
            <p style={{ borderBottom: '1px solid currentColor', minHeight: '1.4em', margin: '0 1rem' }}>
              {i === 0 ? member.name : ''}
            </p>
          </div>
        ))}
      </div>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {T.print}
        </button>
      </div>
    </section>
  )
}

/** Anggota keluar: preview the settlement (hak − kewajiban), confirm, then the Berita Acara. */
export function MemberExit({ member, onDone, onCancel }: { member: Member; onDone: () => void; onCancel: () => void }) {
  const invoke = useInvoke()
  const [date, setDate] = useState(today())
  const [reason, setReason] = useState<ExitReason>('PERMINTAAN_SENDIRI')
  const [payout, setPayout] = useState<'TUNAI' | 'UTANG'>('TUNAI')
  const [note, setNote] = useState('')
  const [preview, setPreview] = useState<ExitSettlement | null>(null)
  const [failure, setFailure] = useState<CommandFailure | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ settlement: ExitSettlement; entry: string | null; member: Member } | null>(
    null
  )

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

  if (result) {
    return (
      <>
        <Notice tone="success">{T.done(result.member.memberNo, result.member.name)}</Notice>
        <BeritaAcara member={result.member} settlement={result.settlement} reason={reason} entry={result.entry} />
      </>
    )
  }

  return (
    <section className="card no-print" aria-label={T.heading}>
      <h2 className="card__title">{T.heading}</h2>
      <div className="filters filters--flat">
        <DateField
          posting
          label={T.date}
          value={date}
          onChange={(v) => {
            setDate(v)
            setPreview(null)
          }}
          required
        />
        <SelectField label={T.reason} value={reason} onChange={(v) => setReason(v as ExitReason)} options={REASONS} />
        <SelectField
          label={T.payout}
          value={payout}
          onChange={(v) => setPayout(v as 'TUNAI' | 'UTANG')}
          options={(['TUNAI', 'UTANG'] as const).map((v) => ({ value: v, label: T.payouts[v]! }))}
        />
        <TextField label={T.note} value={note} onChange={setNote} optional />
      </div>
      <FailureNotice error={failure} />
      {preview && (
        <dl className="kv" data-testid="exit-preview">
          <div className="kv__row">
            <dt>{t.savings.typeLong.POKOK}</dt>
            <dd>{formatRupiah(preview.rights.pokok)}</dd>
          </div>
          <div className="kv__row">
            <dt>{t.savings.typeLong.WAJIB}</dt>
            <dd>{formatRupiah(preview.rights.wajib)}</dd>
          </div>
          <div className="kv__row">
            <dt>{t.savings.typeLong.SUKARELA}</dt>
            <dd>{formatRupiah(preview.rights.sukarela)}</dd>
          </div>
          <div className="kv__row">
            <dt>{T.totalRights}</dt>
            <dd>{formatRupiah(preview.rights.total)}</dd>
          </div>
          <div className="kv__row">
            <dt>{T.totalObligations}</dt>
            <dd>{formatRupiah(preview.obligations.total)}</dd>
          </div>
          <div className="kv__row">
            <dt>{preview.net < 0 ? T.netOwed : T.net}</dt>
            <dd data-testid="exit-net">{formatRupiah(Math.abs(preview.net))}</dd>
          </div>
        </dl>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!date || busy}
          onClick={() => call(async () => setPreview(await invoke('members.exitPreview', { id: member.id, date })))}
        >
          {T.preview}
        </button>
        {preview && (
          <button
            type="button"
            className="btn btn--danger"
            disabled={busy}
            onClick={() =>
              call(async () => {
                const r = await invoke('members.exit', {
                  id: member.id,
                  date,
                  reason,
                  payout,
                  note: note.trim() || null,
                  cashAccount: '1-1101'
                })
                setResult({ settlement: r.settlement, entry: r.entry?.number ?? null, member: r.member })
                onDone()
              })
            }
          >
            {T.confirm}
          </button>
        )}
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {T.cancel}
        </button>
      </div>
    </section>
  )
}
