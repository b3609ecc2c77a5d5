import { useEffect, useState, type FormEvent } from 'react'
import type { DinasFileResult } from '../../../../shared/commands/dinas'
import { formatDateLong } from '../../../../shared/dates/format'
import {
  DINAS_GROUP_LABELS,
  type DinasColumn,
  type DinasFigure,
  type DinasGroup,
  type DinasProfile
} from '../../../../shared/dinas/fields'
import { formatAmount } from '../../../../shared/money/rupiah'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { useSession } from '../../app/session'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href, navigate } from '../../lib/router'
import { useDrill } from '../statements/common'
import { useExportFile, type Exported } from '../../lib/exportFile'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import { exportFileName } from '../../../../shared/files/document-name'
import { currentYear } from './year'
import { useFormGuard } from '../../lib/unsaved'
import { DateField } from '../../components/DateInput'
import { ScrollRegion } from '../../components/ScrollRegion'

const D = t.dinas

export function figureValue(f: DinasFigure): string {
  if (f.value === null || f.value === '') return D.empty
  if (typeof f.value === 'boolean') return f.value ? D.yes : D.no
  if (typeof f.value === 'number' && f.kind === 'year') return String(f.value)
  if (typeof f.value === 'number') return f.kind === 'money' ? `Rp${formatAmount(f.value)}` : formatAmount(f.value)
  if (f.kind === 'date') return formatDateLong(f.value)
  return f.value
}

function defaultYear(booksStart: string): number {
  const y = currentYear(today())
  return Math.max(y - 1, Number(booksStart.slice(0, 4)))
}

