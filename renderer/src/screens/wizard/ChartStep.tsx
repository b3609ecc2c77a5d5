import { useMemo, useState, type KeyboardEvent } from 'react'
import type { DefaultChartAccount } from '../../../../shared/commands/setup'
import { SelectField, TextField } from '../../components/Field'
import { t } from '../../i18n'
import { ACCOUNT_CODE_PATTERN, codeDepth, isChildCode, suggestChildCode } from '../../lib/accounts'
import type { FieldErrors } from '../../lib/fieldErrors'
import { chartRows, newKey, type ExtraAccountDraft } from './wizardState'

export function ChartStep({
  defaults,
  excluded,
  extras,
  errors,
  onExcludedChange,
  onExtrasChange,
  clearError
}: {
  defaults: readonly DefaultChartAccount[]
  excluded: ReadonlySet<string>
  extras: ExtraAccountDraft[]
  errors: FieldErrors
  onExcludedChange: (next: ReadonlySet<string>) => void
  onExtrasChange: (next: ExtraAccountDraft[]) => void
  clearError: (key: string) => void
}) {
  const rows = useMemo(() => chartRows(defaults, excluded, extras, codeDepth), [defaults, excluded, extras])
  const allCodes = useMemo(() => rows.map((r) => r.code), [rows])
  const parentOptions = rows.filter((r) => !r.excluded)
  const [parent, setParent] = useState('')
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [formErrors, setFormErrors] = useState<FieldErrors>({})

  const leafCount = rows.filter((r) => !r.isHeader && !r.becomesHeader && !r.excluded).length
  const toggle = (c: string, include: boolean) => {
    const next = new Set(excluded)
    if (include) next.delete(c)
    else next.add(c)
    onExcludedChange(next)
    clearError(`account:${c}`)
  }

  const chooseParent = (p: string) => {
    setParent(p)
    setCode(p ? suggestChildCode(p, allCodes) : '')
    setFormErrors({})
  }

  const add = () => {
    const e: FieldErrors = {}
    const c = code.trim()
    if (!parent) e.parent = t.errors.required
    if (c === '') e.code = t.errors.required
    else if (!ACCOUNT_CODE_PATTERN.test(c)) e.code = t.errors.accountCodeInvalid
    else if (parent && !isChildCode(parent, c)) e.code = t.errors.accountCodeNotUnder(parent)
    else if (allCodes.includes(c)) e.code = t.errors.accountCodeTaken
    if (name.trim() === '') e.name = t.errors.required
    setFormErrors(e)
    if (Object.keys(e).length > 0) return
    // A parent that was unticked comes back: it now holds a sub-account.
    if (excluded.has(parent)) toggle(parent, true)
    onExtrasChange([...extras, { key: newKey('x'), parentCode: parent, code: c, name: name.trim() }])
    setCode(suggestChildCode(parent, [...allCodes, c]))
    setName('')
  }

  // Enter inside the add form adds the account instead of leaving the step.
  const addOnEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      add()
    }
  }

  return (
    <div className="chart-step">
      <p className="lead">{t.wizard.chart.lead}</p>
      <p className="chart-step__counts" aria-live="polite">
        {t.wizard.chart.counts(leafCount, excluded.size, extras.length)}
      </p>
      {errors.chart && <p className="field__error">{errors.chart}</p>}

      <ul className="tree" aria-label={t.wizard.chart.treeLabel}>
        {rows.map((r) => {
          const err = r.extraKey
            ? (errors[`extra:${r.extraKey}.code`] ??
              errors[`extra:${r.extraKey}.name`] ??
              errors[`extra:${r.extraKey}.parentCode`])
            : errors[`account:${r.code}`]
          const header = r.isHeader || r.becomesHeader
          return (
            <li
              key={r.code}
              className={`tree__row depth-${Math.min(r.depth, 4)}${header ? ' is-header' : ''}${r.excluded ? ' is-excluded' : ''}`}
            >
              {header ? (
                <span className="tree__label">
                  <span className="tree__code">{r.code}</span> {r.name}
                  {r.becomesHeader && <span className="badge badge--muted">{t.wizard.chart.becomesHeader}</span>}
                  {r.extraKey && <span className="badge badge--new">{t.wizard.chart.newBadge}</span>}
                </span>
              ) : r.extraKey ? (
                <span className="tree__label">
                  <span className="tree__spacer" aria-hidden="true" />
                  <span className="tree__code">{r.code}</span> {r.name}
                  <span className="badge badge--new">{t.wizard.chart.newBadge}</span>
                  <button
                    type="button"
                    className="btn btn--link btn--sm"
                    aria-label={t.wizard.chart.removeExtra(r.code)}
                    onClick={() => onExtrasChange(extras.filter((x) => x.key !== r.extraKey))}
                  >
                    {t.common.remove}
                  </button>
                </span>
              ) : (
                <label className="tree__label tree__check">
                  <input
                    type="checkbox"
                    checked={!r.excluded}
                    onChange={(e) => toggle(r.code, e.target.checked)}
                    aria-label={t.wizard.chart.includeAccount(r.code, r.name)}
                  />
                  <span className="tree__code">{r.code}</span> {r.name}
                </label>
              )}
              {err && <p className="field__error">{err}</p>}
            </li>
          )
        })}
      </ul>

      <fieldset className="fieldset add-account" onKeyDown={addOnEnter}>
        <legend>{t.wizard.chart.addHeading}</legend>
        <div className="form-row">
          <SelectField
            label={t.wizard.chart.parent}
            value={parent}
            onChange={chooseParent}
            placeholder={t.wizard.chart.chooseParent}
            options={parentOptions.map((r) => ({
              value: r.code,
              label: `${'\u00a0\u00a0'.repeat(r.depth)}${r.code} ${r.name}`
            }))}
            error={formErrors.parent}
            className="grow-2"
          />
          <TextField
            label={t.wizard.chart.code}
            value={code}
            onChange={(v) => setCode(v)}
            error={formErrors.code}
            hint={parent ? t.wizard.chart.codeHint(suggestChildCode(parent, allCodes)) : undefined}
            className="w-code"
            spellCheck={false}
          />
          <TextField
            label={t.wizard.chart.name}
            value={name}
            onChange={setName}
            error={formErrors.name}
            className="grow-2"
          />
          <div className="form-row__button">
            <button type="button" className="btn btn--secondary" onClick={add}>
              + {t.wizard.chart.add}
            </button>
          </div>
        </div>
      </fieldset>
    </div>
  )
}
