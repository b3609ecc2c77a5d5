import { useEffect, useState } from 'react'
import { PERIODIC_FIELDS, type DinasPeriodicRecap } from '../../../../shared/dinas/periodic'
import { exportFileName } from '../../../../shared/files/document-name'
import { formatAmount } from '../../../../shared/money/rupiah'
import { periodOf, reportingPeriod } from '../../../../shared/statements/periods'
import type { SavedFile } from '../../api/files'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useFiles, useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { useSession } from '../../app/session'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import { ScrollRegion } from '../../components/ScrollRegion'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { useExportFile } from '../../lib/exportFile'
import { navigate } from '../../lib/router'
import { chooseCooperativeFile } from './RecapTab'

const D = t.dinas
const M = D.monitoring
const QUARTERS = [1, 2, 3, 4]
const quarterName = (q: number) => reportingPeriod('TRIWULAN', 2000, q).name.replace(/ 2000$/, '')

/** The last quarter that has ended (the one a cooperative reports), unless the address names one. */
function selected(query: Record<string, string>) {
  const current = periodOf('TRIWULAN', today())
  const last =
    current.number > 1
      ? reportingPeriod('TRIWULAN', current.year, current.number - 1)
      : reportingPeriod('TRIWULAN', current.year - 1, 4)
  const year = Number(query.tahun) || last.year
  const q = Number(query.tw)
  return { year, quarter: q >= 1 && q <= 4 ? q : query.tahun ? 1 : last.number }
}

