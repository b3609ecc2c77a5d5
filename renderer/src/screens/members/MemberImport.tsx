import { useState, type FormEvent } from 'react'
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportField,
  type ImportRowError,
  type MemberImportPreview
} from '../../../../shared/commands/imports'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useFiles, useInvoke } from '../../api/context'
import { SPREADSHEET_ACCEPT, SPREADSHEET_FILTERS, type FileSource } from '../../api/files'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, SelectField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { accountLabel } from '../../lib/accounts'
import { href } from '../../lib/router'

const T = t.memberImport

type Mapping = Record<string, ImportField | ''>
interface Request {
  source: FileSource
  name: string
  openingDate: string
  mapping: Mapping
}

const FIELD_OPTIONS = [
  { value: '', label: T.ignore },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] }))
]
const SAMPLE_FIELDS: readonly ImportField[] = [
  'memberNo',
  'name',
  'nik',
  'gender',
  'joinedAt',
  'pokok',
  'wajib',
  'sukarela'
]
const MONEY = new Set<string>(['pokok', 'wajib', 'sukarela'])

/** The mapping the preview used, keyed by the file's header (what the treasurer sees). */
export function mappingByHeader(p: MemberImportPreview): Mapping {
  const out: Mapping = {}
  p.headers.forEach((h, i) => {
    out[h] = p.mapping[String(i)] ?? ''
  })
  return out
}

function RowErrors({ rows, label, tone }: { rows: ImportRowError[]; label: string; tone: 'error' | 'warning' }) {
  return (
    <DataTable
      aria-label={label}
      className={tone === 'error' ? 'import__errors' : 'import__warnings'}
      rows={rows}
      rowKey={(_r, i) => i}
      columns={[
        { key: 'row', header: T.colRow, render: (r) => r.row, align: 'right', width: '5rem' },
        { key: 'col', header: T.colColumn, render: (r) => r.column ?? t.common.none, width: '12rem' },
        {
          key: 'msg',
          header: T.colReason,
          render: (r) => (
            <span style={{ color: tone === 'error' ? 'var(--red-40)' : 'var(--orange-37)' }}>{r.message}</span>
          )
        }
      ]}
    />
  )
}

