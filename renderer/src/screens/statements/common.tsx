import { useState, type FormEvent, type ReactNode } from 'react'
import type { CommandInput } from '../../../../shared/commands'
import type { Drill, DrillLine, StatementKind } from '../../../../shared/commands/statements'
import { formatDateLong, formatDateShort } from '../../lib/dateText'
import { formatAmount } from '../../../../shared/money/rupiah'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField } from '../../components/Field'
import { Pager } from '../../components/Pager'
import { t } from '../../i18n'
import { maxDate, startOfYear, today, printedStamp } from '../../lib/dates'
import { href, navigate } from '../../lib/router'
import { useExportFile, type Exported } from '../../lib/exportFile'
import { printAs } from '../../lib/print'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import { exportFileName } from '../../../../shared/files/document-name'
import type { ExportedFile } from '../../../../shared/commands/files'
import { ScrollRegion } from '../../components/ScrollRegion'

const S = t.statements

/** The parameters of a statement, as kept in the address (`per`, `dari`, `sampai`, `banding=0`). */
export interface StatementParams {
  asOf: string
  from: string
  to: string
  compare: boolean
}

export function paramsFromQuery(query: Record<string, string>, booksStartDate: string): StatementParams {
  const day = today()
  const to = query.sampai ?? day
  return {
    asOf: query.per ?? day,
    from: query.dari ?? maxDate(startOfYear(to), booksStartDate),
    to,
    compare: query.banding !== '0'
  }
}

/** A drill opened from a figure, with the words naming that figure. */
export interface OpenDrill {
  drill: Drill
  what: string
}

/** Words naming a statement line: its account code (when it has one) and name. */
export function lineName(code: string, name: string): string {
  return /^\d/.test(code) ? `${code} ${name}` : name
}

/** A figure of a statement: a button opening the journal lines behind it when it has a drill. */
export function Fig({
  value,
  drill,
  what,
  onDrill,
  dashZero
}: {
  value: number
  drill: Drill | null | undefined
  what: string
  onDrill: (d: OpenDrill) => void
  dashZero?: boolean
}) {
  if (!drill) return <Amount value={value} dashZero={dashZero} />
  return (
    <button
      type="button"
      className="stmt-fig"
      aria-label={`${S.drillLabel(what)}: ${formatAmount(value)}`}
      title={S.drillLabel(what)}
      onClick={() => onDrill({ drill, what })}
    >
      <Amount value={value} dashZero={dashZero} />
    </button>
  )
}

/** The same drill over another period (the comparison year). */
export function drillAt(drill: Drill | null | undefined, from: string | null, to: string | null): Drill | null {
  if (!drill || !to) return null
  return { ...drill, from: drill.from === null ? null : from, to }
}

/** Report heading: cooperative, place, title, period. */
export function StatementHeader({ id, title, subtitle }: { id: string; title: string; subtitle: string }) {
  const { profile } = useBook()
  return (
    <header className="report__header">
      <p className="report__org">{profile.name}</p>
      <p className="report__place">{`${profile.village}, ${profile.regency}`}</p>
      <h2 className="report__title" id={id}>
        {title}
      </h2>
      <p className="report__subtitle">{subtitle}</p>
      <p className="report__place">{S.amountsNote}</p>
    </header>
  )
}

export function PrintedAt() {
  return <p className="report__printed print-only">{S.printedAt(printedStamp())}</p>
}

/**
 * The filter form of a statement: dates (kept in the address on Tampilkan), the comparison
 * switch, and the buttons to print and to export PDF / Excel through `statements.export`.
 */
export function StatementForm({
  kind,
  route,
  mode,
  params,
  withCompare,
  ready,
  label
}: {
  kind: StatementKind
  route: string
  mode: 'asOf' | 'period'
  params: StatementParams
  withCompare: boolean
  ready: boolean
  label: string
}) {
  const invoke = useInvoke()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const [draft, setDraft] = useState(params)
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null)
  const [saved, setSaved] = useState<Exported<ExportedFile> | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const valid = mode === 'asOf' ? !!draft.asOf : !!draft.from && !!draft.to && draft.from <= draft.to

  const show = (e: FormEvent) => {
    e.preventDefault()
    if (!valid) return
    navigate(
      `laporan/${route}`,
      mode === 'asOf'
        ? { per: draft.asOf, banding: withCompare && !draft.compare ? '0' : undefined }
        : { dari: draft.from, sampai: draft.to, banding: withCompare && !draft.compare ? '0' : undefined }
    )
  }

  const exportInput = (format: 'pdf' | 'xlsx'): CommandInput<'statements.export'> =>
    mode === 'asOf'
      ? { statement: kind, format, asOf: params.asOf, compare: params.compare }
      : withCompare
        ? { statement: kind, format, from: params.from, to: params.to, compare: params.compare }
        : { statement: kind, format, from: params.from, to: params.to }

  const exportAs = async (format: 'pdf' | 'xlsx') => {
    const input = exportInput(format)
    setBusy(format)
    setError(null)
    setSaved(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'statements.export', ...input }),
        (target) => invoke('statements.export', { ...input, ...target })
      )
      if (r) setSaved(r)
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="stmt-controls no-print">
      <form className="filters card" onSubmit={show} aria-label={label}>
        {mode === 'asOf' ? (
          <DateField
            label={S.form.asOf}
            value={draft.asOf}
            onChange={(v) => setDraft({ ...draft, asOf: v })}
            className="w-date"
            hint=""
            required
          />
        ) : (
          <>
            <DateField
              label={t.common.from}
              value={draft.from}
              onChange={(v) => setDraft({ ...draft, from: v })}
              className="w-date"
              hint=""
              required
            />
            <DateField
              label={t.common.to}
              value={draft.to}
              onChange={(v) => setDraft({ ...draft, to: v })}
              className="w-date"
              hint=""
              required
            />
          </>
        )}
        {withCompare && (
          <div className="filters__check">
            <CheckboxField
              label={S.form.compare}
              checked={draft.compare}
              onChange={(v) => setDraft({ ...draft, compare: v })}
            />
          </div>
        )}
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary" disabled={!valid}>
            {t.common.show}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() =>
              printAs(exportFileName(profile.name, { command: 'statements.export', ...exportInput('pdf') }))
            }
            disabled={!ready}
          >
            {t.common.print}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => void exportAs('pdf')}
            disabled={!ready || busy !== null}
          >
            {busy === 'pdf' ? S.form.exporting : S.form.pdf}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => void exportAs('xlsx')}
            disabled={!ready || busy !== null}
          >
            {busy === 'xlsx' ? S.form.exporting : S.form.xlsx}
          </button>
        </div>
      </form>
      {saved && <SavedFileNotice saved={saved.saved} title={S.form.savedTitle} testId="stmt-export-file" />}
      <FailureNotice error={error} />
    </div>
  )
}