/** Pemantauan triwulanan, the cooperative's side: one quarter's figures with how each is computed, exported for the Dinas. */
export function PeriodicTab({ query }: { query: Record<string, string> }) {
  const sel = selected(query)
  const [draft, setDraft] = useState({ year: String(sel.year), quarter: String(sel.quarter) })
  useEffect(() => setDraft({ year: String(sel.year), quarter: String(sel.quarter) }), [sel.year, sel.quarter])
  const report = useCommand('dinas.periodic', sel)
  const invoke = useInvoke()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const [busy, setBusy] = useState<string | null>(null)
  const [saved, setSaved] = useState<{ main: SavedFile; json: SavedFile | null } | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const y = Number(draft.year)
  const validYear = Number.isInteger(y) && y >= 1990 && y <= 2200

  const exportAs = async (format: 'xlsx' | 'json') => {
    setBusy(format)
    setError(null)
    setSaved(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'dinas.periodicExport', ...sel, format }),
        (target) => invoke('dinas.periodicExport', { ...sel, format, ...target })
      )
      if (r) setSaved({ main: r.saved, json: r.payloadSaved })
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(null)
    }
  }

  const r = report.data
  return (
    <div className="dinas-periodic">
      <p className="muted no-print">{M.intro}</p>
      <form
        className="filters card no-print"
        aria-label={M.choose}
        onSubmit={(e) => {
          e.preventDefault()
          if (validYear) navigate('dinas/triwulan', { tahun: String(y), tw: draft.quarter })
        }}
      >
        <SelectField
          label={M.quarter}
          value={draft.quarter}
          onChange={(v) => setDraft({ ...draft, quarter: v })}
          options={QUARTERS.map((q) => ({ value: String(q), label: quarterName(q) }))}
        />
        <TextField
          label={M.year}
          value={draft.year}
          onChange={(v) => setDraft({ ...draft, year: v })}
          inputMode="numeric"
          className="w-date"
          error={validYear ? undefined : M.badYear}
          data-testid="dinas-periodic-year"
        />
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary" disabled={!validYear}>
            {D.show}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!r || busy !== null}
            onClick={() => void exportAs('xlsx')}
          >
            {busy === 'xlsx' ? D.exporting : D.xlsx}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!r || busy !== null}
            onClick={() => void exportAs('json')}
          >
            {busy === 'json' ? D.exporting : D.json}
          </button>
        </div>
      </form>
      {saved && (
        <SavedFileNotice saved={saved.main} title={D.savedTitle} testId="dinas-periodic-saved">
          {saved.json && (
            <>
              <br />
              <span data-testid="dinas-periodic-payload">{D.savedJson(saved.json.file ?? saved.json.name)}</span>
            </>
          )}
        </SavedFileNotice>
      )}
      <FailureNotice error={error} />
      <FailureNotice error={report.error} />
      {r && (
        <section className="card">
          <h3 data-testid="dinas-periodic-label">{r.label}</h3>
          <ScrollRegion>
            <table className="dinas-table" data-testid="dinas-periodic-table">
              <thead>
                <tr>
                  <th scope="col">{D.field}</th>
                  <th scope="col" className="num">
                    {D.value}
                  </th>
                  <th scope="col">{D.how}</th>
                </tr>
              </thead>
              <tbody>
                {r.figures.map((f) => (
                  <tr key={f.key}>
                    <td>{f.label}</td>
                    <td className="num">
                      {f.kind === 'money' ? t.money.prefix + formatAmount(f.value) : formatAmount(f.value)}
                    </td>
                    <td className="small">{f.how}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
    </div>
  )
}

/** Pemantauan triwulanan, the Dinas' side: quarterly files imported, one figure compared across cooperatives and quarters. */
export function PeriodicRecapTab({ query }: { query: Record<string, string> }) {
  const year = Number(query.tahun) || periodOf('TRIWULAN', today()).year
  const field = PERIODIC_FIELDS.find((f) => f.key === query.isian)?.key ?? 'aset'
  const [draftYear, setDraftYear] = useState(String(year))
  useEffect(() => setDraftYear(String(year)), [year])
  const recap = useCommand('dinas.periodicRecap', { year })
  const invoke = useInvoke()
  const files = useFiles()
  const { can } = useSession()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const def = PERIODIC_FIELDS.find((f) => f.key === field)!
  const show = (v: number | undefined) => (v === undefined ? D.empty : formatAmount(v))

  const importFile = async () => {
    setError(null)
    setDone(null)
    let chosen
    try {
      chosen = await chooseCooperativeFile(files)
    } catch (err) {
      return setError(toFailure(err))
    }
    if (!chosen) return
    setBusy(true)
    try {
      const r = await invoke('dinas.importExport', chosen.source)
      setDone(
        r.quarter
          ? M.imported(r.name, quarterName(r.quarter), r.year, r.action === 'MENGGANTI')
          : D.recap.imported(r.name, r.year, r.action === 'MENGGANTI')
      )
      if (!r.quarter) navigate('dinas/rekap', { tahun: String(r.year) })
      else if (r.year !== year) navigate('dinas/rekap-triwulan', { tahun: String(r.year), isian: field })
      else recap.reload()
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(false)
    }
  }

  const exportFile = useExportFile()
  const { profile } = useBook()
  const [saved, setSaved] = useState<SavedFile | null>(null)
  const exportXlsx = async () => {
    setError(null)
    setSaved(null)
    setBusy(true)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'dinas.periodicRecapExport', year }),
        (target) => invoke('dinas.periodicRecapExport', { year, ...target })
      )
      if (r) setSaved(r.saved)
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(false)
    }
  }

  const data: DinasPeriodicRecap | undefined = recap.data
  return (
    <div className="dinas-recap">
      <p className="muted no-print">{M.recapIntro}</p>
      <div className="filters card no-print">
        <form
          className="dinas-recap__year"
          onSubmit={(e) => {
            e.preventDefault()
            const y = Number(draftYear)
            if (y >= 1990 && y <= 2200) navigate('dinas/rekap-triwulan', { tahun: String(y), isian: field })
          }}
        >
          <TextField label={M.year} value={draftYear} onChange={setDraftYear} inputMode="numeric" className="w-date" />
          <button type="submit" className="btn btn--primary">
            {D.show}
          </button>
        </form>
        <SelectField
          label={M.compareField}
          value={field}
          onChange={(v) => navigate('dinas/rekap-triwulan', { tahun: String(year), isian: v })}
          options={PERIODIC_FIELDS.map((f) => ({ value: f.key, label: f.label }))}
          data-testid="dinas-periodic-field"
        />
        {can('post') && (
          <div className="dinas-recap__import">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() => void importFile()}
              data-testid="dinas-periodic-import"
            >
              {busy ? D.recap.importing : D.recap.import}
            </button>
            <span className="field__hint">{M.fileHint}</span>
          </div>
        )}
        <div className="filters__buttons">
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!data || data.rows.length === 0 || busy}
            onClick={() => void exportXlsx()}
          >
            {D.recap.exportXlsx}
          </button>
        </div>
      </div>
      {done && (
        <Notice tone="success">
          <span data-testid="dinas-periodic-done">{done}</span>
        </Notice>
      )}
      {saved && <SavedFileNotice saved={saved} title={D.savedTitle} testId="dinas-periodic-recap-file" />}
      <FailureNotice error={error} />
      <FailureNotice error={recap.error} />
      {data && (
        <section className="card">
          <h3 className="card__title">{M.recapTitle(def.label, year)}</h3>
          {data.rows.length === 0 ? (
            <p className="muted">{M.none}</p>
          ) : (
            <ScrollRegion className="dinas-table-wrap">
              <table className="dinas-table" data-testid="dinas-periodic-recap">
                <thead>
                  <tr>
                    <th scope="col">{D.recap.cols.name}</th>
                    <th scope="col">{D.recap.cols.nik}</th>
                    <th scope="col">{D.recap.cols.regency}</th>
                    {QUARTERS.map((q) => (
                      <th key={q} scope="col" className="num">
                        {quarterName(q)}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {M.change}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => {
                    const vals = row.quarters.map((c) => c?.values[field])
                    const known = vals.map((v, i) => [i, v] as const).filter(([, v]) => v !== undefined)
                    const last = known.at(-1)
                    const before = known.at(-2)
                    return (
                      <tr key={row.key}>
                        <td>{row.name}</td>
                        <td>{row.nikKoperasi ?? D.empty}</td>
                        <td>{row.regency}</td>
                        {vals.map((v, i) => (
                          <td key={i} className="num">
                            {show(v)}
                          </td>
                        ))}
                        <td className="num">{last && before ? formatAmount(last[1]! - before[1]!) : D.empty}</td>
                      </tr>
                    )
                  })}
                </tbody>
                <tfoot>
                  <tr className="dinas-table__total">
                    <th scope="row" colSpan={3}>
                      {M.total}
                    </th>
                    {data.totals.map((tq) => (
                      <td key={tq.quarter} className="num">
                        {tq.reported ? show(tq.values[field]) : D.empty}
                      </td>
                    ))}
                    <td />
                  </tr>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {M.reported}
                    </th>
                    {data.totals.map((tq) => (
                      <td key={tq.quarter} className="num">
                        {tq.reported}
                      </td>
                    ))}
                    <td />
                  </tr>
                </tfoot>
              </table>
            </ScrollRegion>
          )}
        </section>
      )}
    </div>
  )
}
