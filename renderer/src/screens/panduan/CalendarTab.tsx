import { useState, type FormEvent } from 'react'
import { formatDateLong, formatMonth } from '../../../../shared/dates/format'
import type { Obligation } from '../../../../shared/panduan/calendar'
import type { GlossaryId } from '../../../../shared/panduan/glossary'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { FailureNotice } from '../../components/FailureNotice'
import { TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { TermHelp } from '../../components/TermHelp'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const C = () => t.panduan.calendar

const KIND_TERMS: Record<Obligation['kind'], GlossaryId> = {
  WAJIB: 'tagihan-simpanan',
  JASA: 'jasa-simpanan',
  PENYUSUTAN: 'penyusutan',
  TUTUP_BULAN: 'periode-terkunci',
  LAPORAN_TRIWULAN: 'sak-ep',
  TUTUP_TAHUN: 'tutup-buku',
  LAPORAN_TAHUNAN: 'laporan-tahunan',
  RAT: 'rat',
  DINAS: 'laporan-dinas',
  MASA_JABATAN: 'pengurus'
}

const STATUS_BADGE = {
  SELESAI: 'badge--ok',
  TERLAMBAT: 'badge--bad',
  SEGERA: 'badge--warning',
  AKAN_DATANG: 'badge--muted'
} as const

/** What an obligation is about, in words: "Tagih dan catat simpanan wajib — Maret 2026". */
export function obligationTitle(o: Obligation): string {
  const what = C().kinds[o.kind]
  if (o.kind === 'MASA_JABATAN') return C().periodTerm(what, o.name ?? '')
  if (/^\d{4}-\d{2}$/.test(o.period)) return C().periodMonth(what, formatMonth(o.period))
  if (/^\d{4}-Q\d$/.test(o.period)) return C().periodQuarter(what, o.period.slice(6), o.period.slice(0, 4))
  return C().periodYear(what, o.period)
}

export function ObligationRow({ o, onChanged }: { o: Obligation; onChanged?: () => void }) {
  const invoke = useInvoke()
  const { canRun } = useSession()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const mark = async (done: boolean) => {
    setBusy(true)
    setError(null)
    try {
      await invoke('panduan.mark', { key: o.key, done })
      onChanged?.()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <tr data-testid={`obligation-${o.key}`} className={`obligation obligation--${o.status.toLowerCase()}`}>
      <td className="nowrap">{formatDateLong(o.due)}</td>
      <td>
        <a href={href(o.route)}>{obligationTitle(o)}</a> <TermHelp term={KIND_TERMS[o.kind]} />
        {o.count !== null && o.count > 0 && o.kind === 'WAJIB' && (
          <span className="muted"> · {C().behind(o.count)}</span>
        )}
        {o.manual && <span className="muted"> · {C().manual}</span>}
        <FailureNotice error={error} />
      </td>
      <td>
        <span className={`badge ${STATUS_BADGE[o.status]}`}>{C().status[o.status]}</span>
      </td>
      <td className="nowrap">
        {o.doneOn ? formatDateLong(o.doneOn) : ''}
        {o.manual && canRun('panduan.mark') && (
          <button
            type="button"
            className="btn btn--link btn--sm"
            disabled={busy}
            onClick={() => void mark(o.status !== 'SELESAI')}
          >
            {o.status === 'SELESAI' ? C().unmark : C().markDone}
          </button>
        )}
      </td>
    </tr>
  )
}

/** Panduan › Kalender kewajiban: a year's obligations with their state, and the calendar's settings. */
export function CalendarTab({ query }: { query: Record<string, string> }) {
  const [year, setYear] = useState(String(Number(query.tahun) || Number(today().slice(0, 4))))
  const valid = /^\d{4}$/.test(year)
  const cal = useCommand('panduan.calendar', valid ? { year: Number(year), asOf: today() } : null)
  return (
    <div className="calendar">
      <p className="panduan-intro">{C().intro}</p>
      <div className="form-grid">
        <TextField label={C().year} value={year} onChange={setYear} inputMode="numeric" maxLength={4} />
      </div>
      <FailureNotice error={cal.error} />
      {cal.data && (
        <section className="card">
          {cal.data.items.length === 0 ? (
            <p className="muted">{C().empty}</p>
          ) : (
            <ScrollRegion className="table-wrap">
              <table className="table calendar__table" aria-label={t.panduan.tabs.kalender}>
                <thead>
                  <tr>
                    <th>{C().colDue}</th>
                    <th>{C().colWhat}</th>
                    <th>{C().colStatus}</th>
                    <th>{C().colDone}</th>
                  </tr>
                </thead>
                <tbody>
                  {cal.data.items.map((o) => (
                    <ObligationRow key={o.key} o={o} onChanged={cal.reload} />
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </section>
      )}
      <CalendarSettingsForm onSaved={cal.reload} />
    </div>
  )
}

function CalendarSettingsForm({ onSaved }: { onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const { canRun } = useSession()
  const settings = useCommand('panduan.calendarSettings', {})
  const [draft, setDraft] = useState<{ ratMonths: string; reminderDays: string } | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [saved, setSaved] = useState(false)
  if (!settings.data || !canRun('panduan.setCalendarSettings')) return null
  const d = draft ?? { ratMonths: String(settings.data.ratMonths), reminderDays: String(settings.data.reminderDays) }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setSaved(false)
    try {
      const r = await invoke('panduan.setCalendarSettings', {
        ratMonths: Number(d.ratMonths),
        reminderDays: Number(d.reminderDays)
      })
      guard.saved()
      setDraft({ ratMonths: String(r.ratMonths), reminderDays: String(r.reminderDays) })
      setSaved(true)
      onSaved()
    } catch (err) {
      setError(toFailure(err))
    }
  }
  return (
    <form {...guard.props} className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={C().settingsTitle}>
      <h2 className="card__title">{C().settingsTitle}</h2>
      <div className="form-grid">
        <TextField
          label={C().ratMonths}
          value={d.ratMonths}
          onChange={(v) => setDraft({ ...d, ratMonths: v })}
          inputMode="numeric"
          hint={C().ratMonthsHint}
          error={error?.field === 'ratMonths' ? error.message : undefined}
          term="rat"
        />
        <TextField
          label={C().reminderDays}
          value={d.reminderDays}
          onChange={(v) => setDraft({ ...d, reminderDays: v })}
          inputMode="numeric"
          error={error?.field === 'reminderDays' ? error.message : undefined}
        />
      </div>
      {error && !error.field && <FailureNotice error={error} />}
      {saved && <Notice tone="success">{C().saved}</Notice>}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {C().save}
        </button>
      </div>
    </form>
  )
}