/** Anggota › Impor: members and their opening savings from a spreadsheet, all or nothing. */
export function MemberImport() {
  const invoke = useInvoke()
  const files = useFiles()
  const [file, setFile] = useState<{ source: FileSource; name: string } | null>(null)
  const [openingDate, setOpeningDate] = useState('')
  const [request, setRequest] = useState<Request | null>(null)
  const [own, setOwn] = useState<{ file?: string; date?: string }>({})
  const [accept, setAccept] = useState(false)
  const [offset, setOffset] = useState('1-1101')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<CommandFailure | null>(null)
  const [done, setDone] = useState<{ members: number; entry: { number: string } | null } | null>(null)
  const preview = useCommand(
    'members.importPreview',
    request ? { ...request.source, openingDate: request.openingDate, mapping: request.mapping } : null
  )
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const p = request ? preview.data : undefined
  const mapping: Mapping = p ? { ...mappingByHeader(p), ...request!.mapping } : {}

  const choose = async () => {
    try {
      const c = await files.chooseSource(t.files.titles.importMembers, SPREADSHEET_FILTERS, SPREADSHEET_ACCEPT)
      if (c) {
        setFile(c)
        setOwn((o) => ({ ...o, file: undefined }))
      }
    } catch (e) {
      setFailure(toFailure(e))
    }
  }

  const start = (e: FormEvent) => {
    e.preventDefault()
    const errs: typeof own = {}
    if (!file) errs.file = T.needFile
    if (!openingDate) errs.date = T.needDate
    setOwn(errs)
    if (errs.file || errs.date || !file) return
    setDone(null)
    setFailure(null)
    setAccept(false)
    const next: Request = {
      source: file.source,
      name: file.name,
      openingDate,
      mapping: request?.name === file.name ? request.mapping : {}
    }
    // The same request again (the file was fixed and saved): read it again.
    if (request && JSON.stringify(next) === JSON.stringify(request)) preview.reload()
    else setRequest(next)
  }

  const remap = (header: string, field: string) => {
    if (!request) return
    setDone(null)
    setFailure(null)
    setRequest({ ...request, mapping: { ...mapping, [header]: field as ImportField | '' } })
  }

  const blocked =
    !p || p.errors.length > 0 || p.valid === 0 || (p.warnings.length > 0 && !accept) || busy || preview.loading

  const run = async () => {
    if (!request || blocked) return
    setBusy(true)
    setFailure(null)
    try {
      const r = await invoke('members.import', {
        ...request.source,
        openingDate: request.openingDate,
        mapping: request.mapping,
        offsetAccount: offset,
        acceptWarnings: accept
      })
      setDone(r)
    } catch (e) {
      setFailure(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  const accountOptions = (accounts.data ?? []).map((a) => ({ value: a.code, label: accountLabel(a) }))
  if (!accountOptions.some((o) => o.value === offset))
    accountOptions.unshift({ value: offset, label: offset === '1-1101' ? t.memberImport.cashAccount : offset })

  return (
    <div className="member-import">
      <section className="card">
        <h2 className="card__title">{T.heading}</h2>
        <p className="muted">{T.lead}</p>
        <form className="filters filters--flat" onSubmit={start} noValidate>
          <div className="field w-wide">
            <span className="field__label">{T.file}</span>
            <p>
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => void choose()}
                data-testid="import-choose"
              >
                {t.files.choose}
              </button>{' '}
              <span data-testid="import-chosen">
                {file ? t.files.chosen(file.name) : <span className="muted">{t.files.none}</span>}
              </span>
            </p>
            {own.file ? (
              <p className="field__error" role="alert">
                {own.file}
              </p>
            ) : (
              <p className="field__hint">{T.fileHint}</p>
            )}
          </div>
          <DateField
            posting
            label={T.openingDate}
            value={openingDate}
            onChange={setOpeningDate}
            error={own.date}
            required
          />
          <div className="form-actions">
            <button type="submit" className="btn btn--secondary">
              {T.preview}
            </button>
          </div>
        </form>
      </section>
      {request && <FailureNotice error={preview.error} />}
      {p && (
        <>
          <section className="card" aria-label={T.heading} aria-busy={preview.loading || undefined}>
            <ul className="stats">
              <li className="stat">
                <span className="stat__label">{T.rows}</span>
                <span className="stat__value" data-testid="import-rows">
                  {p.rows}
                </span>
              </li>
              <li className="stat">
                <span className="stat__label">{T.valid}</span>
                <span className="stat__value" data-testid="import-valid">
                  {p.valid}
                </span>
              </li>
              <li className="stat">
                <span className="stat__label">{T.errorCount}</span>
                <span className="stat__value" data-testid="import-errors">
                  {p.errors.length}
                </span>
              </li>
            </ul>
            <h3 className="card__title">{T.mappingHeading}</h3>
            <DataTable
              aria-label={T.mappingHeading}
              rows={p.headers}
              rowKey={(h, i) => `${i}-${h}`}
              columns={[
                { key: 'h', header: T.colHeader, render: (h) => h, width: '16rem' },
                {
                  key: 'f',
                  header: T.colField,
                  render: (h) => (
                    <select
                      className="input select"
                      aria-label={`${T.colField}: ${h}`}
                      value={mapping[h] ?? ''}
                      onChange={(e) => remap(h, e.target.value)}
                    >
                      {FIELD_OPTIONS.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )
                }
              ]}
            />
          </section>
          {p.errors.length > 0 && (
            <section className="card" data-testid="import-error-list">
              <h3 className="card__title" style={{ color: 'var(--red-40)' }}>
                {T.errorsHeading}
              </h3>
              <p className="muted">{T.errorsLead}</p>
              <RowErrors rows={p.errors} label={T.errorsHeading} tone="error" />
            </section>
          )}
          {p.warnings.length > 0 && (
            <section className="card" data-testid="import-warning-list">
              <h3 className="card__title" style={{ color: 'var(--orange-37)' }}>
                {T.warningsHeading}
              </h3>
              <RowErrors rows={p.warnings} label={T.warningsHeading} tone="warning" />
              <CheckboxField label={T.acceptWarnings} checked={accept} onChange={setAccept} />
            </section>
          )}
          <section className="card">
            <h3 className="card__title">{T.totals}</h3>
            <dl className="kv" data-testid="import-totals">
              <div className="kv__row">
                <dt>{t.savings.typeLong.POKOK}</dt>
                <dd>{formatRupiah(p.totals.pokok)}</dd>
              </div>
              <div className="kv__row">
                <dt>{t.savings.typeLong.WAJIB}</dt>
                <dd>{formatRupiah(p.totals.wajib)}</dd>
              </div>
              <div className="kv__row">
                <dt>{t.savings.typeLong.SUKARELA}</dt>
                <dd>{formatRupiah(p.totals.sukarela)}</dd>
              </div>
            </dl>
            <h3 className="card__title">{T.sample}</h3>
            <DataTable
              aria-label={T.sample}
              rows={p.sample}
              rowKey={(_r, i) => i}
              columns={[
                { key: 'baris', header: T.colRow, render: (r) => String(r.baris ?? ''), align: 'right', width: '4rem' },
                ...SAMPLE_FIELDS.map((f) => ({
                  key: f,
                  header: IMPORT_FIELD_LABELS[f],
                  align: MONEY.has(f) ? ('right' as const) : undefined,
                  nowrap: MONEY.has(f),
                  render: (r: Record<string, unknown>) =>
                    MONEY.has(f) && typeof r[f] === 'number' ? (
                      <Amount value={r[f]} />
                    ) : r[f] == null ? (
                      ''
                    ) : (
                      String(r[f])
                    )
                }))
              ]}
            />
          </section>
          <section className="card">
            <SelectField
              label={T.offsetAccount}
              value={offset}
              onChange={setOffset}
              options={accountOptions}
              hint={T.offsetHint}
            />
            <FailureNotice error={failure} />
            {done && (
              <Notice
                tone="success"
                action={
                  <a className="btn btn--ghost btn--sm" href={href('laporan/neraca-saldo')}>
                    {T.openTrialBalance}
                  </a>
                }
              >
                <span data-testid="import-done">
                  {done.entry ? T.done(String(done.members), done.entry.number) : T.doneNoEntry(String(done.members))}
                </span>
              </Notice>
            )}
            <div className="form-actions">
              <button type="button" className="btn btn--primary" disabled={blocked || done !== null} onClick={run}>
                {T.submit}
              </button>
            </div>
          </section>
        </>
      )}
    </div>
  )
}
