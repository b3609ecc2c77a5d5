import './boot.css'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AuthUser } from '../../../shared/commands/auth'
import type { SetupStatus } from '../../../shared/commands/setup'
import { ApiProvider } from '../api/context'
import { CommandFailure, toFailure, type Api, type Invoke } from '../api/invoke'
import { useFutureDateConfirmation } from '../api/futureDate'
import { t } from '../i18n'
import { LoginScreen } from '../screens/login/LoginScreen'
import { Wizard } from '../screens/wizard/Wizard'
import { AppShell } from '../screens/shell/AppShell'
import { BootError } from './BootError'
import { UnsavedChangesDialog } from '../components/UnsavedChangesDialog'
import { BookContext } from './BookContext'
import { AppControlContext } from './appControl'
import { makeSession, SessionContext } from './session'
import { setAppTimeZone } from '../lib/dates'
import { DataVersionContext } from '../api/dataVersion'

interface AuthState {
  enabled: boolean
  user: AuthUser | null
}

type LoginNotice = 'expired' | 'loggedOut' | null

/** The book's answer when a session is missing or expired (not a role refusal, not a bad token). */
export function isSessionExpired(e: unknown): boolean {
  return e instanceof CommandFailure && e.code === 'UNAUTHORIZED' && /^Silakan masuk/i.test(e.message)
}

/**
 * Asks the book whether it is set up and who is logged in: the wizard when it is not set up, the
 * login screen when login is required and nobody is in, otherwise the app.
 */
export function App({ api }: { api: Api }) {
  const [status, setStatus] = useState<SetupStatus | null>(null)
  const [auth, setAuth] = useState<AuthState | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [nonce, setNonce] = useState(0)
  const [authNonce, setAuthNonce] = useState(0)
  const [epoch, setEpoch] = useState(0)
  const [loginNotice, setLoginNotice] = useState<LoginNotice>(null)

  useEffect(() => {
    let live = true
    api.invoke('setup.status', {}).then(
      (s) => {
        if (!live) return
        if (s.profile) setAppTimeZone(s.profile.timeZone)
        setStatus(s)
        setError(null)
      },
      (e: unknown) => live && setError(toFailure(e))
    )
    return () => {
      live = false
    }
  }, [api, nonce, epoch])

  useEffect(() => {
    let live = true
    api.invoke('auth.status', {}).then(
      (a) => live && setAuth({ enabled: a.enabled, user: a.user }),
      (e: unknown) => live && setError(toFailure(e))
    )
    return () => {
      live = false
    }
  }, [api, authNonce, epoch])

  // Any command answering "Silakan masuk…" means the session ended (expired, reset, or the user
  // was deactivated): back to the login screen.
  const expire = useRef(() => {})
  expire.current = () => {
    // Straight to the login screen (no second auth.status: a loop if the two ever disagree).
    setAuth({ enabled: true, user: null })
    setLoginNotice('expired')
  }
  const sessionInvoke = useMemo<Invoke>(
    () =>
      (async (name: Parameters<Invoke>[0], input: never) => {
        try {
          return await api.invoke(name, input)
        } catch (e) {
          if (name !== 'auth.login' && isSessionExpired(e)) expire.current()
          throw e
        }
      }) as Invoke,
    [api]
  )
  const { invoke, dialog: futureDateDialog } = useFutureDateConfirmation(sessionInvoke)

  // Office network mode: another desk's write (or the host coming back) refreshes the open screen.
  const [dataVersion, setDataVersion] = useState(0)
  const [connected, setConnected] = useState(true)
  const signedIn = !!status?.initialized && !!auth && (!auth.enabled || auth.user !== null)
  useEffect(() => {
    if (!signedIn || !api.onChange) return
    let timer: ReturnType<typeof setTimeout> | null = null
    // Many postings a second from other desks: at most one refresh per half second.
    const off = api.onChange(() => {
      timer ??= setTimeout(() => {
        timer = null
        setDataVersion((v) => v + 1)
      }, 500)
    })
    return () => {
      off()
      if (timer) clearTimeout(timer)
    }
  }, [api, signedIn])
  useEffect(() => {
    if (!signedIn || !api.onConnection) return
    const off = api.onConnection((c) => {
      setConnected(c)
      // The stream may be refused because this device was disconnected: then it is the login screen.
      if (!c) {
        api.invoke('auth.status', {}).then(
          (a) => {
            if (a.enabled && !a.user) expire.current()
          },
          () => {}
        )
      }
    })
    return () => {
      off()
      setConnected(true)
    }
  }, [api, signedIn])

  const refresh = useCallback(() => setNonce((n) => n + 1), [])
  const refreshAuth = useCallback(() => setAuthNonce((n) => n + 1), [])
  const reloadApp = useCallback(() => {
    setStatus(null)
    setAuth(null)
    setEpoch((n) => n + 1)
  }, [])

  const logout = useCallback(async () => {
    try {
      await invoke('auth.logout', {})
    } finally {
      setAuth((a) => (a ? { ...a, user: null } : a))
      setLoginNotice('loggedOut')
      setAuthNonce((n) => n + 1)
    }
  }, [invoke])

  const session = useMemo(
    () => makeSession(auth ?? { enabled: false, user: null }, { logout, refresh: refreshAuth }),
    [auth, logout, refreshAuth]
  )
  const control = useMemo(() => ({ reloadApp }), [reloadApp])

  let body
  if (error && (!status || !auth)) body = <BootError error={error} onRetry={reloadApp} />
  else if (!status || !auth)
    body = (
      <div className="boot" aria-busy="true">
        <p className="boot__loading">{t.app.loading}</p>
      </div>
    )
  else if (!status.initialized)
    body = (
      <Wizard
        onDone={(s) => {
          if (s.profile) setAppTimeZone(s.profile.timeZone)
          setStatus(s)
        }}
      />
    )
  else if (auth.enabled && !auth.user)
    body = (
      <LoginScreen
        cooperativeName={status.profile?.name ?? status.cooperativeName ?? ''}
        notice={loginNotice}
        onLoggedIn={(user) => {
          setLoginNotice(null)
          setAuth({ enabled: true, user })
          // Only now may the book tell the rest of its profile.
          refresh()
        }}
      />
    )
  else if (!status.profile)
    body = (
      <div className="boot" aria-busy="true">
        <p className="boot__loading">{t.app.loading}</p>
      </div>
    )
  else
    body = (
      <BookContext.Provider value={{ profile: status.profile, appVersion: status.appVersion, refresh }}>
        <AppShell key={`${epoch}:${auth.user?.id ?? 0}`} />
      </BookContext.Provider>
    )

  return (
    <ApiProvider invoke={invoke} onProgress={api.onProgress} files={api.files}>
      <AppControlContext.Provider value={control}>
        <SessionContext.Provider value={session}>
          {!connected && (
            <div className="connection-lost" role="status" aria-live="polite">
              {t.app.connectionLost}
            </div>
          )}
          <DataVersionContext.Provider value={dataVersion}>{body}</DataVersionContext.Provider>
          {futureDateDialog}
          <UnsavedChangesDialog />
        </SessionContext.Provider>
      </AppControlContext.Provider>
    </ApiProvider>
  )
}
