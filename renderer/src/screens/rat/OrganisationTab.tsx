import { useState } from 'react'
import {
  ORG_BODIES,
  POSITIONS_OF,
  type OrgBody,
  type OrgOfficer,
  type OrgPosition
} from '../../../../shared/commands/rat'
import { formatDateLong } from '../../lib/dateText'
import { useCommand } from '../../api/useCommand'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { DateInput } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, Field, SelectField, TextField } from '../../components/Field'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { ScrollRegion } from '../../components/ScrollRegion'

const s = () => t.rat.org

/** Susunan pengurus, pengawas dan manajer/karyawan, with add and end. */
export function OrganisationTab(_props: { query: Record<string, string> }) {
  const [asOf, setAsOf] = useState(today())
  const [includeEnded, setIncludeEnded] = useState(false)
  const [adding, setAdding] = useState<OrgBody | null>(null)
  const [ending, setEnding] = useState<OrgOfficer | null>(null)
  const list = useCommand('org.list', asOf ? { asOf, includeEnded } : null)

  return (
    <div className="rat-org">
      <div className="form-grid rat-org__filters no-print">
        <Field label={s().asOf}>{(c) => <DateInput {...c} value={asOf} onChange={setAsOf} />}</Field>
        <CheckboxField label={s().includeEnded} checked={includeEnded} onChange={setIncludeEnded} />
      </div>
      <FailureNotice error={list.error} />
      {ORG_BODIES.map((body) => {
        const rows = (list.data ?? []).filter((o) => o.body === body)
        return (
          <section key={body} className="card rat-org__body" aria-label={s().bodies[body]}>
            <header className="rat-org__head">
              <h3>{s().bodies[body]}</h3>
              <button type="button" className="btn btn--secondary btn--small no-print" onClick={() => setAdding(body)}>
                {s().add}
              </button>
            </header>
            {rows.length === 0 ? (
              <p className="muted">{s().empty}</p>
            ) : (
              <ScrollRegion>
                <table className="table rat-org__table">
                  <thead>
                    <tr>
                      <th>{s().position}</th>
                      <th>{s().name}</th>
                      <th>{s().gender}</th>
                      <th>{s().term}</th>
                      <th>{s().decree}</th>
                      <th>{s().status}</th>
                      <th className="no-print" />
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((o) => (
                      <tr key={o.id}>
                        <td>
                          {o.positionLabel}
                          {o.title ? ` (${o.title})` : ''}
                        </td>
                        <td>
                          {o.name}
                          {o.memberNo ? <span className="muted"> · {o.memberNo}</span> : null}
                        </td>
                        <td>{o.gender ?? '-'}</td>
                        <td>
                          {formatDateLong(o.termStart)} – {o.termEnd ? formatDateLong(o.termEnd) : '…'}
                        </td>
                        <td>{o.decree ?? ''}</td>
                        <td>
                          {o.endedAt ? s().ended(formatDateLong(o.endedAt)) : o.termExpired ? s().expired : s().active}
                        </td>
                        <td className="no-print">
                          {!o.endedAt && (
                            <button type="button" className="btn btn--ghost btn--small" onClick={() => setEnding(o)}>
                              {s().end}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>
        )
      })}
      {adding && (
        <AddOfficer
          body={adding}
          onClose={() => setAdding(null)}
          onSaved={() => {
            setAdding(null)
            list.reload()
          }}
        />
      )}
      {ending && (
        <EndOfficer
          officer={ending}
          onClose={() => setEnding(null)}
          onSaved={() => {
            setEnding(null)
            list.reload()
          }}
        />
      )}
    </div>
  )
}

function AddOfficer({ body, onClose, onSaved }: { body: OrgBody; onClose: () => void; onSaved: () => void }) {
  const invoke = useInvoke()
  const positions = POSITIONS_OF[body]
  const [position, setPosition] = useState<OrgPosition>(positions[0]!)
  const [name, setName] = useState('')
  const [gender, setGender] = useState('')
  const [memberNo, setMemberNo] = useState('')
  const [title, setTitle] = useState('')
  const [decree, setDecree] = useState('')
  const [termStart, setTermStart] = useState(today())
  const [termEnd, setTermEnd] = useState('')
  const [error, setError] = useState<CommandFailure | null>(null)
  const save = async () => {
    setError(null)
    try {
      await invoke('org.save', {
        body,
        position,
        name: name || null,
        gender: gender === 'L' || gender === 'P' ? gender : null,
        memberNo: memberNo.trim() || null,
        title: title || null,
        decree: decree || null,
        termStart,
        termEnd: termEnd || null
      })
      onSaved()
    } catch (e) {
      setError(toFailure(e))
    }
  }
  return (
    <Dialog
      title={s().addTitle(s().bodies[body]!)}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {s().cancel}
          </button>
          <button type="button" className="btn btn--primary" onClick={save}>
            {s().save}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <SelectField
          label={s().position}
          value={position}
          onChange={(v) => setPosition(v as OrgPosition)}
          options={positions.map((p) => ({ value: p, label: s().positions[p]! }))}
        />
        {body === 'KARYAWAN' && <TextField label={s().jobTitle} value={title} onChange={setTitle} optional />}
        <TextField label={s().name} value={name} onChange={setName} />
        <SelectField
          label={s().gender}
          value={gender}
          onChange={setGender}
          placeholder="-"
          options={[
            { value: 'L', label: s().genderL },
            { value: 'P', label: s().genderP }
          ]}
        />
        {body !== 'KARYAWAN' && <TextField label={s().memberId} value={memberNo} onChange={setMemberNo} optional />}
        <TextField label={s().decree} value={decree} onChange={setDecree} optional />
        <Field label={s().termStart} required>
          {(c) => <DateInput {...c} value={termStart} onChange={setTermStart} />}
        </Field>
        <Field label={s().termEnd} optional>
          {(c) => <DateInput {...c} value={termEnd} onChange={setTermEnd} />}
        </Field>
      </div>
      <FailureNotice error={error} />
    </Dialog>
  )
}

function EndOfficer({ officer, onClose, onSaved }: { officer: OrgOfficer; onClose: () => void; onSaved: () => void }) {
  const invoke = useInvoke()
  const [date, setDate] = useState(today())
  const [reason, setReason] = useState('')
  const [error, setError] = useState<CommandFailure | null>(null)
  const save = async () => {
    setError(null)
    try {
      await invoke('org.end', { id: officer.id, date, reason: reason || null })
      onSaved()
    } catch (e) {
      setError(toFailure(e))
    }
  }
  return (
    <Dialog
      title={s().endTitle(officer.name)}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {s().cancel}
          </button>
          <button type="button" className="btn btn--primary" onClick={save}>
            {s().end}
          </button>
        </>
      }
    >
      <Field label={s().endDate} required>
        {(c) => <DateInput {...c} value={date} onChange={setDate} />}
      </Field>
      <TextField label={s().endReason} value={reason} onChange={setReason} optional />
      <FailureNotice error={error} />
    </Dialog>
  )
}
