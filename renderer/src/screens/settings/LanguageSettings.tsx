import { useState, type FormEvent } from 'react'
import { SelectField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { LOCALES, locale, saveLocale, t, type Locale } from '../../i18n'

const L = t.settings.language

/**
 * The language of this device (Bahasa Indonesia by default, or English), kept in the browser's or the
 * window's own storage: another desk keeps its own choice. The window reloads to show it everywhere.
 */
export function LanguageSettings({ reload = () => window.location.reload() }: { reload?: () => void }) {
  const [choice, setChoice] = useState<Locale>(locale)
  const [applied, setApplied] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    saveLocale(choice)
    setApplied(true)
    reload()
  }
  return (
    <section className="card settings-card" aria-labelledby="language-heading">
      <h2 id="language-heading" className="card__title">
        {L.heading}
      </h2>
      <form onSubmit={submit} className="form-row">
        <SelectField
          label={L.label}
          hint={L.hint}
          value={choice}
          onChange={(v) => setChoice(v === 'en' ? 'en' : 'id')}
          options={LOCALES.map((l) => ({ value: l, label: L.options[l] ?? l }))}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={choice === locale}>
            {L.apply}
          </button>
        </div>
      </form>
      {applied && <Notice tone="info">{L.applied}</Notice>}
    </section>
  )
}
