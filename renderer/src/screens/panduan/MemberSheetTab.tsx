import { useState } from 'react'
import type { MemberSheetFile } from '../../../../shared/commands/panduan'
import { formatDateLong } from '../../../../shared/dates/format'
import { formatNumberId, formatRupiah } from '../../../../shared/money/rupiah'
import {
  explainShu,
  rightsAndObligations,
  type MemberSheet,
  type SavingsKind
} from '../../../../shared/panduan/member-sheet'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { TermHelp } from '../../components/TermHelp'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { useBook } from '../../app/BookContext'
import { exportFileName } from '../../../../shared/files/document-name'
import { useExportFile, type Exported } from '../../lib/exportFile'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import { ScrollRegion } from '../../components/ScrollRegion'

const S = () => t.panduan.sheet
const KINDS: SavingsKind[] = ['POKOK', 'WAJIB', 'SUKARELA']
const KIND_TERMS = { POKOK: 'simpanan-pokok', WAJIB: 'simpanan-wajib', SUKARELA: 'simpanan-sukarela' } as const

/** Panduan › Lembar Anggota: the year, the totals that must equal the passbooks and SHU, one member's sheet, and the PDF/XLSX of all. */
export function MemberSheetTab({ query }: { query: Record<string, string> }) {
  const [year, setYear] = useState(String(Number(query.tahun) || Number(today().slice(0, 4)) - 1))
  const y = Number(year)
  const valid = /^\d{4}$/.test(year) && y >= 1990 && y <= 2199
  const set = useCommand('panduan.memberSheets', valid ? { year: y } : null)
  const [memberId, setMemberId] = useState('')
  const members = set.data?.members ?? []
  return (
    <div className="member-sheets">
      <p className="panduan-intro">{S().intro}</p>
      <div className="form-grid">
        <TextField
          label={S().year}
          value={year}
          onChange={(v) => {
            setYear(v)
            setMemberId('')
          }}
          inputMode="numeric"
          maxLength={4}
          error={valid ? undefined : S().yearInvalid}
          term="tahun-buku"
        />
      </div>
      <FailureNotice error={set.error} />
      {set.loading && !set.data && (
        <p className="muted" aria-busy="true">
          {t.common.loading}
        </p>
      )}
      {valid && set.data && (
        <>
          <section className="card" aria-label={S().totalsTitle} data-testid="sheet-totals">
            <div className="card__head">
              <h2 className="card__title">{S().totalsTitle}</h2>
              <span className="muted">
                {S().members(set.data.totals.members)} · {S().asOf(formatDateLong(set.data.asOf))}
              </span>
            </div>
            <p>
              <span className={`badge ${set.data.shuStatus === 'DIBUKUKAN' ? 'badge--ok' : 'badge--warning'}`}>
                {S().shuStatus[set.data.shuStatus]}
              </span>
            </p>
            <SavingsTable rows={KINDS.map((k) => ({ type: k, ...set.data!.totals.savings[k] }))} />
            <dl className="kv">
              <div className="kv__row">
                <dt>
                  {S().loansTotal(set.data.totals.loans.count)} — {S().outstanding} <TermHelp term="baki-debet" />
                </dt>
                <dd>
                  <Amount value={set.data.totals.loans.outstanding} />
                </dd>
              </div>
              <div className="kv__row">
                <dt>
                  {S().shuTotal} <TermHelp term="jma" /> <TermHelp term="jua" />
                </dt>
                <dd>
                  <Amount value={set.data.totals.shu.total} />
                </dd>
              </div>
            </dl>
          </section>
          <MakeFiles key={y} year={y} />
          <section className="card" aria-label={S().previewOne}>
            <h2 className="card__title">{S().previewOne}</h2>
            <SelectField
              label={S().pick}
              value={memberId}
              onChange={setMemberId}
              options={members.map((m) => ({ value: String(m.id), label: `${m.memberNo} · ${m.name}` }))}
              placeholder={t.panduan.quiz.choose}
            />
            {memberId && <OneSheet year={y} memberId={Number(memberId)} asOf={set.data.asOf} />}
          </section>
        </>
      )}
    </div>
  )
}