/** Laporan Tahunan: every field in template order, grouped as in DOMAIN §7.1, with how and drill. */
export function ReportTab({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const { can } = useSession()
  const invoke = useInvoke()
  const exportFile = useExportFile()
  const year = Number(query.tahun) || defaultYear(profile.booksStartDate)
  const [draft, setDraft] = useState(String(year))
  useEffect(() => setDraft(String(year)), [year])
  const report = useCommand('dinas.report', { year })
  const template = useCommand('dinas.template', {})
  const drill = useDrill()
  const [busy, setBusy] = useState<string | null>(null)
  const [saved, setSaved] = useState<Exported<DinasFileResult> | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)

  const show = (e: FormEvent) => {
    e.preventDefault()
    const y = Number(draft)
    if (Number.isInteger(y) && y >= 1990 && y <= 2200) navigate('dinas/laporan', { tahun: String(y) })
  }

  const exportAs = async (format: 'xlsx' | 'csv' | 'pdf' | 'json') => {
    setBusy(format)
    setError(null)
    setSaved(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'dinas.export', year, format }),
        (target) => invoke('dinas.export', { year, format, ...target })
      )
      if (r) setSaved(r)
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(null)
    }
  }

  const byKey = new Map((report.data?.figures ?? []).map((f) => [f.key, f]))
  const cols = (template.data?.columns ?? []).filter((c) => c.included && byKey.has(c.key))
  const groups: { group: DinasGroup; items: { col: DinasColumn; fig: DinasFigure }[] }[] = []
  for (const col of cols) {
    const fig = byKey.get(col.key)!
    const last = groups[groups.length - 1]
    if (last && last.group === fig.group) last.items.push({ col, fig })
    else groups.push({ group: fig.group, items: [{ col, fig }] })
  }

  return (
    <div className="dinas-report">
      <form className="filters card no-print" onSubmit={show} aria-label={D.tabs.report}>
        <TextField
          label={D.year}
          value={draft}
          onChange={setDraft}
          inputMode="numeric"
          className="w-date"
          data-testid="dinas-year"
        />
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary">
            {D.show}
          </button>
          {(['xlsx', 'csv', 'pdf', 'json'] as const).map((f) => (
            <button
              key={f}
              type="button"
              className="btn btn--secondary"
              disabled={!report.data || busy !== null}
              onClick={() => void exportAs(f)}
              data-testid={`dinas-export-${f}`}
            >
              {busy === f ? D.exporting : D[f]}
            </button>
          ))}
        </div>
      </form>
      {saved && (
        <SavedFileNotice saved={saved.saved} title={D.savedTitle} testId="dinas-export-file">
          {saved.payloadSaved && (
            <>
              <br />
              <span data-testid="dinas-export-payload">
                {D.savedJson(saved.payloadSaved.file ?? saved.payloadSaved.name)}
              </span>
            </>
          )}
        </SavedFileNotice>
      )}
      <FailureNotice error={error} />
      <FailureNotice error={report.error ?? template.error} />
      {report.loading && !report.data && <p className="muted">{t.app.loading}</p>}
      {report.data && (
        <section className="card dinas-fields" aria-labelledby="dinas-title">
          <header className="report__header">
            <p className="report__org">{report.data.cooperative.name}</p>
            <h2 className="report__title" id="dinas-title">
              {D.reportTitle(report.data.year)}
            </h2>
            <p className="report__subtitle">{D.asOf(formatDateLong(report.data.asOf))}</p>
          </header>
          <ScrollRegion className="dinas-table-wrap">
            <table className="dinas-table" data-testid="dinas-fields">
              <thead>
                <tr>
                  <th>{D.field}</th>
                  <th className="num">{D.value}</th>
                  <th className="no-print">{D.how}</th>
                </tr>
              </thead>
              {groups.map((g, gi) => (
                <tbody key={`${g.group}-${gi}`}>
                  <tr className="dinas-table__group">
                    <th colSpan={3} scope="colgroup">
                      {DINAS_GROUP_LABELS[g.group]}
                    </th>
                  </tr>
                  {g.items.map(({ col, fig }) => (
                    <tr key={col.key} data-testid={`dinas-field-${col.key}`}>
                      <th scope="row" className="dinas-table__label">
                        {col.label}
                      </th>
                      <td className={`dinas-table__value${typeof fig.value === 'number' ? ' num' : ''}`}>
                        {fig.drill?.type === 'ledger' ? (
                          <button
                            type="button"
                            className="stmt-fig"
                            title={D.openLabel(col.label)}
                            aria-label={`${D.openLabel(col.label)}: ${figureValue(fig)}`}
                            onClick={() =>
                              fig.drill?.type === 'ledger' && drill.open({ drill: fig.drill.drill, what: col.label })
                            }
                          >
                            {figureValue(fig)}
                          </button>
                        ) : fig.drill?.type === 'route' ? (
                          <a href={href(fig.drill.route, fig.drill.query ?? {})} title={D.openLabel(col.label)}>
                            {figureValue(fig)}
                          </a>
                        ) : (
                          figureValue(fig)
                        )}
                      </td>
                      <td className="dinas-table__how no-print">
                        <details>
                          <summary>{D.showHow}</summary>
                          <p>{fig.how}</p>
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </ScrollRegion>
        </section>
      )}
      {drill.dialog}
      {template.data && (
        <TemplateEditor
          columns={template.data.columns}
          defaults={template.data.defaults}
          mayEdit={can('post')}
          onSaved={template.reload}
        />
      )}
      {can('admin') && <ProfileEditor open={query.isian === '1'} onSaved={report.reload} />}
    </div>
  )
}

function TemplateEditor({
  columns,
  defaults,
  mayEdit,
  onSaved
}: {
  columns: DinasColumn[]
  defaults: DinasColumn[]
  mayEdit: boolean
  onSaved: () => void
}) {
  const invoke = useInvoke()
  const [draft, setDraft] = useState(columns)
  const [state, setState] = useState<{ saving: boolean; done: boolean; error: CommandFailure | null }>({
    saving: false,
    done: false,
    error: null
  })
  useEffect(() => setDraft(columns), [columns])
  const move = (i: number, d: -1 | 1) => {
    const j = i + d
    if (j < 0 || j >= draft.length) return
    const next = [...draft]
    ;[next[i], next[j]] = [next[j]!, next[i]!]
    setDraft(next.map((c, k) => ({ ...c, order: k + 1 })))
  }
  const save = async (cols: DinasColumn[] | null) => {
    setState({ saving: true, done: false, error: null })
    try {
      await invoke('dinas.setTemplate', { columns: cols })
      setState({ saving: false, done: true, error: null })
      onSaved()
    } catch (e) {
      setState({ saving: false, done: false, error: toFailure(e) })
    }
  }
  return (
    <details className="card dinas-template no-print">
      <summary className="card__title">{D.template}</summary>
      <p className="muted">{D.templateHint}</p>
      <FailureNotice error={state.error} />
      {state.done && <Notice tone="success">{D.templateSaved}</Notice>}
      <ScrollRegion className="dinas-table-wrap">
        <table className="dinas-table">
          <thead>
            <tr>
              <th>{D.included}</th>
              <th>{D.label}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.map((c, i) => (
              <tr key={c.key}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${D.included}: ${c.label}`}
                    checked={c.included}
                    disabled={!mayEdit}
                    onChange={(e) =>
                      setDraft(draft.map((x) => (x.key === c.key ? { ...x, included: e.target.checked } : x)))
                    }
                  />
                </td>
                <td>
                  <input
                    className="input"
                    aria-label={`${D.label} ${defaults.find((d) => d.key === c.key)?.label ?? c.key}`}
                    value={c.label}
                    disabled={!mayEdit}
                    onChange={(e) =>
                      setDraft(draft.map((x) => (x.key === c.key ? { ...x, label: e.target.value } : x)))
                    }
                  />
                </td>
                <td className="dinas-template__move">
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm"
                    aria-label={D.moveUp(c.label)}
                    disabled={!mayEdit || i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm"
                    aria-label={D.moveDown(c.label)}
                    disabled={!mayEdit || i === draft.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {mayEdit && (
        <div className="filters__buttons">
          <button type="button" className="btn btn--primary" disabled={state.saving} onClick={() => void save(draft)}>
            {D.templateSave}
          </button>
          <button type="button" className="btn btn--secondary" disabled={state.saving} onClick={() => void save(null)}>
            {D.templateReset}
          </button>
        </div>
      )}
    </details>
  )
}

function ProfileEditor({ open, onSaved }: { open: boolean; onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const current = useCommand('dinas.profile', {})
  const [p, setP] = useState<DinasProfile | null>(null)
  const [state, setState] = useState<{ saving: boolean; done: boolean; error: CommandFailure | null }>({
    saving: false,
    done: false,
    error: null
  })
  useEffect(() => {
    if (current.data) setP(current.data)
  }, [current.data])
  if (!p) return null
  const P = D.p
  const text = (k: 'perubahanAdNomor' | 'jenis' | 'kelompok' | 'sektorUsaha' | 'izinUsahaNomor') => (
    <TextField label={P[k]} value={p[k] ?? ''} onChange={(v) => setP({ ...p, [k]: v || null })} optional />
  )
  const date = (k: 'perubahanAdTanggal' | 'nikBerlaku') => (
    <DateField label={P[k]} value={p[k] ?? ''} onChange={(v) => setP({ ...p, [k]: v || null })} optional />
  )
  const save = async (e: FormEvent) => {
    e.preventDefault()
    setState({ saving: true, done: false, error: null })
    try {
      await invoke('dinas.setProfile', { ...p, grade: p.grade as 'A' | null })
      guard.saved()
      setState({ saving: false, done: true, error: null })
      onSaved()
    } catch (err) {
      setState({ saving: false, done: false, error: toFailure(err) })
    }
  }
  return (
    <details className="card dinas-profile no-print" open={open}>
      <summary className="card__title">{D.profile}</summary>
      <p className="muted">{D.profileHint}</p>
      <form {...guard.props} onSubmit={save} className="dinas-profile__form">
        {text('perubahanAdNomor')}
        {date('perubahanAdTanggal')}
        <SelectField
          label={P.statusNik}
          term="nik-koperasi"
          value={p.statusNik ?? ''}
          onChange={(v) => setP({ ...p, statusNik: (v || null) as DinasProfile['statusNik'] })}
          options={Object.entries(P.statusNikOptions).map(([value, label]) => ({ value, label }))}
        />
        {date('nikBerlaku')}
        <SelectField
          label={P.bentuk}
          value={p.bentuk}
          onChange={(v) => setP({ ...p, bentuk: v as DinasProfile['bentuk'] })}
          options={Object.entries(P.bentukOptions).map(([value, label]) => ({ value, label }))}
        />
        {text('jenis')}
        {text('kelompok')}
        {text('sektorUsaha')}
        <SelectField
          label={P.grade}
          value={p.grade ?? ''}
          onChange={(v) => setP({ ...p, grade: v || null })}
          options={[{ value: '', label: '—' }, ...['A', 'B', 'C', 'D', 'E'].map((g) => ({ value: g, label: g }))]}
        />
        <CheckboxField label={P.izinUsaha} checked={p.izinUsaha} onChange={(v) => setP({ ...p, izinUsaha: v })} />
        {text('izinUsahaNomor')}
        <FailureNotice error={state.error} />
        {state.done && <Notice tone="success">{D.profileSaved}</Notice>}
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary" disabled={state.saving}>
            {D.profileSave}
          </button>
        </div>
      </form>
    </details>
  )
}
