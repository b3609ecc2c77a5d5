import { useEffect, useState } from 'react'
import type { RatbookBlock, RatbookPdf } from '../../../../shared/commands/ratbook'
import type { ProgressEvent } from '../../../../shared/bridge'
import { useCommand } from '../../api/useCommand'
import { useApi, useInvoke } from '../../api/context'
import { CommandFailure, toFailure } from '../../api/invoke'
import { FailureNotice } from '../../components/FailureNotice'
import { TextAreaField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { ProgressBar } from '../../components/ProgressBar'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { useExportFile, type Exported } from '../../lib/exportFile'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import { exportFileName } from '../../../../shared/files/document-name'
import { useBook } from '../../app/BookContext'
import { useFormGuard } from '../../lib/unsaved'

const s = () => t.ratbook

/** RAT › Buku RAT: the year, the editable text blocks, and the book made as one PDF with a preview. */
export function BookTab({ query }: { query: Record<string, string> }) {
  const [year, setYear] = useState(String(Number(query.tahun) || Number(today().slice(0, 4)) - 1))
  const y = Number(year)
  const valid = /^\d{4}$/.test(year) && y >= 2000 && y <= 2199
  const blocks = useCommand('ratbook.blocks', valid ? { year: y } : null)
  const [dirty, setDirty] = useState<Set<string>>(new Set())
  const markDirty = (key: string, d: boolean) =>
    setDirty((prev) => {
      if (prev.has(key) === d) return prev
      const next = new Set(prev)
      if (d) next.add(key)
      else next.delete(key)
      return next
    })
  return (
    <div className="ratbook">
      <p className="ratbook-intro">{s().intro}</p>
      <div className="form-grid">
        <TextField
          label={s().year}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          maxLength={4}
          error={valid ? undefined : s().yearInvalid}
        />
      </div>
      {valid && <MakeBook key={y} year={y} dirty={dirty.size > 0} />}
      <FailureNotice error={blocks.error} />
      {valid && blocks.data && (
        <section className="card ratbook-blocks" aria-label={s().blocksTitle}>
          <h3>{s().blocksTitle}</h3>
          <p className="ratbook-hint">{s().blocksHint}</p>
          {blocks.data.blocks.map((b) => (
            <BlockEditor
              key={`${y}-${b.key}-${b.isDefault ? 'd' : 'e'}`}
              year={y}
              block={b}
              onDirty={(d) => markDirty(b.key, d)}
              onSaved={blocks.reload}
            />
          ))}
        </section>
      )}
    </div>
  )
}

export function BlockEditor({
  year,
  block,
  onDirty,
  onSaved
}: {
  year: number
  block: RatbookBlock
  onDirty?: (dirty: boolean) => void
  onSaved?: () => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [text, setText] = useState(block.text)
  const [saved, setSaved] = useState(block.text)
  const [isDefault, setIsDefault] = useState(block.isDefault)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const [done, setDone] = useState(false)
  const changed = text !== saved
  useEffect(() => onDirty?.(changed), [changed]) // eslint-disable-line react-hooks/exhaustive-deps

  const save = async () => {
    setError(null)
    setDone(false)
    if (text.trim() === '') {
      setError(new CommandFailure({ code: 'INVALID_INPUT', message: s().empty, field: 'text' }))
      return
    }
    setBusy(true)
    try {
      const r = await invoke('ratbook.setBlock', { year, key: block.key, text })
      guard.saved()
      setText(r.text)
      setSaved(r.text)
      setIsDefault(r.isDefault)
      setDone(true)
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  const [confirming, setConfirming] = useState(false)
  const reset = async () => {
    setConfirming(false)
    setError(null)
    setBusy(true)
    try {
      const r = await invoke('ratbook.resetBlock', { year, key: block.key })
      guard.saved()
      setText(r.text)
      setSaved(r.text)
      setIsDefault(true)
      onSaved?.()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div {...guard.props} className="ratbook-block" data-testid={`ratbook-block-${block.key}`}>
      <div className="ratbook-block__head">
        <span className="ratbook-block__title">{block.title}</span>
        <span className={`ratbook-badge${isDefault ? '' : ' ratbook-badge--edited'}`}>
          {isDefault ? s().defaultBadge : s().editedBadge}
        </span>
        {changed && <span className="ratbook-badge ratbook-badge--unsaved">{s().unsaved}</span>}
      </div>
      <TextAreaField
        label={block.title}
        value={text}
        onChange={(v) => {
          setText(v)
          setDone(false)
        }}
        rows={Math.min(14, Math.max(4, text.split('\n').length + 1))}
        className="ratbook-block__text"
      />
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={busy || !changed}>
          {busy ? s().saving : s().save}
        </button>
        {!isDefault && !confirming && (
          <button type="button" className="btn btn--secondary" onClick={() => setConfirming(true)} disabled={busy}>
            {s().reset}
          </button>
        )}
        {done && !changed && (
          <span className="ratbook-saved" role="status">
            {s().saved}
          </span>
        )}
      </div>
      {confirming && (
        <Notice
          tone="warning"
          action={
            <>
              <button type="button" className="btn btn--danger" onClick={() => void reset()}>
                {s().resetYes}
              </button>{' '}
              <button type="button" className="btn btn--secondary" onClick={() => setConfirming(false)}>
                {t.common.cancel}
              </button>
            </>
          }
        >
          {s().resetConfirm}
        </Notice>
      )}
      <FailureNotice error={error ?? undefined} />
    </div>
  )
}

function MakeBook({ year, dirty }: { year: number; dirty: boolean }) {
  const { invoke, onProgress } = useApi()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  useEffect(
    () =>
      onProgress((p) => {
        if (p.command === 'ratbook.pdf') setProgress(p)
      }),
    [onProgress]
  )
  const [error, setError] = useState<CommandFailure | null>(null)
  const [result, setResult] = useState<Exported<RatbookPdf> | null>(null)

  const make = async () => {
    setError(null)
    setResult(null)
    setProgress(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'ratbook.pdf', year }),
        (target) => {
          setBusy(true)
          return invoke('ratbook.pdf', { year, ...target })
        }
      )
      setResult(r)
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="card ratbook-make">
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={() => void make()} disabled={busy}>
          {s().make}
        </button>
      </div>
      {dirty && <Notice tone="warning">{s().unsavedBeforeMake}</Notice>}
      {busy && (
        <ProgressBar
          done={progress?.done ?? 0}
          total={progress?.total ?? 0}
          label={progress?.label ?? s().making}
          command="ratbook.pdf"
        />
      )}
      <FailureNotice error={error ?? undefined} />
      {result && (
        <>
          <SavedFileNotice saved={result.saved} title={s().madeTitle} testId="ratbook-file">
            {' · '}
            <span data-testid="ratbook-pages">{s().pages(result.pages)}</span>
            {!result.saved.url && <div>{s().tooLarge}</div>}
          </SavedFileNotice>
          {result.saved.url && (
            <iframe
              className="ratbook-preview"
              title={s().preview}
              src={result.saved.url}
              data-testid="ratbook-preview"
            />
          )}
        </>
      )}
    </section>
  )
}
