import { t } from '../i18n'
import { MissingTokenError } from '../api/transport'
import { CommandFailure } from '../api/invoke'

/** Shown when the renderer cannot reach the book at all (no bridge, no session token). */
export function BootError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  // No token, or a token from an earlier start of Lumbung: the fix is the fresh address.
  const missingToken =
    error instanceof MissingTokenError || (error instanceof CommandFailure && error.code === 'UNAUTHORIZED')
  const message = error instanceof Error ? error.message : String(error)
  return (
    <div className="boot">
      <div className="boot__card" role="alert">
        <div className="brand brand--large" aria-hidden="true">
          <span className="brand__mark" />
        </div>
        <h1 className="boot__title">{t.app.bootFailed}</h1>
        <p>{message}</p>
        {missingToken && <p className="muted">{t.errors.missingTokenHelp}</p>}
        {onRetry && (
          <button type="button" className="btn btn--primary" onClick={onRetry}>
            {t.app.retry}
          </button>
        )}
      </div>
    </div>
  )
}
