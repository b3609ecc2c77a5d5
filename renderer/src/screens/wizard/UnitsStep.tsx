import { t } from '../../i18n'
import type { FieldErrors } from '../../lib/fieldErrors'
import { newKey, type UnitDraft } from './wizardState'
import { ScrollRegion } from '../../components/ScrollRegion'

const UNIT_CODE = /^[A-Z][A-Z0-9_]{1,19}$/

/** Required names, well-formed and unique codes, at least one unit. Keys: `unit:<key>.<field>`. */
export function checkUnits(units: readonly UnitDraft[]): FieldErrors {
  const e: FieldErrors = {}
  if (units.length === 0) e.units = t.wizard.units.atLeastOne
  const seen = new Set<string>()
  for (const u of units) {
    const code = u.code.trim()
    if (code === '') e[`unit:${u.key}.code`] = t.errors.required
    else if (!UNIT_CODE.test(code)) e[`unit:${u.key}.code`] = t.errors.unitCodeInvalid
    else if (seen.has(code)) e[`unit:${u.key}.code`] = t.errors.unitCodeDuplicate
    seen.add(code)
    if (u.name.trim() === '') e[`unit:${u.key}.name`] = t.errors.required
  }
  return e
}

export function UnitsStep({
  units,
  errors,
  onChange,
  clearError
}: {
  units: UnitDraft[]
  errors: FieldErrors
  onChange: (u: UnitDraft[]) => void
  clearError: (key: string) => void
}) {
  const patch = (key: string, p: Partial<UnitDraft>) => {
    onChange(units.map((u) => (u.key === key ? { ...u, ...p } : u)))
    for (const f of Object.keys(p)) clearError(`unit:${key}.${f}`)
  }
  return (
    <div className="units-step">
      <p className="lead">{t.wizard.units.lead}</p>
      {errors.units && <p className="field__error">{errors.units}</p>}
      <ScrollRegion className="table-wrap">
        <table className="table table--form">
          <thead>
            <tr>
              <th scope="col" style={{ width: '11rem' }}>
                {t.wizard.units.code}
              </th>
              <th scope="col" style={{ width: '30%' }}>
                {t.wizard.units.name}
              </th>
              <th scope="col">{t.wizard.units.description}</th>
              <th scope="col" style={{ width: '5.5rem' }}>
                <span className="sr-only">{t.common.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u, i) => {
              const codeErr = errors[`unit:${u.key}.code`]
              const nameErr = errors[`unit:${u.key}.name`]
              const descErr = errors[`unit:${u.key}.description`]
              return (
                <tr key={u.key}>
                  <td>
                    {u.isDefault ? (
                      <span className="code-chip">{u.code}</span>
                    ) : (
                      <input
                        className="input input--code"
                        aria-label={t.wizard.units.codeLabel(i + 1)}
                        aria-invalid={codeErr ? true : undefined}
                        placeholder={t.wizard.units.codeHint}
                        value={u.code}
                        spellCheck={false}
                        onChange={(e) => patch(u.key, { code: e.target.value.toUpperCase().replace(/\s+/g, '_') })}
                      />
                    )}
                    {codeErr && <p className="field__error">{codeErr}</p>}
                  </td>
                  <td>
                    <input
                      className="input"
                      aria-label={t.wizard.units.nameLabel(i + 1)}
                      aria-invalid={nameErr ? true : undefined}
                      value={u.name}
                      onChange={(e) => patch(u.key, { name: e.target.value })}
                    />
                    {nameErr && <p className="field__error">{nameErr}</p>}
                  </td>
                  <td>
                    <input
                      className="input"
                      aria-label={t.wizard.units.descriptionLabel(i + 1)}
                      value={u.description}
                      onChange={(e) => patch(u.key, { description: e.target.value })}
                    />
                    {descErr && <p className="field__error">{descErr}</p>}
                  </td>
                  <td className="is-right">
                    <button
                      type="button"
                      className="btn btn--link btn--sm"
                      aria-label={t.wizard.units.remove(u.name || u.code || String(i + 1))}
                      onClick={() => onChange(units.filter((x) => x.key !== u.key))}
                    >
                      {t.common.remove}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => {
          onChange([...units, { key: newKey('u'), code: '', name: '', description: '', isDefault: false }])
          clearError('units')
        }}
      >
        + {t.wizard.units.add}
      </button>
    </div>
  )
}
