import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { DINAS_PREDICATE_LABELS, DINAS_PREDICATES, type RecapRow } from '../../../../shared/dinas/fields'
import { formatAmount } from '../../../../shared/money/rupiah'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { FailureNotice } from '../../components/FailureNotice'
import { TextAreaField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today, formatStamp } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { useExportFile } from '../../lib/exportFile'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import type { FileDoor, SavedFile } from '../../api/files'
import { exportFileName } from '../../../../shared/files/document-name'
import { useFiles } from '../../api/context'
import { useBook } from '../../app/BookContext'
import { currentYear } from './year'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const D = t.dinas
const R = D.recap

type SortKey =
  | 'name'
  | 'nik'
  | 'regency'
  | 'rat'
  | 'predicate'
  | 'anggotaL'
  | 'anggotaP'
  | 'anggota'
  | 'modalSendiri'
  | 'modalLuar'
  | 'aset'
  | 'volumeUsaha'
  | 'shu'
  | 'generatedAt'
const NUM: SortKey[] = ['anggotaL', 'anggotaP', 'anggota', 'modalSendiri', 'modalLuar', 'aset', 'volumeUsaha', 'shu']
const COLS: SortKey[] = ['name', 'nik', 'regency', 'rat', 'predicate', ...NUM, 'generatedAt']

function sortValue(r: RecapRow, k: SortKey): string | number {
  switch (k) {
    case 'name':
      return r.name.toLowerCase()
    case 'nik':
      return r.nikKoperasi ?? ''
    case 'regency':
      return r.regency.toLowerCase()
    case 'rat':
      return r.ratHeld ? 1 : 0
    case 'predicate':
      return DINAS_PREDICATES.indexOf(r.predicate)
    case 'generatedAt':
      return r.generatedAt
    default:
      return r.values[k]
  }
}

/** Asks for a cooperative's .lumbung.json (annual or quarterly): the file to import, or null when cancelled. */
export const chooseCooperativeFile = (files: FileDoor) =>
  files.chooseSource(
    t.files.titles.dinasImport,
    [{ name: t.files.filters.cooperativeReport, extensions: ['json'] }],
    '.json'
  )

