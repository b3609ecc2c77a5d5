import { t } from '../../i18n'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import type { FieldErrors } from '../../lib/fieldErrors'
import type { ProfileDraft, ProfileField } from './profileForm'
import { RegionPicker } from './RegionPicker'

/**
 * The cooperative's profile fields, shared by the first-run wizard and Pengaturan.
 * `errors` is keyed by field name (`village`), already stripped of any `profile.` prefix.
 */
export function ProfileFields({
  draft,
  onChange,
  errors,
  cooperativeTypes,
  autoFocus
}: {
  draft: ProfileDraft
  onChange: (field: ProfileField, value: string) => void
  errors: FieldErrors
  cooperativeTypes: readonly string[]
  autoFocus?: boolean
}) {
  const text = (
    field: ProfileField,
    extra: {
      required?: boolean
      hint?: string
      autoComplete?: string
      type?: string
      inputMode?: 'numeric' | 'tel' | 'email'
      className?: string
      autoFocus?: boolean
    } = {}
  ) => (
    <TextField
      label={t.fields[field as keyof typeof t.fields] as string}
      value={draft[field]}
      onChange={(v) => onChange(field, v)}
      error={errors[field]}
      required={extra.required ?? false}
      optional={!extra.required}
      hint={extra.hint}
      autoComplete={extra.autoComplete ?? 'off'}
      type={extra.type ?? 'text'}
      inputMode={extra.inputMode}
      className={extra.className}
      autoFocus={extra.autoFocus}
      name={field}
    />
  )
  const types =
    cooperativeTypes.includes(draft.cooperativeType) || draft.cooperativeType === ''
      ? cooperativeTypes
      : [draft.cooperativeType, ...cooperativeTypes]
  return (
    <div className="profile-fields">
      <div className="form-grid">
        {text('name', { required: true, className: 'span-2', autoFocus: autoFocus ?? false })}
        <SelectField
          label={t.fields.cooperativeType}
          value={draft.cooperativeType}
          onChange={(v) => onChange('cooperativeType', v)}
          options={types.map((c) => ({ value: c, label: c }))}
          placeholder={t.fields.chooseCooperativeType}
          error={errors.cooperativeType}
          required
          className="span-2"
          name="cooperativeType"
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t.wizard.profile.legalSection}</legend>
        <div className="form-grid">
          {text('legalEntityNumber', { hint: t.fields.legalEntityNumberHint })}
          <DateField
            label={t.fields.legalEntityDate}
            value={draft.legalEntityDate}
            onChange={(v) => onChange('legalEntityDate', v)}
            error={errors.legalEntityDate}
            optional
          />
          {text('nikKoperasi', { hint: t.fields.nikKoperasiHint, inputMode: 'numeric' })}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t.wizard.profile.addressSection}</legend>
        <div className="form-grid">
          {text('street', { className: 'span-2' })}
          {text('postalCode', { inputMode: 'numeric' })}
        </div>
      </fieldset>
      <RegionPicker draft={draft} errors={errors} onChange={onChange} />
      <fieldset className="fieldset">
        <legend>{t.wizard.profile.contactSection}</legend>
        <div className="form-grid">
          {text('phone', { inputMode: 'tel', type: 'tel' })}
          {text('email', { inputMode: 'email', type: 'email' })}
        </div>
      </fieldset>
    </div>
  )
}
