import { useState, type FormEvent } from 'react'
import type { CommandInput } from '../../../../shared/commands'
import type { ExportedFile } from '../../../../shared/commands/files'
import { exportFileName } from '../../../../shared/files/document-name'
import { formatAmount } from '../../../../shared/money/rupiah'
import {
  periodOf,
  periodsPerYear,
  PERIOD_KINDS,
  reportingPeriod,
  type PeriodKind
} from '../../../../shared/statements/periods'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { useExportFile, type Exported } from '../../lib/exportFile'
import { href, navigate } from '../../lib/router'
import { QueryStatus } from './common'

const P = t.statements.periodic

/** The selection kept in the address: `jenis`, `tahun`, `ke`, `banding=0`; default the last ended quarter. */
function selection(query: Record<string, string>) {
  const kind: PeriodKind = query.jenis === 'SEMESTER' ? 'SEMESTER' : 'TRIWULAN'
  const current = periodOf(kind, today())
  const fallback = current.number > 1 ? reportingPeriod(kind, current.year, current.number - 1) : current
  const year = Number(query.tahun) || fallback.year
  const n = Number(query.ke)
  const number = n >= 1 && n <= periodsPerYear(kind) ? n : query.tahun ? 1 : fallback.number
  return { kind, year, number, compare: query.banding !== '0' }
}

/**
 * Laporan triwulanan dan semesteran (DOMAIN.md §1.2, required for a KSP/USP): the period in words,
 * the headline figures of the three statements with a link to each, and the whole set as one PDF or XLSX.
 */
export function PeriodicView({ query }: { query: Record<string, string> }) {
  const sel = selection(query)
  const [draft, setDraft] = useState({
    kind: sel.kind,
    year: String(sel.year),
    number: String(sel.number),
    compare: sel.compare
  })
  const data = useCommand('statements.periodic', sel)
  const invoke = useInvoke()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null)
  const [saved, setSaved] = useState<Exported<ExportedFile> | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const draftYear = Number(draft.year)
  const validYear = Number.isInteger(draftYear) && draftYear >= 1990 && draftYear <= 2199

  const show = (e: FormEvent) => {
    e.preventDefault()
    if (!validYear) return
    const number = Math.min(Number(draft.number), periodsPerYear(draft.kind))
    navigate('laporan/periodik', {
      jenis: draft.kind,
      tahun: String(draftYear),
      ke: String(number),
      banding: draft.compare ? undefined : '0'
    })
  }

  const exportAs = async (format: 'pdf' | 'xlsx') => {
    const input: CommandInput<'statements.periodicExport'> = { ...sel, format }
    setBusy(format)
    setError(null)
    setSaved(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'statements.periodicExport', ...input }),
        (target) => invoke('statements.periodicExport', { ...input, ...target })
      )
      if (r) setSaved(r)
    } catch (err) {
      setError(toFailure(err))
    } finally {
      setBusy(null)
    }
  }

  const d = data.data
  const p = d?.period
  const numbers = Array.from({ length: periodsPerYear(draft.kind) }, (_, i) => ({
    value: String(i + 1),
    label: reportingPeriod(draft.kind, 2000, i + 1).name.replace(/ 2000$/, '')
  }))
  return (
    <section className="report periodic" aria-label={P.title}>
      <div className="stmt-controls no-print">
        <form className="filters card" onSubmit={show} aria-label={P.form}>
          <SelectField
            label={P.kind}
            value={draft.kind}
            onChange={(v) => setDraft({ ...draft, kind: v as PeriodKind, number: '1' })}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: P.kinds[k] }))}
          />
          <SelectField
            label={P.number}
            value={draft.number}
            onChange={(v) => setDraft({ ...draft, number: v })}
            options={numbers}
          />
          <TextField
            label={P.year}
            value={draft.year}
            onChange={(v) => setDraft({ ...draft, year: v })}
            inputMode="numeric"
            className="w-date"
            error={validYear ? undefined : P.badYear}
          />
          <div className="filters__check">
            <CheckboxField
              label={t.statements.form.compare}
              checked={draft.compare}
              onChange={(v) => setDraft({ ...draft, compare: v })}
            />
          </div>
          <div className="filters__buttons">
            <button type="submit" className="btn btn--primary" disabled={!validYear}>
              {t.common.show}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => void exportAs('pdf')}
              disabled={!d || busy !== null}
            >
              {busy === 'pdf' ? t.statements.form.exporting : t.statements.form.pdf}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => void exportAs('xlsx')}
              disabled={!d || busy !== null}
            >
              {busy === 'xlsx' ? t.statements.form.exporting : t.statements.form.xlsx}
            </button>
          </div>
        </form>
        {saved && (
          <SavedFileNotice saved={saved.saved} title={t.statements.form.savedTitle} testId="periodic-export-file" />
        )}
        <FailureNotice error={error} />
      </div>
      <QueryStatus error={data.error} loading={data.loading} hasData={!!d} />
      {d && p && (
        <div className="card">
          <h3 data-testid="periodic-label">{p.label}</h3>
          <p className="muted">{P.lead}</p>
          <dl className="kv" data-testid="periodic-figures">
            <div className="kv__row">
              <dt>{P.totalAssets}</dt>
              <dd className="num">{formatAmount(d.balanceSheet.totalAssets)}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.liabilitiesEquity}</dt>
              <dd className="num">{formatAmount(d.balanceSheet.totalLiabilitiesAndEquity)}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.shu}</dt>
              <dd className="num" data-testid="periodic-shu">
                {formatAmount(d.incomeStatement.shu.total)}
              </dd>
            </div>
            <div className="kv__row">
              <dt>{P.openingCash}</dt>
              <dd className="num">{formatAmount(d.cashFlow.openingCash)}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.netChange}</dt>
              <dd className="num">{formatAmount(d.cashFlow.netChange)}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.closingCash}</dt>
              <dd className="num">{formatAmount(d.cashFlow.closingCash)}</dd>
            </div>
          </dl>
          <ul className="periodic__links no-print">
            <li>
              <a href={href('laporan/posisi-keuangan', { per: p.to, banding: sel.compare ? undefined : '0' })}>
                {P.open.balanceSheet}
              </a>
            </li>
            <li>
              <a
                href={href('laporan/hasil-usaha', {
                  dari: p.from,
                  sampai: p.to,
                  banding: sel.compare ? undefined : '0'
                })}
              >
                {P.open.incomeStatement}
              </a>
            </li>
            <li>
              <a
                href={href('laporan/arus-kas', { dari: p.from, sampai: p.to, banding: sel.compare ? undefined : '0' })}
              >
                {P.open.cashFlow}
              </a>
            </li>
          </ul>
        </div>
      )}
    </section>
  )
}
