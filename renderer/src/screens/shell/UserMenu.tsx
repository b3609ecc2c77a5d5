import { useState, type FormEvent } from 'react'
import { ROLE_LABELS } from '../../../../shared/auth/roles'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { roleName, useSession } from '../../app/session'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'

const T = t.auth

/** The logged-in user in the header: name, role, "Ganti kata sandi" and "Keluar". */
export function UserMenu() {
  const { user, logout } = useSession()
  const [changing, setChanging] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!user) return null
  return (
    <div className="user-menu" role="group" aria-label={T.userMenu}>
      <span className="user-menu__who">
        <span className="user-menu__name" data-testid="user-name">
          {user.fullName}
        </span>
        <span className="user-menu__role" title={ROLE_LABELS[user.role]}>
          {roleName(user.role)}
        </span>
      </span>
      <button type="button" className="btn btn--ghost btn--sm" onClick={() => setChanging(true)}>
        {T.changePassword}
      </button>
      <button
        type="button"
        className="btn btn--secondary btn--sm"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void logout().finally(() => setBusy(false))
        }}
      >
        {T.logout}
      </button>
      {changing && <ChangePasswordDialog name={user.fullName} onClose={() => setChanging(false)} />}
    </div>
  )
}

export function ChangePasswordDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local: FieldErrors = {}
    if (current === '') local.currentPassword = t.errors.required
    if (next.length < 8) local.newPassword = t.settings.users.passwordTooShort
    else if (confirm !== next) local.confirm = t.settings.users.passwordMismatch
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    try {
      await invoke('auth.changePassword', { currentPassword: current, newPassword: next })
      guard.saved()
      setDone(true)
    } catch (err) {
      const f = toFailure(err)
      // A wrong current password comes back on the field "password".
      if (f.field === 'password' || f.field === 'currentPassword') setErrors({ currentPassword: f.message })
      else if (f.field === 'newPassword') setErrors({ newPassword: f.message })
      else setErrors({ '': f.message })
    } finally {
      setBusy(false)
    }
  }

  const clear = (k: string) => setErrors((e) => withoutError(e, k))

  return (
    <Dialog title={T.changeHeading} onClose={onClose}>
      {done ? (
        <>
          <Notice tone="success">{T.changed}</Notice>
          <div className="dialog__actions">
            <button type="button" className="btn btn--primary" onClick={onClose} data-autofocus>
              {t.common.close}
            </button>
          </div>
        </>
      ) : (
        <form {...guard.props} onSubmit={submit} noValidate>
          <p className="muted">{T.changeLead(name)}</p>
          {errors[''] && <Notice tone="error">{errors['']}</Notice>}
          <TextField
            label={T.currentPassword}
            type="password"
            value={current}
            onChange={(v) => {
              setCurrent(v)
              clear('currentPassword')
            }}
            error={errors.currentPassword}
            autoComplete="current-password"
            required
            autoFocus
          />
          <TextField
            label={T.newPassword}
            type="password"
            value={next}
            onChange={(v) => {
              setNext(v)
              clear('newPassword')
            }}
            error={errors.newPassword}
            hint={t.settings.users.passwordHint}
            autoComplete="new-password"
            required
          />
          <TextField
            label={T.newPasswordConfirm}
            type="password"
            value={confirm}
            onChange={(v) => {
              setConfirm(v)
              clear('confirm')
            }}
            error={errors.confirm}
            autoComplete="new-password"
            required
          />
          <div className="dialog__actions">
            <button type="button" className="btn btn--ghost" onClick={onClose}>
              {t.common.cancel}
            </button>
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {busy ? t.common.saving : T.changePassword}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