function SavingsTable({
  rows
}: {
  rows: {
    type: SavingsKind
    opening: number
    deposits: number
    withdrawals: number
    jasa: number
    pph: number
    corrections: number
    closing: number
  }[]
}) {
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((t, r) => t + f(r), 0)
  return (
    <ScrollRegion className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>{S().type}</th>
            <th className="num">{S().opening}</th>
            <th className="num">{S().deposits}</th>
            <th className="num">{S().withdrawals}</th>
            <th className="num">
              {S().jasa} <TermHelp term="jasa-simpanan" />
            </th>
            <th className="num">
              {S().pph} <TermHelp term="pph-jasa-simpanan" />
            </th>
            <th className="num">{S().corrections}</th>
            <th className="num">{S().closing}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.type}>
              <td>
                {S().types[r.type]} <TermHelp term={KIND_TERMS[r.type]} />
              </td>
              {[r.opening, r.deposits, r.withdrawals, r.jasa, r.pph, r.corrections, r.closing].map((v, i) => (
                <td key={i} className="num">
                  <Amount value={v} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{S().total}</th>
            {[
              sum((r) => r.opening),
              sum((r) => r.deposits),
              sum((r) => r.withdrawals),
              sum((r) => r.jasa),
              sum((r) => r.pph),
              sum((r) => r.corrections),
              sum((r) => r.closing)
            ].map((v, i) => (
              <th key={i} className="num">
                <Amount value={v} />
              </th>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  )
}

function OneSheet({ year, memberId, asOf }: { year: number; memberId: number; asOf: string }) {
  const r = useCommand('panduan.memberSheet', { year, memberId })
  if (r.error) return <FailureNotice error={r.error} />
  if (!r.data) return <p className="muted">{t.common.loading}</p>
  const s: MemberSheet = r.data
  const { rights, obligations } = rightsAndObligations(s)
  const L = S().loanCols
  const C = S().shuCols
  return (
    <article className="sheet" data-testid="member-sheet">
      <h3>
        {s.member.memberNo} · {s.member.name}
      </h3>
      <p className="muted">
        {s.member.address}
        {s.member.joinedAt ? ` · ${formatDateLong(s.member.joinedAt)}` : ''}
      </p>
      <h4>{S().sections.savings}</h4>
      <SavingsTable rows={s.savings} />
      <h4>{S().sections.loans}</h4>
      {s.loans.length === 0 ? (
        <p>{S().noLoans}</p>
      ) : (
        <ScrollRegion className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{L.loanNo}</th>
                <th>{L.product}</th>
                <th className="num">{L.opening}</th>
                <th className="num">{L.pokok}</th>
                <th className="num">{L.jasa}</th>
                <th className="num">{L.denda}</th>
                <th className="num">{L.outstanding}</th>
                <th>
                  {L.status} <TermHelp term="kolektibilitas" />
                </th>
              </tr>
            </thead>
            <tbody>
              {s.loans.map((l) => (
                <tr key={l.loanNo}>
                  <td className="mono">{l.loanNo}</td>
                  <td>{l.product}</td>
                  {[l.openingOutstanding, l.paidPokok, l.paidJasa, l.paidDenda, l.outstanding].map((v, i) => (
                    <td key={i} className="num">
                      <Amount value={v} />
                    </td>
                  ))}
                  <td>
                    {S().loanStatus[l.kolektibilitas]}
                    {l.daysPastDue > 0 ? S().daysPastDue(formatNumberId(l.daysPastDue)) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <h4>
        {S().sections.shu} <TermHelp term="shu" />
      </h4>
      {(s.shu.status === 'DIBUKUKAN' || s.shu.status === 'PERKIRAAN') && (
        <dl className="kv sheet__shu">
          {(
            [
              ['S', s.shu.S],
              ['totalS', s.shu.totalS],
              ['JMA', s.shu.JMA],
              ['T', s.shu.T],
              ['totalT', s.shu.totalT],
              ['JUA', s.shu.JUA],
              ['total', s.shu.total]
            ] as const
          ).map(([k, v]) => (
            <div key={k} className="kv__row">
              <dt>{C[k]}</dt>
              <dd>{formatRupiah(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {explainShu(s.shu, year, asOf).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h4>
        {S().sections.rights} <TermHelp term="hak-kewajiban-anggota" />
      </h4>
      <div className="sheet__rights">
        <div>
          <strong>{S().rights}</strong>
          <ul>
            {rights.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
        <div>
          <strong>{S().obligations}</strong>
          <ul>
            {obligations.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      </div>
    </article>
  )
}

function MakeFiles({ year }: { year: number }) {
  const invoke = useInvoke()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [result, setResult] = useState<Exported<MemberSheetFile> | null>(null)
  const make = async (format: 'pdf' | 'xlsx') => {
    setError(null)
    setResult(null)
    try {
      setResult(
        await exportFile(
          t.files.titles.save,
          exportFileName(profile.name, { command: 'panduan.memberSheetExport', year, format }),
          (target) => {
            setBusy(format)
            return invoke('panduan.memberSheetExport', { year, format, ...target })
          }
        )
      )
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(null)
    }
  }
  return (
    <section className="card">
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={() => void make('pdf')} disabled={busy !== null}>
          {S().pdf}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => void make('xlsx')} disabled={busy !== null}>
          {S().xlsx}
        </button>
      </div>
      {busy && (
        <p className="muted" aria-busy="true">
          {S().making}
        </p>
      )}
      <FailureNotice error={error} />
      {result && (
        <>
          <SavedFileNotice saved={result.saved} testId="sheet-file">
            {result.pages !== undefined && ` · ${S().pages(result.pages)}`}
            {!result.saved.url && <div>{S().tooLarge}</div>}
          </SavedFileNotice>
          {result.saved.url && result.mime === 'application/pdf' && (
            <iframe
              className="ratbook-preview"
              title={S().preview}
              src={result.saved.url}
              data-testid="sheet-preview"
            />
          )}
        </>
      )}
    </section>
  )
}
