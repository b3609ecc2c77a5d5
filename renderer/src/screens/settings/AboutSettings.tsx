import { formatNumberId } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { LanguageSettings } from './LanguageSettings'

const T = t.settings.about

export function AboutSettings() {
  const info = useCommand('system.info', {})
  return (
    <>
      <LanguageSettings />
      <section className="card settings-card" aria-labelledby="about-heading">
        <h2 id="about-heading" className="card__title">
          {T.heading}
        </h2>
        {info.error && <Notice tone="error">{info.error.message}</Notice>}
        {info.data && (
          <dl className="summary__list">
            <dt>{T.appVersion}</dt>
            <dd>{info.data.appVersion}</dd>
            <dt>{T.schemaVersion}</dt>
            <dd>{info.data.schemaVersion}</dd>
            <dt>{T.commands}</dt>
            <dd>{formatNumberId(info.data.commands)}</dd>
            <dt>{T.file}</dt>
            <dd>
              <code className="path">{info.data.file}</code>
              <p className="muted small">{T.fileHint}</p>
            </dd>
          </dl>
        )}
      </section>
    </>
  )
}
