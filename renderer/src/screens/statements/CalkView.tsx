import { useState } from 'react'
import type { Calk, CalkNote } from '../../../../shared/commands/statements'
import { formatDateLong } from '../../lib/dateText'
import { formatAmount } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { useSession } from '../../app/session'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { paramsFromQuery, PrintedAt, QueryStatus, StatementForm, StatementHeader } from './common'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const S = t.statements

export function CalkView({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const params = paramsFromQuery(query, profile.booksStartDate)
  const q = useCommand('statements.calk', { from: params.from, to: params.to })
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <div className="tb stmt">
      <StatementForm
        key={JSON.stringify(params)}
        kind="CALK"
        route="calk"
        mode="period"
        params={params}
        withCompare={false}
        ready={!!q.data}
        label={S.titles.calk}
      />
      {saved && (
        <div className="no-print">
          <Notice tone="success">{saved}</Notice>
        </div>
      )}
      <QueryStatus error={q.error} loading={q.loading} hasData={!!q.data} />
      {q.data && (
        <CalkReport
          calk={q.data}
          loading={q.loading}
          onSaved={(title) => {
            setSaved(S.calk.saved(title))
            q.reload()
          }}
        />
      )}
    </div>
  )
}

export function CalkReport({
  calk,
  loading,
  onSaved
}: {
  calk: Calk
  loading?: boolean
  onSaved: (title: string) => void
}) {
  const mayEdit = useSession().canRun('statements.setPolicyText')
  return (
    <article
      className="report card stmt-report stmt-calk"
      aria-busy={loading || undefined}
      aria-labelledby="stmt-calk-title"
    >
      <StatementHeader
        id="stmt-calk-title"
        title={S.titles.calk}
        subtitle={S.subtitleYearEnded(formatDateLong(calk.from), formatDateLong(calk.asOf))}
      />
      <ol className="stmt-notes" aria-label={S.calk.notesLabel}>
        {calk.notes.map((n, i) => (
          <li key={`${n.key}-${i}`} className="stmt-note" data-testid={`calk-${n.key}-${i}`}>
            <NoteView note={n} number={i + 1} mayEdit={mayEdit && n.editable} onSaved={onSaved} />
          </li>
        ))}
      </ol>
      <PrintedAt />
    </article>
  )
}

function NoteView({
  note,
  number,
  mayEdit,
  onSaved
}: {
  note: CalkNote
  number: number
  mayEdit: boolean
  onSaved: (title: string) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(note.text)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const C = S.calk
  // A column with neither heading nor figures (no comparison year yet) is left out.
  const empty = (v: unknown) => v === null || v === undefined || v === ''
  const keep = note.table ? note.table.head.map((h, i) => !empty(h) || note.table!.rows.some((r) => !empty(r[i]))) : []

  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await invoke('statements.setPolicyText', { key: note.key, text })
      guard.saved()
      setEditing(false)
      onSaved(note.title)
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <div className="stmt-note__head">
        <h3 className="stmt-note__title">
          {number}. {note.title}
        </h3>
        {mayEdit && !editing && (
          <button
            type="button"
            className="btn btn--ghost btn--sm no-print"
            aria-label={C.editLabel(note.title)}
            onClick={() => {
              setText(note.text)
              setEditing(true)
            }}
          >
            {C.edit}
          </button>
        )}
      </div>
      {editing ? (
        <div {...guard.props} className="stmt-note__edit no-print">
          <textarea
            className="input stmt-note__textarea"
            aria-label={C.textLabel(note.title)}
            value={text}
            rows={6}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
          <FailureNotice error={error} />
          <div className="stmt-note__buttons">
            <button
              type="button"
              className="btn btn--primary btn--sm"
              disabled={busy || !text.trim()}
              onClick={() => void save()}
            >
              {busy ? t.common.saving : C.save}
            </button>
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              disabled={busy}
              onClick={() => {
                guard.saved()
                setEditing(false)
              }}
            >
              {t.common.cancel}
            </button>
          </div>
        </div>
      ) : (
        note.text &&
        note.text.split(/\n+/).map((p, i) => (
          <p key={i} className="stmt-note__text">
            {p}
          </p>
        ))
      )}
      {note.table && (
        <ScrollRegion className="table-wrap">
          <table className="table table--report stmt-table stmt-note__table" aria-label={note.title}>
            <thead>
              <tr>
                {note.table.head.map(
                  (h, i) =>
                    keep[i] && (
                      <th key={i} scope="col" className={i > 0 ? 'is-right col-amount' : undefined}>
                        {h}
                      </th>
                    )
                )}
              </tr>
            </thead>
            <tbody>
              {note.table.rows.map((r, i) => {
                const last = i === note.table!.rows.length - 1 && r[0] === 'Jumlah'
                return (
                  <tr key={i} className={last ? 'row-total' : undefined}>
                    {r.map(
                      (c, k) =>
                        keep[k] && (
                          <td key={k} className={typeof c === 'number' ? 'is-right' : undefined}>
                            {typeof c === 'number' ? (
                              <span className={`amount${c < 0 ? ' amount--negative' : ''}`}>{formatAmount(c)}</span>
                            ) : (
                              c
                            )}
                          </td>
                        )
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  )
}
