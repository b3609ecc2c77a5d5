import { useState, type FormEvent } from 'react'
import type { AuthUser } from '../../../../shared/commands/auth'
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/auth/roles'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { Switch } from '../../components/Switch'
import { t } from '../../i18n'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.settings.users
const USERNAME = /^[a-zA-Z0-9._-]{3,32}$/
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))

/** Checks a new password and its repetition; messages keyed `password` and `confirm`. */
export function checkNewPassword(password: string, confirm: string): FieldErrors {
  if (password.length < 8) return { password: T.passwordTooShort }
  if (password !== confirm) return { confirm: T.passwordMismatch }
  return {}
}

export function UsersSettings() {
  const session = useSession()
  const list = useCommand('users.list', {})
  const [message, setMessage] = useState<string | null>(null)
  const [dialog, setDialog] = useState<
    { kind: 'add' } | { kind: 'edit'; user: AuthUser } | { kind: 'reset'; user: AuthUser } | null
  >(null)
  const users = list.data ?? []
  const hasBendahara = users.some((u) => u.role === 'bendahara' && u.isActive)

  const done = (text: string) => {
    setDialog(null)
    setMessage(text)
    list.reload()
  }

  return (
    <>
      <LoginSwitch
        enabled={session.enabled}
        hasBendahara={hasBendahara}
        loaded={list.data !== undefined}
        onChanged={session.refresh}
      />

      <section className="card settings-card" aria-labelledby="users-heading">
        <div className="card__head">
          <div>
            <h2 id="users-heading" className="card__title">
              {T.heading}
            </h2>
            <p className="muted small">{T.lead}</p>
          </div>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setMessage(null)
              setDialog({ kind: 'add' })
            }}
          >
            + {T.add}
          </button>
        </div>
        {message && <Notice tone="success">{message}</Notice>}
        <FailureNotice error={list.error} />
        <ScrollRegion className="table-wrap">
          <table className="table" aria-label={T.heading}>
            <thead>
              <tr>
                <th scope="col" style={{ width: '11rem' }}>
                  {T.colUsername}
                </th>
                <th scope="col">{T.colFullName}</th>
                <th scope="col">{T.colRole}</th>
                <th scope="col" style={{ width: '7rem' }}>
                  {T.colActive}
                </th>
                <th scope="col" className="is-right" style={{ width: '16rem' }}>
                  {t.common.actions}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data && users.length === 0 && (
                <tr className="table__empty">
                  <td colSpan={5}>{T.empty}</td>
                </tr>
              )}
              {users.map((u) => (
                <tr key={u.id} className={u.isActive ? undefined : 'is-muted'}>
                  <td className="mono">
                    {u.username}
                    {session.user?.id === u.id && <span className="badge badge--info">{T.you}</span>}
                  </td>
                  <td>{u.fullName}</td>
                  <td>{ROLE_LABELS[u.role]}</td>
                  <td>
                    {u.isActive ? (
                      <span className="badge badge--ok">{t.common.yes}</span>
                    ) : (
                      <span className="badge badge--muted">{t.common.no}</span>
                    )}
                  </td>
                  <td className="is-right row-actions">
                    <button
                      type="button"
                      className="btn btn--link btn--sm"
                      aria-label={T.editLabel(u.username)}
                      onClick={() => {
                        setMessage(null)
                        setDialog({ kind: 'edit', user: u })
                      }}
                    >
                      {t.common.edit}
                    </button>
                    <button
                      type="button"
                      className="btn btn--link btn--sm"
                      aria-label={T.resetLabel(u.username)}
                      onClick={() => {
                        setMessage(null)
                        setDialog({ kind: 'reset', user: u })
                      }}
                    >
                      {T.resetPassword}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {dialog?.kind === 'add' && (
        <AddUserDialog onClose={() => setDialog(null)} onDone={(u) => done(T.created(u.username))} />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(u) => {
            done(T.updated(u.username))
            // Editing oneself (name, role) changes what the header shows and what may be done.
            if (session.user?.id === u.id) session.refresh()
          }}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(u) => done(T.passwordReset(u.username))}
        />
      )}
    </>
  )
}

