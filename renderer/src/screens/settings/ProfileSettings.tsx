import { useState, type FormEvent } from 'react'
import { formatDateLong, TIME_ZONE_ABBREVIATIONS, TIME_ZONES } from '../../lib/dateText'
import { provinceTimeZone } from '../../../../shared/regions/provinces'
import { SelectField } from '../../components/Field'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { failureToErrors, hasErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { ProfileFields } from '../profile/ProfileFields'
import { setAppTimeZone } from '../../lib/dates'
import { checkRequired, draftToInput, PROFILE_FIELDS, profileToDraft, type ProfileDraft } from '../profile/profileForm'
import { useFormGuard } from '../../lib/unsaved'

export function ProfileSettings() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const book = useBook()
  const mayEdit = useSession().canRun('profile.update')
  const defaults = useCommand('setup.defaults', {})
  const [draft, setDraft] = useState<ProfileDraft>(() => profileToDraft(book.profile))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)
  const [zone, setZone] = useState<string>(book.profile.timeZoneSource === 'PENGATURAN' ? book.profile.timeZone : '')
  const fromProvince = provinceTimeZone(draft.province)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local = checkRequired(draft)
    if (hasErrors(local)) {
      setErrors(local)
      return
    }
    setSaving(true)
    setSaved(false)
    try {
      const p = await invoke('profile.update', {
        ...draftToInput(draft),
        timeZone: zone === '' ? null : (zone as 'Asia/Jakarta')
      })
      guard.saved()
      setDraft(profileToDraft(p))
      setErrors({})
      setSaved(true)
      // The new zone takes effect at once (every "today" and stamp), not only when the book's status comes back.
      setAppTimeZone(p.timeZone)
      book.refresh()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => (PROFILE_FIELDS as readonly string[]).includes(f)))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      {...guard.props}
      className="card settings-card"
      onSubmit={submit}
      noValidate
      aria-labelledby="profile-heading"
    >
      <h2 id="profile-heading" className="card__title">
        {t.settings.profile.heading}
      </h2>
      {saved && <Notice tone="success">{t.settings.profile.saved}</Notice>}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      {!mayEdit && <Notice tone="info">{t.settings.readOnly}</Notice>}
      <fieldset className="plain-fieldset" disabled={!mayEdit}>
        <ProfileFields
          draft={draft}
          errors={errors}
          cooperativeTypes={defaults.data?.cooperativeTypes ?? []}
          onChange={(field, value) => {
            setDraft((d) => ({ ...d, [field]: value }))
            setErrors((e) => withoutError(e, field))
            setSaved(false)
          }}
        />
        <SelectField
          label={t.settings.profile.timeZone}
          value={zone}
          onChange={(v) => {
            setZone(v)
            setSaved(false)
          }}
          hint={t.settings.profile.timeZoneHint}
          options={[
            {
              value: '',
              label: fromProvince
                ? t.settings.profile.timeZoneFollow(TIME_ZONE_ABBREVIATIONS[fromProvince])
                : t.settings.profile.timeZoneUnknown
            },
            ...TIME_ZONES.map((z) => ({ value: z, label: t.settings.profile.timeZones[z]! }))
          ]}
        />
      </fieldset>
      <p className="muted small">
        {t.settings.profile.fixed} {t.fields.firstFinancialYear} {book.profile.firstFinancialYear};{' '}
        {t.fields.booksStartDate.toLowerCase()} {formatDateLong(book.profile.booksStartDate)}.
      </p>
      {mayEdit && (
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={saving}>
            {saving ? t.common.saving : t.common.save}
          </button>
        </div>
      )}
    </form>
  )
}
