import { useCallback, useEffect, useState } from 'react'
import type { SetupStatus } from '../../../shared/commands/setup'
import { ApiProvider } from '../api/context'
import { toFailure, type Api } from '../api/invoke'
import { t } from '../i18n'
import { Wizard } from '../screens/wizard/Wizard'
import { AppShell } from '../screens/shell/AppShell'
import { BootError } from './BootError'
import { BookContext } from './BookContext'

/** Asks the book whether it is set up: the wizard when not, the app when it is. */
export function App({ api }: { api: Api }) {
  const [status, setStatus] = useState<SetupStatus | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [nonce, setNonce] = useState(0)

  useEffect(() => {
    let live = true
    api.invoke('setup.status', {}).then(
      (s) => {
        if (!live) return
        setStatus(s)
        setError(null)
      },
      (e: unknown) => live && setError(toFailure(e))
    )
    return () => {
      live = false
    }
  }, [api, nonce])

  const refresh = useCallback(() => setNonce((n) => n + 1), [])

  let body
  if (error && !status) body = <BootError error={error} onRetry={refresh} />
  else if (!status)
    body = (
      <div className="boot" aria-busy="true">
        <p className="boot__loading">{t.app.loading}</p>
      </div>
    )
  else if (!status.initialized || !status.profile) body = <Wizard onDone={setStatus} />
  else
    body = (
      <BookContext.Provider value={{ profile: status.profile, appVersion: status.appVersion, refresh }}>
        <AppShell />
      </BookContext.Provider>
    )

  return (
    <ApiProvider invoke={api.invoke} onProgress={api.onProgress}>
      {body}
    </ApiProvider>
  )
}
