import { useState } from 'react'
import type { Region } from '../../../../shared/regions/codes'
import { formatPercent } from '../../../../shared/money/decimal-text'
import { useCommand } from '../../api/useCommand'
import { SelectField, TextField } from '../../components/Field'
import { t } from '../../i18n'
import type { FieldErrors } from '../../lib/fieldErrors'
import type { ProfileDraft, ProfileField } from './profileForm'

const R = t.regions

const LEVELS = [
  { level: 1, code: 'provinceCode', name: 'province' },
  { level: 2, code: 'regencyCode', name: 'regency' },
  { level: 3, code: 'districtCode', name: 'district' },
  { level: 4, code: 'villageCode', name: 'village' }
] as const

/**
 * Province, regency/city, district and village chosen from the Kemendagri list, each level under the
 * one above. An older book's typed names without codes get ranked suggestions, one level at a time,
 * and the treasurer confirms each; a region missing from the list can still be typed by hand.
 */
export function RegionPicker({
  draft,
  errors,
  onChange
}: {
  draft: ProfileDraft
  errors: FieldErrors
  onChange: (field: ProfileField, value: string) => void
}) {
  const [manual, setManual] = useState(false)
  const lists = [
    useCommand('regions.children', { parent: null }),
    useCommand('regions.children', draft.provinceCode ? { parent: draft.provinceCode } : null),
    useCommand('regions.children', draft.regencyCode ? { parent: draft.regencyCode } : null),
    useCommand('regions.children', draft.districtCode ? { parent: draft.districtCode } : null)
  ]
  // The first level still to match: typed in an older book, not yet coded, its parent chosen.
  const pending = LEVELS.find(
    (l, i) => draft[l.code] === '' && draft[l.name].trim() !== '' && (i === 0 || draft[LEVELS[i - 1]!.code] !== '')
  )
  const unavailable = lists[0]!.error !== undefined
  const match = useCommand(
    'regions.match',
    !manual && !unavailable && pending
      ? {
          province: draft.province,
          regency: draft.regency,
          district: draft.district,
          village: draft.village,
          chosen: {
            province: draft.provinceCode || undefined,
            regency: draft.regencyCode || undefined,
            district: draft.districtCode || undefined
          }
        }
      : null
  )

  const pick = (index: number, region: Region | null) => {
    const l = LEVELS[index]!
    onChange(l.code, region?.code ?? '')
    if (region) onChange(l.name, region.name)
    // Lower levels chosen from the list no longer fit; names typed in an older book stay to be matched.
    for (const lower of LEVELS.slice(index + 1)) {
      if (draft[lower.code] !== '') {
        onChange(lower.code, '')
        onChange(lower.name, '')
      }
    }
  }

  // A name typed by hand drops the codes of its level and below: they no longer describe it.
  const typed = (index: number, value: string) => {
    onChange(LEVELS[index]!.name, value)
    for (const l of LEVELS.slice(index)) if (draft[l.code] !== '') onChange(l.code, '')
  }

  if (manual || unavailable) {
    return (
      <fieldset className="fieldset" data-testid="region-picker">
        <legend>{R.legend}</legend>
        <p className="field__hint">{unavailable ? R.unavailable : R.manualHint}</p>
        <div className="form-grid">
          {[...LEVELS].reverse().map((l) => (
            <TextField
              key={l.name}
              label={t.fields[l.name]}
              value={draft[l.name]}
              onChange={(v) => typed(l.level - 1, v)}
              error={errors[l.name]}
              required
              autoComplete="off"
              name={l.name}
            />
          ))}
        </div>
        {!unavailable && (
          <button type="button" className="btn btn--link" onClick={() => setManual(false)}>
            {R.fromList}
          </button>
        )}
      </fieldset>
    )
  }

  const suggestions = pending ? match.data?.levels[pending.level - 1] : undefined
  return (
    <fieldset className="fieldset" data-testid="region-picker">
      <legend>{R.legend}</legend>
      <p className="field__hint">{R.hint}</p>
      <div className="form-grid">
        {LEVELS.map((l, i) => {
          const items = lists[i]!.data?.items ?? []
          const parentChosen = i === 0 || draft[LEVELS[i - 1]!.code] !== ''
          const code = draft[l.code]
          return (
            <SelectField
              key={l.code}
              label={t.fields[l.name]}
              value={code}
              onChange={(v) => pick(i, items.find((r) => r.code === v) ?? null)}
              options={items.map((r) => ({ value: r.code, label: r.name }))}
              placeholder={parentChosen ? (lists[i]!.loading ? R.loading : R.choose[l.level]!) : R.chooseAbove}
              disabled={!parentChosen}
              hint={code ? R.code(code) : undefined}
              error={errors[l.code] ?? errors[l.name]}
              required
              name={l.code}
            />
          )
        })}
      </div>
      {pending && suggestions && (
        <div
          className="region-guide"
          role="group"
          aria-label={R.guided(t.fields[pending.name], draft[pending.name])}
          data-testid="region-guide"
        >
          <p>{R.guided(t.fields[pending.name], draft[pending.name])}</p>
          {suggestions.suggestions.length === 0 ? (
            <p className="muted">{R.noSuggestion(t.fields[pending.name], draft[pending.name])}</p>
          ) : (
            <ul className="region-guide__list">
              {suggestions.suggestions.map((s) => (
                <li key={s.code}>
                  <button
                    type="button"
                    className="btn btn--secondary btn--sm"
                    onClick={() => pick(pending.level - 1, { code: s.code, name: s.name, level: pending.level })}
                  >
                    {R.suggestion(s.name, s.code, formatPercent(String(s.score)))}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="button" className="btn btn--link" onClick={() => setManual(true)}>
        {R.manual}
      </button>
    </fieldset>
  )
}