/** Rekap Dinas: import the cooperatives' JSON exports, the sortable/filterable recap, totals, not reported. */
export function RecapTab({ query }: { query: Record<string, string> }) {
  const invoke = useInvoke()
  const files = useFiles()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const { can } = useSession()
  const year = Number(query.tahun) || currentYear(today()) - 1
  const [draftYear, setDraftYear] = useState(String(year))
  useEffect(() => setDraftYear(String(year)), [year])
  const recap = useCommand('dinas.recap', { year })
  const [busy, setBusy] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [saved, setSaved] = useState<SavedFile | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [filter, setFilter] = useState('')
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false })

  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase()
    const list = (recap.data?.rows ?? []).filter(
      (r) =>
        !q ||
        r.name.toLowerCase().includes(q) ||
        (r.nikKoperasi ?? '').includes(q) ||
        r.regency.toLowerCase().includes(q) ||
        (r.regionCode ?? '').startsWith(q)
    )
    return [...list].sort((a, b) => {
      const x = sortValue(a, sort.key)
      const y = sortValue(b, sort.key)
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'id')
      return sort.desc ? -c : c
    })
  }, [recap.data, filter, sort])

  const importFile = async () => {
    setError(null)
    setDone(null)
    setSaved(null)
    let chosen
    try {
      chosen = await chooseCooperativeFile(files)
    } catch (err) {
      return setError(toFailure(err))
    }
    if (!chosen) return
    setBusy('import')
    try {
      const r = await invoke('dinas.importExport', chosen.source)
      if (r.quarter) return navigate('dinas/rekap-triwulan', { tahun: String(r.year) })
      setDone(R.imported(r.name, r.year, r.action === 'MENGGANTI'))
      if (r.year !== year) navigate('dinas/rekap', { tahun: String(r.year) })
      else recap.reload()
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(null)
    }
  }

  const exportAs = async (format: 'xlsx' | 'pdf') => {
    setBusy(format)
    setError(null)
    setDone(null)
    setSaved(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'dinas.recapExport', year, format }),
        (target) => invoke('dinas.recapExport', { year, format, ...target })
      )
      if (r) setSaved(r.saved)
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(null)
    }
  }

  const remove = async (r: RecapRow) => {
    setError(null)
    try {
      await invoke('dinas.removeSubmission', { year, key: r.key })
      recap.reload()
    } catch (err) {
      setError(toFailure(err))
    }
  }

  const head = (k: SortKey) => {
    const label = R.cols[k === 'nik' ? 'nik' : k === 'rat' ? 'rat' : k]
    const active = sort.key === k
    return (
      <th
        key={k}
        className={NUM.includes(k) ? 'num' : undefined}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="dinas-sort"
          aria-label={R.sortBy(label)}
          onClick={() => setSort({ key: k, desc: active ? !sort.desc : NUM.includes(k) })}
        >
          {label}
          {active ? (sort.desc ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    )
  }

  const data = recap.data
  const mayPost = can('post')
  return (
    <div className="dinas-recap">
      <p className="muted no-print">{R.intro}</p>
      <div className="filters card no-print">
        <form
          className="dinas-recap__year"
          onSubmit={(e) => {
            e.preventDefault()
            const y = Number(draftYear)
            if (y >= 1990 && y <= 2200) navigate('dinas/rekap', { tahun: String(y) })
          }}
        >
          <TextField
            label={D.year}
            value={draftYear}
            onChange={setDraftYear}
            inputMode="numeric"
            className="w-date"
            data-testid="dinas-recap-year"
          />
          <button type="submit" className="btn btn--primary">
            {D.show}
          </button>
        </form>
        {mayPost && (
          <div className="dinas-recap__import">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy !== null}
              onClick={() => void importFile()}
              data-testid="dinas-import-file"
            >
              {busy === 'import' ? R.importing : R.import}
            </button>
            <span className="field__hint">{R.fileHint}</span>
          </div>
        )}
        <div className="filters__buttons">
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!data || busy !== null}
            onClick={() => void exportAs('xlsx')}
          >
            {busy === 'xlsx' ? D.exporting : R.exportXlsx}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!data || busy !== null}
            onClick={() => void exportAs('pdf')}
          >
            {busy === 'pdf' ? D.exporting : R.exportPdf}
          </button>
        </div>
      </div>
      {done && (
        <Notice tone="success">
          <span data-testid="dinas-recap-done">{done}</span>
        </Notice>
      )}
      {saved && <SavedFileNotice saved={saved} testId="dinas-recap-done" />}
      <FailureNotice error={error} />
      <FailureNotice error={recap.error} />
      {data && (
        <>
          <section className="card dinas-recap__summary" aria-label={R.totals}>
            <dl className="dinas-stats" data-testid="dinas-recap-totals">
              <div>
                <dt>{R.cooperatives}</dt>
                <dd data-testid="dinas-total-coops">{data.totals.cooperatives}</dd>
              </div>
              <div>
                <dt>{R.withRat}</dt>
                <dd>{data.totals.withRat}</dd>
              </div>
              <div>
                <dt>{R.withIzin}</dt>
                <dd>{data.totals.withIzin}</dd>
              </div>
              <div>
                <dt>{R.cols.anggota}</dt>
                <dd data-testid="dinas-total-members">{formatAmount(data.totals.values.anggota)}</dd>
              </div>
              <div>
                <dt>{R.cols.aset}</dt>
                <dd data-testid="dinas-total-assets">{t.money.prefix + formatAmount(data.totals.values.aset)}</dd>
              </div>
              <div>
                <dt>{R.cols.volumeUsaha}</dt>
                <dd>{t.money.prefix + formatAmount(data.totals.values.volumeUsaha)}</dd>
              </div>
              <div>
                <dt>{R.cols.shu}</dt>
                <dd>{t.money.prefix + formatAmount(data.totals.values.shu)}</dd>
              </div>
            </dl>
            <p className="dinas-predicates">
              <strong>{R.predicates}:</strong>{' '}
              {DINAS_PREDICATES.map((p) => `${DINAS_PREDICATE_LABELS[p]} ${data.totals.byPredicate[p]}`).join(' · ')}
            </p>
          </section>
          <section className="card">
            <TextField
              label={R.filter}
              value={filter}
              onChange={setFilter}
              hint={R.filterHint}
              className="w-wide no-print"
              data-testid="dinas-recap-filter"
            />
            {data.rows.length === 0 ? (
              <p className="muted">{R.none}</p>
            ) : rows.length === 0 ? (
              <p className="muted">{R.noMatch}</p>
            ) : (
              <ScrollRegion className="dinas-table-wrap">
                <table className="dinas-table dinas-recap__table" data-testid="dinas-recap-table">
                  <thead>
                    <tr>
                      {COLS.map(head)}
                      {mayPost && <th className="no-print" />}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.key}>
                        <td>{r.name}</td>
                        <td>{r.nikKoperasi ?? D.empty}</td>
                        <td>
                          {r.regency}
                          {r.regionCode && (
                            <>
                              <br />
                              <span className="muted small" data-testid="dinas-recap-region-code">
                                {R.regionCode(r.regionCode)}
                              </span>
                            </>
                          )}
                        </td>
                        <td>{r.ratHeld ? D.yes : D.no}</td>
                        <td>{DINAS_PREDICATE_LABELS[r.predicate]}</td>
                        {NUM.map((k) => (
                          <td key={k} className="num">
                            {formatAmount(r.values[k as keyof typeof r.values])}
                          </td>
                        ))}
                        <td>{formatStamp(r.generatedAt)}</td>
                        {mayPost && (
                          <td className="no-print">
                            <button
                              type="button"
                              className="btn btn--ghost btn--sm"
                              aria-label={R.removeLabel(r.name)}
                              onClick={() => void remove(r)}
                            >
                              {R.remove}
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="dinas-table__total">
                      <th scope="row">{`${R.totals} (${data.totals.cooperatives})`}</th>
                      <td colSpan={4} />
                      {NUM.map((k) => (
                        <td key={k} className="num">
                          {formatAmount(data.totals.values[k as keyof typeof data.totals.values])}
                        </td>
                      ))}
                      <td />
                      {mayPost && <td className="no-print" />}
                    </tr>
                  </tfoot>
                </table>
              </ScrollRegion>
            )}
          </section>
          <section className="card" aria-label={R.notReported}>
            <h3 className="card__title">{R.notReported}</h3>
            {data.notReported.length === 0 ? (
              <p className="muted">{R.allReported}</p>
            ) : (
              <ul data-testid="dinas-not-reported">
                {data.notReported.map((e) => (
                  <li key={`${e.name}-${e.nikKoperasi ?? ''}`}>
                    {e.name}
                    {e.nikKoperasi ? ` — ${e.nikKoperasi}` : ''}
                    {e.regency ? `, ${e.regency}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {mayPost && <ExpectedEditor onSaved={recap.reload} />}
          </section>
        </>
      )}
    </div>
  )
}

function ExpectedEditor({ onSaved }: { onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const current = useCommand('dinas.expected', {})
  const [text, setText] = useState('')
  const [state, setState] = useState<{ done: boolean; error: CommandFailure | null }>({ done: false, error: null })
  useEffect(() => {
    if (current.data)
      setText(
        current.data
          .map((e) => [e.name, e.nikKoperasi ?? '', e.regency ?? ''].join('; ').replace(/(; )+$/, ''))
          .join('\n')
      )
  }, [current.data])
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const cooperatives = text
      .split('\n')
      .map((l) => l.split(';').map((x) => x.trim()))
      .filter((p) => p[0])
      .map((p) => ({ name: p[0]!, nikKoperasi: p[1] || null, regency: p[2] || null }))
    try {
      await invoke('dinas.setExpected', { cooperatives })
      guard.saved()
      setState({ done: true, error: null })
      onSaved()
    } catch (err) {
      setState({ done: false, error: toFailure(err) })
    }
  }
  return (
    <details className="dinas-expected no-print">
      <summary>{R.expected}</summary>
      <form {...guard.props} onSubmit={save}>
        <TextAreaField label={R.expected} hint={R.expectedHint} value={text} onChange={setText} rows={6} />
        <FailureNotice error={state.error} />
        {state.done && <Notice tone="success">{R.expectedSaved}</Notice>}
        <button type="submit" className="btn btn--primary">
          {R.expectedSave}
        </button>
      </form>
    </details>
  )
}
