import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react'
import { formatStamp } from '../../lib/dates'
import type { ProgressEvent } from '../../../../shared/bridge'
import { commands, COMMAND_NAMES } from '../../../../shared/commands'
import type { AuditVerification } from '../../../../shared/ledger/types'
import { formatNumberId } from '../../../../shared/money/rupiah'
import { useApi } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { Pager } from '../../components/Pager'
import { ProgressBar } from '../../components/ProgressBar'
import { t } from '../../i18n'
import type { FieldErrors } from '../../lib/fieldErrors'
import { AuditDetail, commandLabel } from './AuditDetail'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.settings.audit
const PAGE_SIZE = 25

/** Commands that leave a record (every mutation), labelled, for the filter. */
const AUDITED = COMMAND_NAMES.filter((n) => commands[n].kind === 'mutation')
  .map((n) => ({ value: n, label: `${commandLabel(n)} (${n})` }))
  .sort((a, b) => a.label.localeCompare(b.label, 'id'))

export function AuditSettings() {
  return (
    <>
      <AuditHead />
      <AuditLog />
    </>
  )
}

function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    []
  )
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 2500)
  }
  return (
    <>
      <button type="button" className="btn btn--secondary btn--sm" onClick={() => void copy()}>
        {state === 'copied' ? `✓ ${T.copied}` : T.copy}
      </button>
      {state === 'failed' && (
        <span className="field__error small" role="status">
          {T.copyFailed}
        </span>
      )}
    </>
  )
}

