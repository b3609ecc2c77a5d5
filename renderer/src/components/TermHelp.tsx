import { createContext, useContext } from 'react'
import { glossaryEntry, type GlossaryId } from '../../../shared/panduan/glossary'
import { t } from '../i18n'
import '../screens/panduan/panduan.css'

/** Opens the glossary (at an entry, or on its search). Outside the app shell it does nothing. */
export interface GlossaryControl {
  open: (id?: GlossaryId) => void
}

export const GlossaryContext = createContext<GlossaryControl>({ open: () => {} })

export function useGlossary(): GlossaryControl {
  return useContext(GlossaryContext)
}

/** The "?" beside a label that uses a cooperative term: opens that term's glossary entry. */
export function TermHelp({ term }: { term: GlossaryId }) {
  const { open } = useGlossary()
  const entry = glossaryEntry(term)
  const name = entry?.term ?? term
  return (
    <button
      type="button"
      className="term-help no-print"
      data-term={term}
      aria-label={t.panduan.glossary.help(name)}
      title={t.panduan.glossary.help(name)}
      onClick={() => open(term)}
    >
      ?
    </button>
  )
}
