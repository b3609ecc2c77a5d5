import { useRef, useState, type FormEvent } from 'react'
import type { AuthUser } from '../../../../shared/commands/auth'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import './login.css'

const T = t.auth

/**
 * Shown before the app when login is required. The session itself never reaches the page: the
 * server keeps it in an HttpOnly cookie (browser mode) or in the main process (Electron).
 */
export function LoginScreen({
  cooperativeName,
  notice,
  onLoggedIn
}: {
  cooperativeName: string
  notice?: 'expired' | 'loggedOut' | null
  onLoggedIn: (user: AuthUser) => void
}) {
  const invoke = useInvoke()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const focus = (name: string) =>
    setTimeout(() => formRef.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus(), 0)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const local: FieldErrors = {}
    if (username.trim() === '') local.username = t.errors.required
    if (password === '') local.password = t.errors.required
    setErrors(local)
    if (Object.keys(local).length > 0) {
      focus(local.username ? 'username' : 'password')
      return
    }
    setBusy(true)
    try {
      const r = await invoke('auth.login', { username: username.trim(), password })
      onLoggedIn(r.user)
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'username' || f === 'password'))
      setPassword('')
      setBusy(false)
      focus('password')
    }
  }

  return (
    <div className="boot login">
      <form
        ref={formRef}
        className="boot__card login__card"
        onSubmit={submit}
        noValidate
        aria-labelledby="login-heading"
      >
        <div className="login__brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__text">
            <span className="brand__name">{t.app.name}</span>
            <span className="brand__tagline">{cooperativeName}</span>
          </span>
        </div>
        <div>
          <h1 id="login-heading" className="boot__title">
            {T.loginTitle}
          </h1>
          <p className="muted">{T.loginLead}</p>
        </div>
        {notice === 'expired' && <Notice tone="warning">{T.expired}</Notice>}
        {notice === 'loggedOut' && !errors[''] && <Notice tone="info">{T.loggedOut}</Notice>}
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <TextField
          label={T.username}
          value={username}
          onChange={(v) => {
            setUsername(v)
            setErrors((e) => withoutError(e, 'username'))
          }}
          error={errors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          name="username"
        />
        <TextField
          label={T.password}
          type="password"
          value={password}
          onChange={(v) => {
            setPassword(v)
            setErrors((e) => withoutError(e, 'password'))
          }}
          error={errors.password}
          autoComplete="current-password"
          name="password"
        />
        <button type="submit" className="btn btn--primary btn--lg login__submit" disabled={busy}>
          {busy ? T.submitting : T.submit}
        </button>
        <p className="muted small">{T.forgotten}</p>
      </form>
    </div>
  )
}
