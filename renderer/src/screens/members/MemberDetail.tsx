import { useState } from 'react'
import type { Member } from '../../../../shared/commands/members'
import { formatDateLong } from '../../lib/dateText'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { MemberExit } from './MemberExit'
import { MemberForm } from './MemberForm'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { today, formatStamp } from '../../lib/dates'
import { StatusBadge, rtRw } from './MemberList'

const T = t.members

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd>{value || t.common.none}</dd>
    </div>
  )
}

function fieldLabel(field: string): string {
  return (T.f as Record<string, string>)[field] ?? field
}

export function MemberDetail({ id }: { id: number }) {
  const member = useCommand('members.get', { id })
  const history = useCommand('members.history', { id })
  const mayEdit = useSession().canRun('members.update')
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const session = useSession()
  const invoke = useInvoke()
  const [exiting, setExiting] = useState(false)
  const [activated, setActivated] = useState(false)
  const [actionError, setActionError] = useState<CommandFailure | null>(null)
  const activate = async () => {
    setActionError(null)
    try {
      await invoke('members.activate', { id, date: today() })
      setActivated(true)
      member.reload()
      history.reload()
    } catch (e) {
      setActionError(toFailure(e))
    }
  }
  const m: Member | undefined = member.data

  return (
    <div className="member-detail">
      <p className="no-print">
        <a className="plain-link" href={href('anggota/daftar')}>
          {T.backToList}
        </a>
      </p>
      <FailureNotice error={member.error} />
      {saved && <Notice tone="success">{T.updated}</Notice>}
      {activated && <Notice tone="success">{t.memberExit.activated}</Notice>}
      <FailureNotice error={actionError} />
      {m && exiting && (
        <MemberExit
          member={m}
          onCancel={() => setExiting(false)}
          onDone={() => {
            member.reload()
            history.reload()
          }}
        />
      )}
      {m && !editing && !exiting && (
        <section className="card" aria-label={T.detail}>
          <div className="card__head">
            <h2 className="card__title">
              <span className="mono">{m.memberNo}</span> {m.name} <StatusBadge status={m.status} />
            </h2>
            <span className="toolbar">
              <a className="btn btn--ghost btn--sm" href={href('simpanan/buku', { anggota: String(m.id) })}>
                {T.openPassbook}
              </a>
              <a className="btn btn--ghost btn--sm" href={href('anggota/cetak', { kartu: String(m.id) })}>
                {t.registerPrint.card}
              </a>
              {m.status === 'CALON' && session.canRun('members.activate') && (
                <button type="button" className="btn btn--secondary btn--sm" onClick={activate}>
                  {t.memberExit.activate}
                </button>
              )}
              {m.status !== 'KELUAR' && session.canRun('members.exit') && (
                <button
                  type="button"
                  className="btn btn--secondary btn--sm"
                  onClick={() => {
                    setExiting(true)
                    setSaved(false)
                  }}
                >
                  {t.memberExit.start}
                </button>
              )}
              {mayEdit && (
                <button
                  type="button"
                  className="btn btn--secondary btn--sm"
                  onClick={() => {
                    setEditing(true)
                    setSaved(false)
                  }}
                >
                  {T.edit}
                </button>
              )}
            </span>
          </div>
          <dl className="kv">
            <Row label={T.colSerial} value={String(m.serial)} />
            <Row label={T.f.nik} value={m.nik} />
            <Row label={T.f.kkNumber} value={m.kkNumber} />
            <Row label={T.f.gender} value={m.gender ? T.gender[m.gender] : null} />
            <Row label={T.f.birthPlace} value={m.birthPlace} />
            <Row label={T.f.birthDate} value={m.birthDate ? formatDateLong(m.birthDate) : null} />
            <Row label={T.f.occupation} value={m.occupation} />
            <Row label={T.f.street} value={m.street} />
            <Row label={T.colRtRw} value={rtRw(m)} />
            <Row label={T.f.dusun} value={m.dusun} />
            <Row label={T.f.village} value={m.village} />
            <Row label={T.f.phone} value={m.phone} />
            <Row label={T.f.joinedAt} value={m.joinedAt ? formatDateLong(m.joinedAt) : null} />
            <Row label={T.f.signedRegister} value={m.signedRegister ? t.common.yes : t.common.no} />
            <Row label={T.f.note} value={m.note} />
          </dl>
        </section>
      )}
      {m && editing && (
        <MemberForm
          member={m}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            setSaved(true)
            member.reload()
            history.reload()
          }}
        />
      )}
      <section className="card no-print">
        <h2 className="card__title">{T.history}</h2>
        <DataTable
          aria-label={T.history}
          rows={history.data ?? []}
          loading={history.loading}
          rowKey={(_r, i) => i}
          empty={T.historyEmpty}
          columns={[
            { key: 'at', header: T.colAt, render: (r) => formatStamp(r.at), nowrap: true, width: '11rem' },
            { key: 'actor', header: T.colActor, render: (r) => r.actor, width: '8rem' },
            { key: 'field', header: T.colField, render: (r) => fieldLabel(r.field) },
            { key: 'old', header: T.colOld, render: (r) => r.oldValue ?? t.common.none },
            { key: 'new', header: T.colNew, render: (r) => r.newValue ?? t.common.none }
          ]}
        />
      </section>
    </div>
  )
}