function LoginSwitch({
  enabled,
  hasBendahara,
  loaded,
  onChanged
}: {
  enabled: boolean
  hasBendahara: boolean
  loaded: boolean
  onChanged: () => void
}) {
  const invoke = useInvoke()
  const [confirming, setConfirming] = useState<boolean | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const apply = async (next: boolean) => {
    setBusy(true)
    setError(null)
    try {
      await invoke('auth.setEnabled', { enabled: next })
      setConfirming(null)
      setDone(next ? T.enabledOk : T.disabledOk)
      // Turning it on: this window has no session yet and goes to the login screen.
      onChanged()
    } catch (e) {
      setError(toFailure(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings-card login-switch" aria-labelledby="login-switch-heading">
      <h2 id="login-switch-heading" className="card__title">
        {T.loginHeading}
      </h2>
      <Switch
        label={enabled ? T.loginOn : T.loginOff}
        checked={enabled}
        onChange={(next) => {
          setDone(null)
          setConfirming(next)
        }}
        disabled={busy || (!enabled && loaded && !hasBendahara)}
        describedBy="login-switch-explain"
      />
      <div id="login-switch-explain" className="login-switch__explain">
        <p>{enabled ? T.loginExplainOn : T.loginExplainOff}</p>
        <p className="muted small">{T.loginNeedsBendahara}</p>
      </div>
      {!enabled && loaded && !hasBendahara && <Notice tone="info">{T.noBendahara}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
      {error && confirming === null && <Notice tone="error">{error}</Notice>}
      {confirming !== null && (
        <Dialog
          title={confirming ? T.turnOnHeading : T.turnOffHeading}
          onClose={() => setConfirming(null)}
          footer={
            <>
              <button type="button" className="btn btn--ghost" onClick={() => setConfirming(null)}>
                {t.common.cancel}
              </button>
              <button
                type="button"
                className={`btn ${confirming ? 'btn--primary' : 'btn--danger'}`}
                onClick={() => void apply(confirming)}
                disabled={busy}
                data-autofocus
              >
                {busy ? t.common.processing : confirming ? T.turnOn : T.turnOff}
              </button>
            </>
          }
        >
          <p>{confirming ? T.turnOnText : T.turnOffText}</p>
          {error && <Notice tone="error">{error}</Notice>}
        </Dialog>
      )}
    </section>
  )
}

function PasswordFields({
  password,
  confirm,
  errors,
  onPassword,
  onConfirm
}: {
  password: string
  confirm: string
  errors: FieldErrors
  onPassword: (v: string) => void
  onConfirm: (v: string) => void
}) {
  return (
    <>
      <TextField
        label={T.password}
        type="password"
        value={password}
        onChange={onPassword}
        error={errors.password}
        hint={T.passwordHint}
        autoComplete="new-password"
        required
      />
      <TextField
        label={T.passwordConfirm}
        type="password"
        value={confirm}
        onChange={onConfirm}
        error={errors.confirm}
        autoComplete="new-password"
        required
      />
    </>
  )
}

function AddUserDialog({ onClose, onDone }: { onClose: () => void; onDone: (u: AuthUser) => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [draft, setDraft] = useState({
    username: '',
    fullName: '',
    role: 'bendahara' as Role,
    password: '',
    confirm: ''
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const set = (k: keyof typeof draft, v: string) => {
    setDraft((d) => ({ ...d, [k]: v }))
    setErrors((e) => withoutError(e, k))
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local: FieldErrors = {}
    if (!USERNAME.test(draft.username.trim())) local.username = T.usernameInvalid
    if (draft.fullName.trim() === '') local.fullName = t.errors.required
    Object.assign(local, checkNewPassword(draft.password, draft.confirm))
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    try {
      onDone(
        await invoke('users.create', {
          username: draft.username.trim(),
          fullName: draft.fullName.trim(),
          role: draft.role,
          password: draft.password
        })
      )
      guard.saved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => ['username', 'fullName', 'role', 'password'].includes(f)))
      setBusy(false)
    }
  }

  return (
    <Dialog title={T.addHeading} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <TextField
            label={T.username}
            value={draft.username}
            onChange={(v) => set('username', v)}
            error={errors.username}
            hint={T.usernameHint}
            required
            autoFocus
            autoComplete="off"
            spellCheck={false}
            maxLength={32}
          />
          <TextField
            label={T.fullName}
            value={draft.fullName}
            onChange={(v) => set('fullName', v)}
            error={errors.fullName}
            required
            maxLength={100}
          />
          <SelectField
            label={T.role}
            value={draft.role}
            onChange={(v) => set('role', v)}
            options={ROLE_OPTIONS}
            error={errors.role}
            required
            className="span-2"
          />
          <PasswordFields
            password={draft.password}
            confirm={draft.confirm}
            errors={errors}
            onPassword={(v) => set('password', v)}
            onConfirm={(v) => set('confirm', v)}
          />
        </div>
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : T.add}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function EditUserDialog({
  user,
  onClose,
  onDone
}: {
  user: AuthUser
  onClose: () => void
  onDone: (u: AuthUser) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [fullName, setFullName] = useState(user.fullName)
  const [role, setRole] = useState<Role>(user.role)
  const [active, setActive] = useState(user.isActive)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (fullName.trim() === '') {
      setErrors({ fullName: t.errors.required })
      return
    }
    setBusy(true)
    try {
      onDone(await invoke('users.update', { username: user.username, fullName: fullName.trim(), role, active }))
      guard.saved()
    } catch (err) {
      // "Harus tetap ada paling sedikit satu bendahara aktif" comes on `role`: show it above.
      setErrors(failureToErrors(toFailure(err), (f) => f === 'fullName'))
      setBusy(false)
    }
  }

  return (
    <Dialog title={T.editHeading(user.username)} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <TextField
            label={T.fullName}
            value={fullName}
            onChange={(v) => {
              setFullName(v)
              setErrors({})
            }}
            error={errors.fullName}
            required
            autoFocus
            maxLength={100}
            className="span-2"
          />
          <SelectField
            label={T.role}
            value={role}
            onChange={(v) => {
              setRole(v as Role)
              setErrors({})
            }}
            options={ROLE_OPTIONS}
            required
            className="span-2"
          />
          <div className="span-2">
            <CheckboxField
              label={T.active}
              checked={active}
              onChange={(v) => {
                setActive(v)
                setErrors({})
              }}
            />
          </div>
        </div>
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : t.common.save}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function ResetPasswordDialog({
  user,
  onClose,
  onDone
}: {
  user: AuthUser
  onClose: () => void
  onDone: (u: AuthUser) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local = checkNewPassword(password, confirm)
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    try {
      onDone(await invoke('users.resetPassword', { username: user.username, password }))
      guard.saved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'password'))
      setBusy(false)
    }
  }

  return (
    <Dialog title={T.resetHeading(user.username)} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        <p className="muted">{T.resetText}</p>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <PasswordFields
          password={password}
          confirm={confirm}
          errors={errors}
          onPassword={(v) => {
            setPassword(v)
            setErrors({})
          }}
          onConfirm={(v) => {
            setConfirm(v)
            setErrors({})
          }}
        />
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : T.resetPassword}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