function AuditHead() {
  const { invoke, onProgress } = useApi()
  const head = useCommand('audit.head', {})
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [result, setResult] = useState<AuditVerification | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [anchorNo, setAnchorNo] = useState('')
  const [anchorHash, setAnchorHash] = useState('')
  const [anchorErrors, setAnchorErrors] = useState<FieldErrors>({})

  useEffect(
    () =>
      onProgress((p) => {
        if (p.command === 'audit.verify') setProgress(p)
      }),
    [onProgress]
  )

  const verify = async (withAnchor: boolean) => {
    let anchor: { id: number; hash: string } | undefined
    if (withAnchor) {
      const id = Number(anchorNo.trim())
      const errs: FieldErrors = {}
      if (!/^\d{1,9}$/.test(anchorNo.trim()) || id < 1) errs['anchor.id'] = T.anchorNoInvalid
      if (!/^[0-9a-fA-F\s-]{12,80}$/.test(anchorHash.trim()) || anchorHash.replace(/[\s-]/g, '').length < 12)
        errs['anchor.hash'] = T.anchorHashInvalid
      setAnchorErrors(errs)
      if (Object.keys(errs).length) return
      anchor = { id, hash: anchorHash.trim() }
    }
    setRunning(true)
    setProgress(null)
    setResult(null)
    setError(null)
    try {
      setResult(await invoke('audit.verify', anchor ? { anchor } : {}))
      head.reload()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setRunning(false)
    }
  }

  const h = head.data
  return (
    <section className="card settings-card" aria-labelledby="audit-head-heading">
      <div className="card__head">
        <div>
          <h2 id="audit-head-heading" className="card__title">
            {T.heading}
          </h2>
          <p className="muted small">{T.lead}</p>
        </div>
        <button type="button" className="btn btn--primary" onClick={() => void verify(false)} disabled={running}>
          {running ? T.verifying : T.verify}
        </button>
      </div>
      <FailureNotice error={head.error} />
      {h && (
        <dl className="summary__list audit-head">
          <dt>{T.headCount}</dt>
          <dd data-testid="audit-count">{formatNumberId(h.count)}</dd>
          <dt>{T.headLast}</dt>
          <dd>{h.at ? formatStamp(h.at) : t.common.none}</dd>
          <dt>{T.anchorHeading}</dt>
          <dd>
            <strong className="audit-anchor" data-testid="audit-anchor">
              {T.anchorValue(h.lastId, h.fingerprint.split('/')[1] ?? '')}
            </strong>
            <p className="muted small">{T.anchorHint}</p>
          </dd>
          <dt>{T.headHash}</dt>
          <dd>
            <span className="audit-hash">
              <code className="hash" data-testid="audit-hash">
                {h.hash}
              </code>
              <CopyButton text={h.hash} />
            </span>
            <p className="muted small">{T.headHashHint}</p>
          </dd>
        </dl>
      )}
      <form
        className="form-row audit-anchor-form"
        aria-label={T.anchorCheckHeading}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void verify(true)
        }}
      >
        <TextField
          label={T.anchorNo}
          value={anchorNo}
          onChange={(v) => setAnchorNo(v.replace(/\D/g, ''))}
          error={anchorErrors['anchor.id']}
          inputMode="numeric"
          className="w-date"
        />
        <TextField
          label={T.anchorHash}
          value={anchorHash}
          onChange={setAnchorHash}
          error={anchorErrors['anchor.hash']}
          hint={T.anchorHashHint}
          className="grow-2"
          spellCheck={false}
          autoComplete="off"
        />
        <div className="form-row__button">
          <button type="submit" className="btn btn--secondary" disabled={running} data-testid="audit-anchor-check">
            {T.anchorCheck}
          </button>
        </div>
      </form>
      {running && (
        <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={progress?.label ?? T.verifying} />
      )}
      <FailureNotice error={error} />
      {result && result.ok && <Notice tone="success" title={T.verifyOk(formatNumberId(result.count))} />}
      {result && !result.ok && (
        <Notice tone="error" title={T.verifyBad(result.problems.length)}>
          <p>{T.verifyBadHint}</p>
          <ul className="problems">
            {result.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  )
}

interface Filters {
  command: string
  actor: string
}

function AuditLog() {
  const [draft, setDraft] = useState<Filters>({ command: '', actor: '' })
  const [applied, setApplied] = useState<Filters>(draft)
  const [page, setPage] = useState(1)
  const [open, setOpen] = useState<Set<number>>(new Set())
  const list = useCommand('audit.list', {
    ...(applied.command ? { command: applied.command } : {}),
    ...(applied.actor.trim() ? { actor: applied.actor.trim() } : {}),
    page,
    pageSize: PAGE_SIZE
  })
  const filtered = applied.command !== '' || applied.actor.trim() !== ''

  const apply = (e: FormEvent) => {
    e.preventDefault()
    setApplied(draft)
    setPage(1)
    setOpen(new Set())
  }

  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const items = list.data?.items ?? []
  return (
    <section className="card settings-card" aria-labelledby="audit-log-heading">
      <h2 id="audit-log-heading" className="card__title sr-only">
        {T.heading}
      </h2>
      <form className="filters filters--flat" onSubmit={apply} aria-label={T.filters}>
        <SelectField
          label={T.command}
          value={draft.command}
          onChange={(v) => setDraft({ ...draft, command: v })}
          options={[{ value: '', label: T.allCommands }, ...AUDITED]}
          className="w-command"
        />
        <TextField
          label={T.actor}
          value={draft.actor}
          onChange={(v) => setDraft({ ...draft, actor: v })}
          placeholder={T.actorPlaceholder}
          className="w-series"
          spellCheck={false}
        />
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary">
            {t.common.apply}
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              const none = { command: '', actor: '' }
              setDraft(none)
              setApplied(none)
              setPage(1)
            }}
          >
            {t.common.reset}
          </button>
        </div>
      </form>
      <FailureNotice error={list.error} />
      <ScrollRegion className={`table-wrap${list.loading ? ' is-loading' : ''}`} aria-busy={list.loading || undefined}>
        <table className="table audit-table" aria-label={T.heading}>
          <thead>
            <tr>
              <th scope="col" style={{ width: '12.5rem' }}>
                {T.colAt}
              </th>
              <th scope="col" style={{ width: '10rem' }}>
                {T.colActor}
              </th>
              <th scope="col">{T.colCommand}</th>
              <th scope="col" className="is-right" style={{ width: '7rem' }}>
                {T.colDetails}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr className="table__empty">
                <td colSpan={4}>{list.loading ? t.common.loading : filtered ? T.emptyFiltered : T.empty}</td>
              </tr>
            )}
            {items.map((e) => {
              const isOpen = open.has(e.id)
              return (
                <Fragment key={e.id}>
                  <tr className={isOpen ? 'is-open' : undefined}>
                    <td className="nowrap">{formatStamp(e.at)}</td>
                    <td className="mono">{e.actor}</td>
                    <td>
                      {commandLabel(e.command)} <code className="muted small">{e.command}</code>
                    </td>
                    <td className="is-right">
                      <button
                        type="button"
                        className="btn btn--link btn--sm"
                        aria-expanded={isOpen}
                        aria-controls={`audit-${e.id}`}
                        aria-label={T.showLabel(e.id)}
                        onClick={() => toggle(e.id)}
                      >
                        {isOpen ? `▾ ${T.hide}` : `▸ ${T.show}`}
                      </button>
                    </td>
                  </tr>
                  {isOpen && (
                    <tr className="audit-detail-row" id={`audit-${e.id}`}>
                      <td colSpan={4}>
                        <AuditDetail entry={e} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {list.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          onPage={(p) => {
            setPage(p)
            setOpen(new Set())
          }}
        />
      )}
    </section>
  )
}
