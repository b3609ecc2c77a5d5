import { useEffect, useState } from 'react'
import type { AttendanceList, Quorum, RatMeeting } from '../../../../shared/commands/rat'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { formatDateLong, formatDateWithDay } from '../../lib/dateText'
import { useCommand } from '../../api/useCommand'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { DateInput } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { Field, SelectField, TextAreaField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { moneyFieldText, readMoney } from '../../lib/money'
import { today } from '../../lib/dates'
import { useFormGuard } from '../../lib/unsaved'
import { formatPercent } from '../../../../shared/money/decimal-text'
import { ScrollRegion } from '../../components/ScrollRegion'

const s = () => t.rat.meeting
const pct = (p: string) => formatPercent(p)

/** RAT: meeting data, printable attendance list with live quorum, decisions, Rencana Kerja and RAPB. */
export function MeetingTab({ query }: { query: Record<string, string> }) {
  const [year, setYear] = useState(String(Number(query.tahun) || Number(today().slice(0, 4)) - 1))
  const y = Number(year)
  const valid = Number.isInteger(y) && y >= 1900 && y <= 2199
  const meeting = useCommand('rat.get', valid ? { year: y } : null)
  const notFound = meeting.error?.code === 'NOT_FOUND'
  const m = meeting.error ? undefined : meeting.data
  return (
    <div className="rat-meeting">
      <div className="form-grid no-print">
        <TextField label={s().year} value={year} onChange={setYear} inputMode="numeric" maxLength={4} />
      </div>
      {!notFound && <FailureNotice error={meeting.error} />}
      {notFound && <Notice tone="info">{s().notRecorded(y)}</Notice>}
      {valid && (notFound || m) && (
        <MeetingForm key={`${y}-${m?.id ?? 0}`} year={y} meeting={m} onSaved={meeting.reload} />
      )}
      {m && (
        <>
          <Attendance key={`a-${m.id}`} meeting={m} />
          <Decisions key={`d-${m.id}`} meeting={m} />
          <Plan key={`p-${m.id}`} meeting={m} onSaved={meeting.reload} />
          <Realisation year={m.year} />
        </>
      )}
    </div>
  )
}

function MeetingForm({
  year,
  meeting,
  onSaved
}: {
  year: number
  meeting: RatMeeting | undefined
  onSaved: () => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [number, setNumber] = useState(String(meeting?.number ?? ''))
  const [date, setDate] = useState(meeting?.date ?? '')
  const [place, setPlace] = useState(meeting?.place ?? '')
  const [agenda, setAgenda] = useState(meeting?.agenda ?? '')
  const [mode, setMode] = useState<'MORE_THAN_HALF' | 'PERCENT'>(meeting?.quorumRule.mode ?? 'MORE_THAN_HALF')
  const [percent, setPercent] = useState(meeting?.quorumRule.mode === 'PERCENT' ? meeting.quorumRule.percent : '50')
  const [error, setError] = useState<CommandFailure | null>(null)
  const [saved, setSaved] = useState(false)
  const save = async () => {
    setError(null)
    setSaved(false)
    try {
      await invoke('rat.save', {
        year,
        number: Number(number),
        date,
        place,
        agenda: agenda || null,
        quorumRule: mode === 'PERCENT' ? { mode, percent: percent.replace(',', '.') } : { mode }
      })
      guard.saved()
      setSaved(true)
      onSaved()
    } catch (e) {
      setError(toFailure(e))
    }
  }
  return (
    <section {...guard.props} className="card rat-meeting__form no-print" aria-label={s().title}>
      <h3>{s().title}</h3>
      <div className="form-grid">
        <TextField label={s().number} value={number} onChange={setNumber} inputMode="numeric" required />
        <Field label={s().date} required>
          {(c) => <DateInput {...c} value={date} onChange={setDate} />}
        </Field>
        <TextField label={s().place} value={place} onChange={setPlace} required />
        <SelectField
          label={s().quorumRule}
          term="kuorum"
          value={mode}
          onChange={(v) => setMode(v as 'MORE_THAN_HALF' | 'PERCENT')}
          options={[
            { value: 'MORE_THAN_HALF', label: s().quorumModes.MORE_THAN_HALF! },
            { value: 'PERCENT', label: s().quorumModes.PERCENT! }
          ]}
        />
        {mode === 'PERCENT' && (
          <TextField label={s().quorumPercent} value={percent} onChange={setPercent} inputMode="decimal" />
        )}
      </div>
      <TextAreaField label={s().agenda} value={agenda} onChange={setAgenda} optional />
      <FailureNotice error={error} />
      {saved && <Notice tone="success">{s().saved}</Notice>}
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={save}>
          {s().save}
        </button>
      </div>
    </section>
  )
}

export function QuorumPanel({ quorum }: { quorum: Quorum }) {
  return (
    <dl className={`rat-quorum ${quorum.met ? 'rat-quorum--met' : 'rat-quorum--short'}`} aria-live="polite">
      <div>
        <dt>{s().eligible}</dt>
        <dd data-testid="rat-eligible">{quorum.eligible}</dd>
      </div>
      <div>
        <dt>{s().present}</dt>
        <dd data-testid="rat-present">
          {quorum.present} ({pct(quorum.presentPercent)})
        </dd>
      </div>
      <div>
        <dt>{s().required}</dt>
        <dd data-testid="rat-required">{quorum.required}</dd>
      </div>
      <div className="rat-quorum__verdict">
        <dd data-testid="rat-quorum-state">{quorum.met ? s().met : s().notMet}</dd>
      </div>
    </dl>
  )
}

function Attendance({ meeting }: { meeting: RatMeeting }) {
  const invoke = useInvoke()
  const list = useCommand('rat.attendanceList', { ratId: meeting.id })
  const [marks, setMarks] = useState<Record<number, boolean>>({})
  const [quorum, setQuorum] = useState<Quorum>(meeting.quorum)
  const [error, setError] = useState<CommandFailure | null>(null)
  useEffect(() => {
    if (list.data) setQuorum(list.data.quorum)
  }, [list.data])
  const data: AttendanceList | undefined = list.data
  const toggle = async (memberId: number, present: boolean) => {
    setError(null)
    setMarks((mk) => ({ ...mk, [memberId]: present }))
    try {
      setQuorum(await invoke('rat.recordAttendance', { ratId: meeting.id, memberIds: [memberId], present }))
    } catch (e) {
      setMarks((mk) => ({ ...mk, [memberId]: !present }))
      setError(toFailure(e))
    }
  }
  return (
    <section className="card rat-attendance" aria-label={s().attendance}>
      <header className="rat-attendance__head no-print">
        <h3>{s().attendance}</h3>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => window.print()}>
          {s().print}
        </button>
      </header>
      <QuorumPanel quorum={quorum} />
      <FailureNotice error={error ?? list.error} />
      {data && (
        <div className="rat-print">
          <h2 className="print-only rat-print__title">
            {s().attendanceHeader(data.cooperative, data.number, data.year)}
          </h2>
          <p className="print-only">
            {formatDateWithDay(data.date)} — {data.place}
          </p>
          <ScrollRegion>
            <table className="table rat-attendance__table">
              <thead>
                <tr>
                  <th>{s().colNo}</th>
                  <th>{s().colMemberNo}</th>
                  <th>{s().colName}</th>
                  <th>{s().colGender}</th>
                  <th>{s().colAddress}</th>
                  <th className="no-print">{s().colPresent}</th>
                  <th className="rat-sign">{s().colSignature}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => {
                  const present = marks[r.memberId] ?? r.present ?? false
                  return (
                    <tr key={r.memberId}>
                      <td>{r.no}</td>
                      <td className="mono">{r.memberNo}</td>
                      <td>{r.name}</td>
                      <td>{r.gender ?? ''}</td>
                      <td>{r.address}</td>
                      <td className="no-print">
                        <input
                          type="checkbox"
                          aria-label={s().presentOf(r.name)}
                          checked={present}
                          onChange={(e) => void toggle(r.memberId, e.target.checked)}
                        />
                      </td>
                      <td className={`rat-sign ${r.no % 2 === 1 ? 'rat-sign--odd' : 'rat-sign--even'}`}>{r.no}.</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <dl className="kv rat-attendance__footer">
            <div className="kv__row">
              <dt>{s().registered(data.year)}</dt>
              <dd>{data.registeredAtYearEnd}</dd>
            </div>
            <div className="kv__row">
              <dt>{s().present}</dt>
              <dd>{quorum.present}</dd>
            </div>
            <div className="kv__row">
              <dt>{s().presentPercent}</dt>
              <dd>{pct(quorum.presentPercent)}</dd>
            </div>
            <div className="kv__row">
              <dt>{s().quorumMet}</dt>
              <dd>
                {quorum.met ? s().yes : s().no} ({s().required}: {quorum.required})
              </dd>
            </div>
          </dl>
          {data.guests.length > 0 && (
            <>
              <h4>{s().guests}</h4>
              <ScrollRegion>
                <table className="table rat-guests">
                  <thead>
                    <tr>
                      <th>{s().colNo}</th>
                      <th>{s().colName}</th>
                      <th />
                      <th className="rat-sign">{s().colSignature}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.guests.map((g, i) => (
                      <tr key={i}>
                        <td>{i + 1}</td>
                        <td>{g.name}</td>
                        <td>{g.role ?? ''}</td>
                        <td className="rat-sign" />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </>
          )}
        </div>
      )}
    </section>
  )
}

function Decisions({ meeting }: { meeting: RatMeeting }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [items, setItems] = useState(meeting.decisions.map((d) => ({ ...d })))
  const [error, setError] = useState<CommandFailure | null>(null)
  const [saved, setSaved] = useState(false)
  const save = async () => {
    setError(null)
    setSaved(false)
    try {
      setItems(await invoke('rat.decisions', { ratId: meeting.id, decisions: items.filter((d) => d.text.trim()) }))
      guard.saved()
      setSaved(true)
    } catch (e) {
      setError(toFailure(e))
    }
  }
  return (
    <section {...guard.props} className="card rat-decisions no-print" aria-label={s().decisions}>
      <h3>{s().decisions}</h3>
      <ol className="rat-decisions__list">
        {items.map((d, i) => (
          <li key={i} className="rat-decisions__item">
            <TextAreaField
              label={`${s().decisionText} ${d.number}`}
              value={d.text}
              onChange={(v) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, text: v } : x)))}
            />
            <button
              type="button"
              className="btn btn--ghost btn--small"
              aria-label={s().removeDecision(d.number)}
              onClick={() => setItems((xs) => xs.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => setItems((xs) => [...xs, { number: Math.max(0, ...xs.map((x) => x.number)) + 1, text: '' }])}
        >
          {s().addDecision}
        </button>
        <button type="button" className="btn btn--primary" onClick={save}>
          {s().saveDecisions}
        </button>
      </div>
      <FailureNotice error={error} />
      {saved && <Notice tone="success">{s().decisionsSaved}</Notice>}
    </section>
  )
}

function Plan({ meeting, onSaved }: { meeting: RatMeeting; onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [workPlan, setWorkPlan] = useState(meeting.workPlan ?? '')
  const [amounts, setAmounts] = useState<Record<string, string>>(
    Object.fromEntries(meeting.rapb.map((l) => [l.groupCode, l.amount ? moneyFieldText(l.amount) : '']))
  )
  const [error, setError] = useState<CommandFailure | null>(null)
  const [saved, setSaved] = useState(false)
  const value = (code: string) => {
    const r = readMoney(amounts[code] ?? '')
    return r.ok ? r.value : 0
  }
  const total = (type: 'PENDAPATAN' | 'BEBAN') =>
    meeting.rapb.filter((l) => l.type === type).reduce((t, l) => t + value(l.groupCode), 0)
  const invalid = meeting.rapb.some((l) => !readMoney(amounts[l.groupCode] ?? '').ok)
  const save = async () => {
    setError(null)
    setSaved(false)
    try {
      await invoke('rat.savePlan', {
        ratId: meeting.id,
        workPlan: workPlan || null,
        rapb: meeting.rapb
          .map((l) => ({ groupCode: l.groupCode, amount: value(l.groupCode) }))
          .filter((l) => l.amount > 0)
      })
      guard.saved()
      setSaved(true)
      onSaved()
    } catch (e) {
      setError(toFailure(e))
    }
  }
  const next = meeting.year + 1
  return (
    <section {...guard.props} className="card rat-plan no-print" aria-label={s().plan}>
      <h3>{s().plan}</h3>
      <TextAreaField label={s().workPlan} term="rapb" value={workPlan} onChange={setWorkPlan} optional />
      <ScrollRegion>
        <table className="table rat-rapb">
          <thead>
            <tr>
              <th>{s().rapbGroup}</th>
              <th className="num">{s().rapbActual(meeting.year)}</th>
              <th className="num">{s().rapbBudget(next)}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.rapb.map((l) => (
              <tr key={l.groupCode}>
                <td>
                  {l.groupCode} {l.name}
                </td>
                <td className="num">{formatRupiah(l.actual, { withSymbol: false })}</td>
                <td className="num">
                  <MoneyInput
                    aria-label={s().rapbOf(l.groupCode)}
                    value={amounts[l.groupCode] ?? ''}
                    onChange={(v) => setAmounts((a) => ({ ...a, [l.groupCode]: v }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{s().revenue}</th>
              <td />
              <td className="num" data-testid="rapb-revenue">
                {formatRupiah(total('PENDAPATAN'))}
              </td>
            </tr>
            <tr>
              <th>{s().expense}</th>
              <td />
              <td className="num">{formatRupiah(total('BEBAN'))}</td>
            </tr>
            <tr>
              <th>{s().shu}</th>
              <td />
              <td className="num" data-testid="rapb-shu">
                {formatRupiah(total('PENDAPATAN') - total('BEBAN'))}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <div className="form-actions">
        <button type="button" className="btn btn--primary" disabled={invalid} onClick={save}>
          {s().savePlan}
        </button>
      </div>
      <FailureNotice error={error} />
      {saved && <Notice tone="success">{s().planSaved}</Notice>}
    </section>
  )
}

function Realisation({ year }: { year: number }) {
  const r = useCommand('rat.rapbRealisation', { year })
  if (!r.data) return <FailureNotice error={r.error} />
  const d = r.data
  return (
    <section className="card rat-realisation" aria-label={s().realisation(year)}>
      <h3>{s().realisation(year)}</h3>
      {d.ratId === null ? (
        <p className="muted">{s().noBudget}</p>
      ) : (
        <ScrollRegion>
          <table className="table">
            <thead>
              <tr>
                <th>{s().rapbGroup}</th>
                <th className="num">{s().budget}</th>
                <th className="num">{s().actual}</th>
                <th className="num">{s().percent}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((x) => (
                <tr key={x.groupCode}>
                  <td>
                    {x.groupCode} {x.name}
                  </td>
                  <td className="num">{formatRupiah(x.budget, { withSymbol: false })}</td>
                  <td className="num">{formatRupiah(x.actual, { withSymbol: false })}</td>
                  <td className="num">{x.percent ? pct(x.percent) : '-'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="muted">{formatDateLong(`${year}-12-31`)}</p>
    </section>
  )
}
