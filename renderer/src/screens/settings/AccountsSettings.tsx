import { useMemo, useState, type FormEvent } from 'react'
import type { Account } from '../../../../shared/ledger/types'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { ACCOUNT_CODE_PATTERN, isChildCode, suggestChildCode } from '../../lib/accounts'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.settings.accounts

type Editing = { kind: 'create'; parent: Account } | { kind: 'edit'; account: Account } | null

export function AccountsSettings() {
  const invoke = useInvoke()
  const list = useCommand('accounts.list', { includeInactive: true, postableOnly: false })
  const { canRun } = useSession()
  const mayEdit = canRun('accounts.create') && canRun('accounts.update') && canRun('accounts.setActive')
  const [search, setSearch] = useState('')
  const [showInactive, setShowInactive] = useState(false)
  const [editing, setEditing] = useState<Editing>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const accounts = useMemo(() => list.data ?? [], [list.data])
  const parents = useMemo(
    () => new Set(accounts.map((a) => a.parentCode).filter((c): c is string => c !== null)),
    [accounts]
  )

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase()
    return accounts.filter(
      (a) =>
        (showInactive || a.isActive) &&
        (q === '' || a.code.toLowerCase().startsWith(q) || a.name.toLowerCase().includes(q))
    )
  }, [accounts, search, showInactive])

  const toggle = async (a: Account) => {
    setMessage(null)
    try {
      const r = await invoke('accounts.setActive', { code: a.code, active: !a.isActive })
      setMessage({ tone: 'success', text: r.isActive ? T.activated(r.code) : T.deactivated(r.code) })
      list.reload()
    } catch (e) {
      setMessage({ tone: 'error', text: toFailure(e).message })
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="accounts-heading">
      <div className="card__head">
        <div>
          <h2 id="accounts-heading" className="card__title">
            {T.heading}
          </h2>
          <p className="muted small">{T.lead}</p>
        </div>
        <span className="muted">{T.count(rows.length)}</span>
      </div>
      <div className="toolbar">
        <TextField
          label={T.search}
          value={search}
          onChange={setSearch}
          placeholder={T.searchPlaceholder}
          type="search"
          className="w-account"
        />
        <CheckboxField label={T.showInactive} checked={showInactive} onChange={setShowInactive} />
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {!mayEdit && <Notice tone="info">{t.settings.readOnly}</Notice>}
      {list.error && <Notice tone="error">{list.error.message}</Notice>}
      <ScrollRegion className="table-wrap">
        <table className="table table--tree">
          <thead>
            <tr>
              <th scope="col" style={{ width: '8rem' }}>
                {T.colCode}
              </th>
              <th scope="col">{T.colName}</th>
              <th scope="col" style={{ width: '7rem' }}>
                {T.colType}
              </th>
              <th scope="col" style={{ width: '7rem' }}>
                {T.colNormal}
              </th>
              <th scope="col" style={{ width: '7rem' }}>
                {t.common.status}
              </th>
              {mayEdit && (
                <th scope="col" className="is-right" style={{ width: '17rem' }}>
                  {t.common.actions}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.code} className={`${a.isHeader ? 'is-header' : ''}${a.isActive ? '' : ' is-muted'}`}>
                <td className="mono">{a.code}</td>
                <td style={{ paddingLeft: `${0.5 + a.depth * 1.1}rem` }}>
                  {a.name}
                  {a.isUsed && <span className="badge badge--muted">{T.usedBadge}</span>}
                  {a.allowOverdraft && <span className="badge badge--warning">{T.overdraftBadge}</span>}
                </td>
                <td>{t.accountTypes[a.type]}</td>
                <td>{t.normalBalance[a.normalBalance]}</td>
                <td>
                  {a.isActive ? (
                    <span className="badge badge--ok">{t.common.active}</span>
                  ) : (
                    <span className="badge badge--muted">{t.common.inactive}</span>
                  )}
                </td>
                {mayEdit && (
                  <td className="is-right row-actions">
                    {a.isActive && (a.isHeader || !a.isUsed) && (
                      <button
                        type="button"
                        className="btn btn--link btn--sm"
                        aria-label={T.addSubLabel(a.code)}
                        onClick={() => setEditing({ kind: 'create', parent: a })}
                      >
                        + {T.addSub}
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn btn--link btn--sm"
                      aria-label={T.editLabel(a.code)}
                      onClick={() => setEditing({ kind: 'edit', account: a })}
                    >
                      {t.common.edit}
                    </button>
                    {a.parentCode !== null && (
                      <button
                        type="button"
                        className="btn btn--link btn--sm"
                        aria-label={T.toggleLabel(a.isActive ? t.common.deactivate : t.common.activate, a.code)}
                        onClick={() => void toggle(a)}
                      >
                        {a.isActive ? t.common.deactivate : t.common.activate}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {editing?.kind === 'create' && (
        <CreateAccountDialog
          parent={editing.parent}
          existing={accounts.map((a) => a.code)}
          onClose={() => setEditing(null)}
          onDone={(a) => {
            setEditing(null)
            setMessage({ tone: 'success', text: T.created(a.code) })
            list.reload()
          }}
        />
      )}
      {editing?.kind === 'edit' && (
        <EditAccountDialog
          account={editing.account}
          codeChangeable={
            !editing.account.isUsed && editing.account.parentCode !== null && !parents.has(editing.account.code)
          }
          onClose={() => setEditing(null)}
          onDone={(a) => {
            setEditing(null)
            setMessage({ tone: 'success', text: T.updated(a.code) })
            list.reload()
          }}
        />
      )}
    </section>
  )
}

function CreateAccountDialog({
  parent,
  existing,
  onClose,
  onDone
}: {
  parent: Account
  existing: string[]
  onClose: () => void
  onDone: (a: Account) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [code, setCode] = useState(() => suggestChildCode(parent.code, existing))
  const [name, setName] = useState('')
  const [isHeader, setIsHeader] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local: FieldErrors = {}
    if (!ACCOUNT_CODE_PATTERN.test(code.trim())) local.code = t.errors.accountCodeInvalid
    else if (!isChildCode(parent.code, code.trim())) local.code = t.errors.accountCodeNotUnder(parent.code)
    if (name.trim() === '') local.name = t.errors.required
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    try {
      onDone(
        await invoke('accounts.create', { parentCode: parent.code, code: code.trim(), name: name.trim(), isHeader })
      )
      guard.saved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'code' || f === 'name'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={T.createHeading(`${parent.code} ${parent.name}`)} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        {!parent.isHeader && <Notice tone="warning">{T.parentBecomesHeader(parent.code)}</Notice>}
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <TextField
            label={T.code}
            value={code}
            onChange={setCode}
            error={errors.code}
            required
            spellCheck={false}
            hint={t.wizard.chart.codeHint(suggestChildCode(parent.code, existing))}
          />
          <TextField
            label={T.name}
            value={name}
            onChange={setName}
            error={errors.name}
            required
            autoFocus
            maxLength={150}
          />
        </div>
        <CheckboxField label={T.isHeader} checked={isHeader} onChange={setIsHeader} />
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : t.common.add}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function EditAccountDialog({
  account,
  codeChangeable,
  onClose,
  onDone
}: {
  account: Account
  codeChangeable: boolean
  onClose: () => void
  onDone: (a: Account) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [code, setCode] = useState(account.code)
  const [name, setName] = useState(account.name)
  const [overdraft, setOverdraft] = useState(account.allowOverdraft)
  const isCash = /^1-1[12]/.test(account.code) && !account.isHeader
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local: FieldErrors = {}
    if (name.trim() === '') local.name = t.errors.required
    if (codeChangeable && !ACCOUNT_CODE_PATTERN.test(code.trim())) local.code = t.errors.accountCodeInvalid
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    try {
      const newCode = codeChangeable && code.trim() !== account.code ? { newCode: code.trim() } : {}
      const flag = isCash && overdraft !== account.allowOverdraft ? { allowOverdraft: overdraft } : {}
      onDone(await invoke('accounts.update', { code: account.code, name: name.trim(), ...newCode, ...flag }))
      guard.saved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (x) => x === 'newCode' || x === 'name'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={T.editHeading(account.code)} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          {codeChangeable ? (
            <TextField
              label={T.newCode}
              value={code}
              onChange={setCode}
              error={errors.newCode}
              required
              spellCheck={false}
            />
          ) : (
            <TextField label={T.newCode} value={account.code} onChange={() => {}} readOnly hint={T.codeLocked} />
          )}
          <TextField
            label={T.name}
            value={name}
            onChange={setName}
            error={errors.name}
            required
            autoFocus
            maxLength={150}
          />
        </div>
        {isCash && (
          <CheckboxField
            label={T.allowOverdraft}
            checked={overdraft}
            onChange={setOverdraft}
            hint={T.allowOverdraftHint}
          />
        )}
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
