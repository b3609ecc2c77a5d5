import { useState, type ReactNode } from 'react'
import { useFiles } from '../api/context'
import type { OpenSaved, SavedFile } from '../api/files'
import { t } from '../i18n'
import { formatSize } from '../lib/age'
import { Notice } from './Notice'

/**
 * After a document is saved (desktop) or downloaded (browser): where it went and its size, with
 * "Buka" and, on the desktop, "Tampilkan di folder". A browser cannot show its downloads folder,
 * so there the notice says where to look instead.
 */
export function SavedFileNotice({
  saved,
  title,
  testId,
  children
}: {
  saved: SavedFile
  title?: ReactNode
  testId?: string
  children?: ReactNode
}) {
  const files = useFiles()
  const [problem, setProblem] = useState<string | null>(null)
  const run = async (fn: OpenSaved) => {
    setProblem(null)
    try {
      const message = await fn(saved)
      if (message) setProblem(message)
    } catch (e) {
      setProblem(e instanceof Error && e.message ? e.message : t.files.openFailed)
    }
  }
  const reveal = saved.file ? files.reveal : null
  const actions = (
    <>
      {files.canOpen(saved) && (
        <button
          type="button"
          className="btn btn--secondary btn--sm"
          onClick={() => void run(files.open)}
          aria-label={t.files.openLabel(saved.name)}
          data-testid="saved-open"
        >
          {t.files.open}
        </button>
      )}
      {reveal && (
        <button
          type="button"
          className="btn btn--secondary btn--sm"
          onClick={() => void run(reveal)}
          aria-label={t.files.revealLabel(saved.name)}
          data-testid="saved-reveal"
        >
          {t.files.reveal}
        </button>
      )}
    </>
  )
  return (
    <Notice
      tone="success"
      title={title ?? (saved.file ? t.files.savedTitle : t.files.downloadedTitle)}
      action={actions}
    >
      <span data-testid={testId}>{t.files.savedOrDownloaded(saved)}</span>{' '}
      <span className="muted" data-testid="saved-size">
        ({formatSize(saved.size)})
      </span>
      {children}
      {!saved.file && <p className="muted saved-file__where">{t.files.browserFolder}</p>}
      {problem && (
        <p role="alert" className="saved-file__problem">
          {problem}
        </p>
      )}
    </Notice>
  )
}