const PAGE_SIZE = 100

/** The journal lines behind a figure, paged by 100, with totals. */
export function DrillDialog({ open, onClose }: { open: OpenDrill; onClose: () => void }) {
  const [page, setPage] = useState(1)
  const d = open.drill
  const input: CommandInput<'statements.lines'> = { ...d, page, pageSize: PAGE_SIZE }
  const q = useCommand('statements.lines', input)
  const D = S.drill
  const data = q.data
  return (
    <Dialog title={D.title(open.what)} onClose={onClose} wide focusFirstField={false}>
      <p className="muted small">
        {D.period(d.from ? formatDateLong(d.from) : null, formatDateLong(d.to))}
        {d.cashOnly ? ` ${D.cashOnly}` : ''}
      </p>
      <FailureNotice error={q.error} />
      {!data && q.loading && <p className="muted">{t.common.loading}</p>}
      {data && (
        <>
          <ScrollRegion className="table-wrap stmt-drill">
            <table className="table table--report" aria-label={`${D.caption} ${open.what}`}>
              <thead>
                <tr>
                  <th scope="col">{D.colDate}</th>
                  <th scope="col">{D.colNumber}</th>
                  <th scope="col">{D.colDescription}</th>
                  <th scope="col">{D.colAccount}</th>
                  <th scope="col">{D.colUnit}</th>
                  <th scope="col">{D.colParty}</th>
                  <th scope="col" className="is-right">
                    {D.colDebit}
                  </th>
                  <th scope="col" className="is-right">
                    {D.colCredit}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.lines.length === 0 && (
                  <tr className="table__empty">
                    <td colSpan={8}>{D.empty}</td>
                  </tr>
                )}
                {data.lines.map((l: DrillLine, i) => (
                  <tr key={`${l.entryId}-${i}`}>
                    <td className="stmt-nowrap">{formatDateShort(l.date)}</td>
                    <td className="stmt-nowrap">
                      <a
                        href={href('jurnal/daftar', { buka: String(l.entryId) })}
                        className="mono"
                        title={D.openEntry(l.number)}
                        onClick={onClose}
                      >
                        {l.number}
                      </a>
                    </td>
                    <td>{l.description}</td>
                    <td>
                      <span className="mono">{l.account}</span> {l.accountName}
                    </td>
                    <td>{l.unit ?? '—'}</td>
                    <td>
                      {l.pihak ? (D.party[l.pihak] ?? l.pihak) : '—'}
                      {l.member ? ` · ${l.member}` : ''}
                    </td>
                    <td className="is-right">
                      <Amount value={l.debit} dashZero />
                    </td>
                    <td className="is-right">
                      <Amount value={l.credit} dashZero />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="row-total" data-testid="drill-total">
                  <th scope="row" colSpan={6}>
                    {D.total}
                  </th>
                  <td className="is-right">
                    <Amount value={data.totalDebit} />
                  </td>
                  <td className="is-right">
                    <Amount value={data.totalCredit} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </Dialog>
  )
}

/** State for the one drill dialog of a statement. */
export function useDrill(): { drill: OpenDrill | null; open: (d: OpenDrill) => void; dialog: ReactNode } {
  const [drill, setDrill] = useState<OpenDrill | null>(null)
  const dialog = drill ? (
    <DrillDialog key={JSON.stringify(drill.drill)} open={drill} onClose={() => setDrill(null)} />
  ) : null
  return { drill, open: setDrill, dialog }
}

/** Loading / error lines shown above a statement. */
export function QueryStatus({
  error,
  loading,
  hasData
}: {
  error: CommandFailure | undefined
  loading: boolean
  hasData: boolean
}) {
  return (
    <>
      <FailureNotice error={error} />
      {!hasData && loading && <p className="muted">{t.common.loading}</p>}
    </>
  )
}
