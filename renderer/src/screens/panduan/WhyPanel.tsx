import { useId, useState } from 'react'
import { glossaryEntry } from '../../../../shared/panduan/glossary'
import { FREQUENCY_LABELS, WHY_TEXTS, whyTextFor } from '../../../../shared/panduan/why'
import { TermHelp } from '../../components/TermHelp'
import { t } from '../../i18n'

const KEY = 'lumbung.why.open'

function openKeys(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[])
  } catch {
    return new Set()
  }
}

function remember(key: string, open: boolean): void {
  try {
    const keys = openKeys()
    if (open) keys.add(key)
    else keys.delete(key)
    localStorage.setItem(KEY, JSON.stringify([...keys]))
  } catch {
    // Storage may be unavailable (private window): the panel still works for this visit.
  }
}

/**
 * "Untuk apa layar ini?": what the screen is for, who does it, how often, what goes wrong when it
 * is skipped. Folded until opened; whether it is open is remembered per screen.
 */
export function WhyPanel({ screen, sub }: { screen: string; sub?: string | undefined }) {
  const text = whyTextFor(screen, sub)
  const key = sub && WHY_TEXTS[`${screen}/${sub}`] ? `${screen}/${sub}` : screen
  const [open, setOpen] = useState(() => openKeys().has(key))
  const bodyId = useId()
  if (!text) return null
  const W = t.panduan.why
  const toggle = () => {
    setOpen(!open)
    remember(key, !open)
  }
  return (
    <section className={`why no-print${open ? ' is-open' : ''}`} data-testid="why-panel" aria-label={W.toggle}>
      <button type="button" className="why__toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        <span className="why__icon" aria-hidden="true">
          {W.icon}
        </span>{' '}
        {open ? W.hide : W.toggle}
      </button>
      {open && (
        <div className="why__body" id={bodyId}>
          <p className="why__title">{text.title}</p>
          <dl className="why__parts">
            <dt>{W.purpose}</dt>
            <dd>{text.purpose}</dd>
            <dt>{W.who}</dt>
            <dd>{text.who}</dd>
            <dt>{W.when}</dt>
            <dd>
              {FREQUENCY_LABELS[text.frequency]} — {text.when}
            </dd>
            <dt>{W.skipped}</dt>
            <dd>{text.skipped}</dd>
          </dl>
          <p className="why__foot">
            {W.basisText(text.basis.join(', '))}
            {text.terms.length > 0 && (
              <>
                {' · '}
                {W.terms}:{' '}
                {text.terms.map((id) => (
                  <span key={id} className="why__term">
                    {glossaryEntry(id)?.term ?? id} <TermHelp term={id} />
                  </span>
                ))}
              </>
            )}
          </p>
        </div>
      )}
    </section>
  )
}
