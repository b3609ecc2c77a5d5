import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  glossaryEntry,
  GLOSSARY_TOPIC_LABELS,
  searchGlossary,
  type GlossaryEntry,
  type GlossaryId
} from '../../../../shared/panduan/glossary'
import { DOMAIN_SOURCES } from '../../../../shared/panduan/sources'
import { Dialog } from '../../components/Dialog'
import { GlossaryContext } from '../../components/TermHelp'
import { t } from '../../i18n'

const G = () => t.panduan.glossary

/** One entry in full: definition, rule, basis (DOMAIN.md section, status, sources), example, related terms. */
export function GlossaryEntryView({
  entry,
  onRelated,
  headingLevel = 3
}: {
  entry: GlossaryEntry
  onRelated: (id: GlossaryId) => void
  headingLevel?: 2 | 3
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="glossary-entry" data-testid={`glossary-entry-${entry.id}`}>
      <H className="glossary-entry__term">{entry.term}</H>
      {entry.aliases && entry.aliases.length > 0 && (
        <p className="glossary-entry__aliases">{entry.aliases.join(' · ')}</p>
      )}
      <p className="glossary-entry__topic">{GLOSSARY_TOPIC_LABELS[entry.topic]}</p>
      <dl className="glossary-entry__parts">
        <dt>{G().definition}</dt>
        <dd>{entry.definition}</dd>
        <dt>{G().rule}</dt>
        <dd>{entry.rule}</dd>
        <dt>{G().example}</dt>
        <dd className="glossary-entry__example">{entry.example}</dd>
        <dt>{G().basis}</dt>
        <dd>
          <span
            className={`badge ${entry.basis.status === 'VERIFIED' ? 'badge--ok' : entry.basis.status === 'STANDARD' ? 'badge--info' : 'badge--warning'}`}
          >
            {G().status[entry.basis.status]}
          </span>{' '}
          {G().basisText(entry.basis.sections.join(', '))}
          {entry.basis.note && <span className="glossary-entry__note"> — {entry.basis.note}</span>}
          {entry.basis.sources.length > 0 && (
            <ul className="glossary-entry__sources" aria-label={G().sources}>
              {entry.basis.sources.map((k) => (
                <li key={k}>
                  <span className="mono">{k}</span>:{' '}
                  <span className="glossary-entry__ref">{DOMAIN_SOURCES[k].ref}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {entry.related && entry.related.length > 0 && (
          <>
            <dt>{G().related}</dt>
            <dd className="glossary-entry__related">
              {entry.related.map((id) => {
                const r = glossaryEntry(id)
                return r ? (
                  <button key={id} type="button" className="btn btn--link btn--sm" onClick={() => onRelated(r.id)}>
                    {r.term}
                  </button>
                ) : null
              })}
            </dd>
          </>
        )}
      </dl>
    </article>
  )
}

/** Search box and result list; picking a result shows it. Shared by the dialog and the Glosarium tab. */
export function GlossaryBrowser({ initial, autoFocus }: { initial?: GlossaryId | undefined; autoFocus?: boolean }) {
  const [query, setQuery] = useState('')
  const [selected, setSelected] = useState<GlossaryId | null>(initial ?? null)
  const results = useMemo(() => searchGlossary(query), [query])
  const entry = selected ? glossaryEntry(selected) : undefined
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  useEffect(() => {
    if (autoFocus) input.current?.focus()
  }, [autoFocus])
  return (
    <div className="glossary">
      <div className="glossary__search">
        <label className="field__label" htmlFor={`${id}-search`}>
          {G().search}
        </label>
        <input
          id={`${id}-search`}
          ref={input}
          className="input"
          type="search"
          value={query}
          autoComplete="off"
          data-autofocus
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setQuery(e.target.value)
            setSelected(null)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results[0]) {
              e.preventDefault()
              setSelected(results[0].id)
            }
          }}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {G().searchHint}
        </p>
      </div>
      <div className="glossary__body">
        <div className="glossary__list" role="region" aria-label={G().results(results.length)}>
          <p className="muted glossary__count" aria-live="polite">
            {results.length ? G().results(results.length) : G().none}
          </p>
          <ul>
            {results.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={`glossary__item${e.id === selected ? ' is-active' : ''}`}
                  aria-current={e.id === selected ? 'true' : undefined}
                  onClick={() => setSelected(e.id)}
                >
                  {e.term}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="glossary__detail">
          {entry ? (
            <GlossaryEntryView entry={entry} onRelated={setSelected} />
          ) : (
            <p className="muted">{G().searchHint}</p>
          )}
        </div>
      </div>
    </div>
  )
}

/**
 * The glossary from anywhere: F1 or Ctrl+K (⌘K) opens it on its search, a "?" beside a label opens
 * it at that term. Esc closes it.
 */
export function GlossaryProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ id?: GlossaryId | undefined; nonce: number } | null>(null)
  const open = useCallback((id?: GlossaryId) => setState((s) => ({ id, nonce: (s?.nonce ?? 0) + 1 })), [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1' || ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k')) {
        e.preventDefault()
        open()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
  const control = useMemo(() => ({ open }), [open])
  return (
    <GlossaryContext.Provider value={control}>
      {children}
      {state && (
        <Dialog title={G().dialogTitle} onClose={() => setState(null)} wide>
          <GlossaryBrowser key={state.nonce} initial={state.id} autoFocus />
        </Dialog>
      )}
    </GlossaryContext.Provider>
  )
}
