import { useState, type FormEvent } from 'react'
import type { Unit } from '../../../../shared/ledger/types'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.settings.units
const UNIT_CODE = /^[A-Z][A-Z0-9_]{1,19}$/

export function UnitsSettings() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const list = useCommand('units.list', { includeInactive: true })
  const { canRun } = useSession()
  const mayEdit = canRun('units.create') && canRun('units.update') && canRun('units.setActive')
  const [editing, setEditing] = useState<Unit | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [draft, setDraft] = useState({ code: '', name: '', description: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const create = async (e: FormEvent) => {
    e.preventDefault()
    const local: FieldErrors = {}
    if (!UNIT_CODE.test(draft.code)) local.code = t.errors.unitCodeInvalid
    if (draft.name.trim() === '') local.name = t.errors.required
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    setMessage(null)
    try {
      const u = await invoke('units.create', {
        code: draft.code,
        name: draft.name.trim(),
        description: draft.description.trim() || null
      })
      guard.saved()
      setMessage({ tone: 'success', text: T.created(u.code) })
      setDraft({ code: '', name: '', description: '' })
      list.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'code' || f === 'name' || f === 'description'))
    } finally {
      setBusy(false)
    }
  }

  const toggle = async (u: Unit) => {
    setMessage(null)
    try {
      const r = await invoke('units.setActive', { code: u.code, active: !u.isActive })
      setMessage({ tone: 'success', text: r.isActive ? T.activated(r.code) : T.deactivated(r.code) })
      list.reload()
    } catch (err) {
      setMessage({ tone: 'error', text: toFailure(err).message })
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="units-heading">
      <h2 id="units-heading" className="card__title">
        {T.heading}
      </h2>
      <p className="muted small">{T.lead}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {list.error && <Notice tone="error">{list.error.message}</Notice>}
      <ScrollRegion className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" style={{ width: '9rem' }}>
                {T.colCode}
              </th>
              <th scope="col">{T.colName}</th>
              <th scope="col">{T.colDescription}</th>
              <th scope="col" className="is-right" style={{ width: '5rem' }}>
                {T.colOrder}
              </th>
              <th scope="col" style={{ width: '7rem' }}>
                {t.common.status}
              </th>
              {mayEdit && (
                <th scope="col" className="is-right" style={{ width: '12rem' }}>
                  {t.common.actions}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((u) => (
              <tr key={u.code} className={u.isActive ? undefined : 'is-muted'}>
                <td className="mono">{u.code}</td>
                <td>{u.name}</td>
                <td>{u.description ?? ''}</td>
                <td className="is-right">{u.sortOrder}</td>
                <td>
                  {u.isActive ? (
                    <span className="badge badge--ok">{t.common.active}</span>
                  ) : (
                    <span className="badge badge--muted">{t.common.inactive}</span>
                  )}
                </td>
                {mayEdit && (
                  <td className="is-right row-actions">
                    <button
                      type="button"
                      className="btn btn--link btn--sm"
                      aria-label={T.editLabel(u.code)}
                      onClick={() => setEditing(u)}
                    >
                      {t.common.edit}
                    </button>
                    <button
                      type="button"
                      className="btn btn--link btn--sm"
                      aria-label={T.toggleLabel(u.isActive ? t.common.deactivate : t.common.activate, u.code)}
                      onClick={() => void toggle(u)}
                    >
                      {u.isActive ? t.common.deactivate : t.common.activate}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {!mayEdit && <Notice tone="info">{t.settings.readOnly}</Notice>}
      {mayEdit && (
        <form
          {...guard.props}
          className="fieldset add-unit"
          onSubmit={create}
          noValidate
          aria-labelledby="unit-add-heading"
        >
          <h3 id="unit-add-heading" className="fieldset__title">
            {T.addHeading}
          </h3>
          {errors[''] && <Notice tone="error">{errors['']}</Notice>}
          <div className="form-row">
            <TextField
              label={T.code}
              value={draft.code}
              onChange={(v) => setDraft({ ...draft, code: v.toUpperCase().replace(/\s+/g, '_') })}
              error={errors.code}
              required
              className="w-code"
              spellCheck={false}
              hint={t.wizard.units.codeHint}
            />
            <TextField
              label={T.name}
              value={draft.name}
              onChange={(v) => setDraft({ ...draft, name: v })}
              error={errors.name}
              required
              className="grow"
              maxLength={100}
            />
            <TextField
              label={T.description}
              value={draft.description}
              onChange={(v) => setDraft({ ...draft, description: v })}
              error={errors.description}
              optional
              className="grow-2"
              maxLength={300}
            />
            <div className="form-row__button">
              <button type="submit" className="btn btn--secondary" disabled={busy}>
                + {t.common.add}
              </button>
            </div>
          </div>
        </form>
      )}

      {editing && (
        <EditUnitDialog
          unit={editing}
          onClose={() => setEditing(null)}
          onDone={(u) => {
            setEditing(null)
            setMessage({ tone: 'success', text: T.updated(u.code) })
            list.reload()
          }}
        />
      )}
    </section>
  )
}

function EditUnitDialog({ unit, onClose, onDone }: { unit: Unit; onClose: () => void; onDone: (u: Unit) => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [name, setName] = useState(unit.name)
  const [description, setDescription] = useState(unit.description ?? '')
  const [sortOrder, setSortOrder] = useState(String(unit.sortOrder))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local: FieldErrors = {}
    if (name.trim() === '') local.name = t.errors.required
    if (!/^\d{1,4}$/.test(sortOrder.trim())) local.sortOrder = t.errors.required
    setErrors(local)
    if (Object.keys(local).length > 0) return
    setBusy(true)
    try {
      onDone(
        await invoke('units.update', {
          code: unit.code,
          name: name.trim(),
          description: description.trim() || null,
          sortOrder: Number(sortOrder)
        })
      )
      guard.saved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => ['name', 'description', 'sortOrder'].includes(f)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={T.editHeading(unit.code)} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <TextField
            label={T.name}
            value={name}
            onChange={setName}
            error={errors.name}
            required
            autoFocus
            maxLength={100}
          />
          <TextField
            label={T.sortOrder}
            value={sortOrder}
            onChange={(v) => setSortOrder(v.replace(/\D/g, ''))}
            error={errors.sortOrder}
            inputMode="numeric"
          />
          <TextField
            label={T.description}
            value={description}
            onChange={setDescription}
            error={errors.description}
            optional
            className="span-2"
            maxLength={300}
          />
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
