import { useContext, useState } from 'react'
import type { CommandInput } from '../../../shared/commands'
import { BOOK_TITLES, bookFileName } from '../../../shared/books/kinds'
import { useInvoke } from '../api/context'
import { toFailure, type CommandFailure } from '../api/invoke'
import { BookContext } from '../app/BookContext'
import { t } from '../i18n'
import { useExportFile } from '../lib/exportFile'
import type { SavedFile } from '../api/files'
import { FailureNotice } from './FailureNotice'
import { SavedFileNotice } from './SavedFileNotice'

type Input = Omit<CommandInput<'books.export'>, 'format' | 'paper' | 'file' | 'overwrite'>
type Choice = 'A4' | 'F4' | 'xlsx'

/**
 * "PDF A4 · PDF F4 · XLSX" for the book a screen shows: the same query, on paper or in a workbook.
 * `what` names the account, item or loan in the suggested file name.
 */
export function BookExport({ input, what, disabled }: { input: Input; what?: string | null; disabled?: boolean }) {
  const invoke = useInvoke()
  const exportFile = useExportFile()
  // Outside a set-up book (component tests) the name simply lacks the cooperative.
  const cooperative = useContext(BookContext)?.profile.name ?? ''
  const [busy, setBusy] = useState<Choice | null>(null)
  const [saved, setSaved] = useState<SavedFile | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  const title = BOOK_TITLES[input.book]
  const B = t.books

  const run = async (choice: Choice) => {
    const format = choice === 'xlsx' ? 'xlsx' : 'pdf'
    setBusy(choice)
    setError(null)
    setSaved(null)
    try {
      const name = bookFileName(cooperative, input.book, input, format, what)
      const r = await exportFile(t.files.titles.save, name, (target) =>
        invoke('books.export', { ...input, format, ...(choice === 'xlsx' ? {} : { paper: choice }), ...target })
      )
      if (r) setSaved(r.saved)
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(null)
    }
  }

  // The visible text is the button's name (the group names the book); the longer wording is a tooltip.
  const button = (choice: Choice, label: string, hint: string) => (
    <button
      type="button"
      className="btn btn--secondary btn--sm"
      title={hint}
      onClick={() => void run(choice)}
      disabled={disabled || busy !== null}
    >
      {busy === choice ? B.exporting : label}
    </button>
  )

  return (
    <div className="book-export no-print">
      <div role="group" aria-label={B.group(title)} className="book-export__buttons">
        {button('A4', B.pdfA4, B.pdfA4Label(title))}
        {button('F4', B.pdfF4, B.pdfF4Label(title))}
        {button('xlsx', B.xlsx, B.xlsxLabel(title))}
      </div>
      {saved && <SavedFileNotice saved={saved} testId="book-export-file" />}
      <FailureNotice error={error} />
    </div>
  )
}
