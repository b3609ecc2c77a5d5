import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { DefaultChartAccount, SetupStatus } from '../../../../shared/commands/setup'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { hasErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { ProfileFields } from '../profile/ProfileFields'
import { RestoreDialog } from '../settings/BackupSettings'
import { checkRequired, emptyProfile, type ProfileField } from '../profile/profileForm'
import { ChartStep } from './ChartStep'
import { StartStep, checkStart } from './StartStep'
import { UnitsStep, checkUnits } from './UnitsStep'
import {
  buildInitializeInput,
  locateError,
  newKey,
  profileErrors,
  STEP_CHART,
  STEP_COUNT,
  STEP_PROFILE,
  STEP_START,
  STEP_UNITS,
  type WizardDraft
} from './wizardState'
import { useFormGuard } from '../../lib/unsaved'

/** First run: profile, chart of accounts, business units and start date, then `setup.initialize`. */
export function Wizard({ onDone }: { onDone: (status: SetupStatus) => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const defaults = useCommand('setup.defaults', {})
  const [step, setStep] = useState(STEP_PROFILE)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const startYear = today().slice(0, 4)
  const [draft, setDraft] = useState<WizardDraft>(() => ({
    profile: emptyProfile(),
    excluded: new Set<string>(),
    extras: [],
    units: [],
    booksStartDate: `${startYear}-01-01`,
    firstFinancialYear: startYear
  }))
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [importing, setImporting] = useState(false)
  const seeded = useRef(false)

  // Seed the editable lists from the book's defaults once they arrive.
  useEffect(() => {
    const d = defaults.data
    if (!d || seeded.current) return
    seeded.current = true
    setDraft((prev) => ({
      ...prev,
      profile: { ...prev.profile, cooperativeType: prev.profile.cooperativeType || (d.cooperativeTypes[0] ?? '') },
      units: d.units.map((u) => ({
        key: newKey('u'),
        code: u.code,
        name: u.name,
        description: u.description ?? '',
        isDefault: true
      }))
    }))
  }, [defaults.data])

  const goTo = (next: number) => {
    setStep(next)
    // Move focus to the step's heading so keyboard and screen-reader users start at the top.
    requestAnimationFrame(() => headingRef.current?.focus())
  }

  const validateStep = (s: number): FieldErrors => {
    if (s === STEP_PROFILE) {
      const e: FieldErrors = {}
      for (const [k, v] of Object.entries(checkRequired(draft.profile))) e[`profile.${k}`] = v
      return e
    }
    if (s === STEP_UNITS) return checkUnits(draft.units)
    if (s === STEP_START) return checkStart(draft.booksStartDate, draft.firstFinancialYear)
    return {}
  }

  const submit = async () => {
    setSubmitting(true)
    const { input, sent } = buildInitializeInput(draft)
    try {
      const status = await invoke('setup.initialize', input)
      guard.saved()
      onDone(status)
    } catch (e) {
      const f = toFailure(e)
      const { step: errStep, key } = locateError(f.field, sent)
      setErrors({ [key]: f.message, ...(key !== '' ? { '': t.wizard.fixErrors } : {}) })
      setSubmitting(false)
      if (errStep !== step) goTo(errStep)
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (submitting) return
    const found = validateStep(step)
    if (hasErrors(found)) {
      setErrors({ ...found, '': t.wizard.fixErrors })
      return
    }
    setErrors({})
    if (step < STEP_COUNT - 1) goTo(step + 1)
    else void submit()
  }

  const clear = (key: string) =>
    setErrors((e) => {
      const next = withoutError(e, key)
      return Object.keys(next).length === 1 && '' in next && next[''] === t.wizard.fixErrors ? {} : next
    })

  const chart: readonly DefaultChartAccount[] = defaults.data?.accounts ?? []
  const banner = errors['']

  return (
    <div className="wizard">
      <header className="wizard__top">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t.app.name}</span>
        </div>
        <h1 className="wizard__title">{t.wizard.title}</h1>
        <p className="wizard__intro">{t.wizard.intro}</p>
        <p className="wizard__import">
          {t.wizard.importQuestion}{' '}
          <button type="button" className="btn btn--link" onClick={() => setImporting(true)}>
            {t.wizard.importLink}
          </button>
        </p>
      </header>
      {/* A book from another laptop (Ekspor buku there): restore it instead of setting up a new one. */}
      {importing && <RestoreDialog backup={null} onClose={() => setImporting(false)} />}

      <ol className="stepper" aria-label={t.wizard.stepsLabel}>
        {t.wizard.steps.map((label, i) => (
          <li
            key={label}
            className={`stepper__step${i === step ? ' is-current' : ''}${i < step ? ' is-done' : ''}`}
            aria-current={i === step ? 'step' : undefined}
          >
            <span className="stepper__num" aria-hidden="true">
              {i < step ? '✓' : i + 1}
            </span>
            <span className="stepper__label">{label}</span>
          </li>
        ))}
      </ol>

      <form
        {...guard.props}
        className="wizard__card card"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="wizard-step-heading"
      >
        <p className="wizard__stepof">{t.wizard.stepOf(step + 1, STEP_COUNT)}</p>
        <h2 id="wizard-step-heading" className="wizard__heading" tabIndex={-1} ref={headingRef}>
          {t.wizard.steps[step]}
        </h2>

        {defaults.error && <Notice tone="error">{defaults.error.message}</Notice>}
        {banner && <Notice tone="error">{banner}</Notice>}

        {step === STEP_PROFILE && (
          <>
            <p className="lead">{t.wizard.profile.lead}</p>
            <ProfileFields
              draft={draft.profile}
              errors={profileErrors(errors)}
              cooperativeTypes={defaults.data?.cooperativeTypes ?? []}
              autoFocus
              onChange={(field: ProfileField, value) => {
                setDraft((d) => ({ ...d, profile: { ...d.profile, [field]: value } }))
                clear(`profile.${field}`)
              }}
            />
          </>
        )}

        {step === STEP_CHART &&
          (defaults.loading && chart.length === 0 ? (
            <p className="muted">{t.wizard.loadingDefaults}</p>
          ) : (
            <ChartStep
              defaults={chart}
              excluded={draft.excluded}
              extras={draft.extras}
              errors={errors}
              onExcludedChange={(excluded) => setDraft((d) => ({ ...d, excluded }))}
              onExtrasChange={(extras) => setDraft((d) => ({ ...d, extras }))}
              clearError={clear}
            />
          ))}

        {step === STEP_UNITS && (
          <UnitsStep
            units={draft.units}
            errors={errors}
            onChange={(units) => setDraft((d) => ({ ...d, units }))}
            clearError={clear}
          />
        )}

        {step === STEP_START && (
          <StartStep
            draft={draft}
            chart={chart}
            errors={errors}
            onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            clearError={clear}
          />
        )}

        <div className="wizard__actions">
          {step > 0 && (
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => {
                setErrors({})
                goTo(step - 1)
              }}
              disabled={submitting}
            >
              ← {t.common.back}
            </button>
          )}
          <span className="spacer" />
          {step < STEP_COUNT - 1 ? (
            <button type="submit" className="btn btn--primary" disabled={step === STEP_CHART && chart.length === 0}>
              {t.common.next} →
            </button>
          ) : (
            <button type="submit" className="btn btn--primary" disabled={submitting}>
              {submitting ? t.wizard.start.submitting : t.wizard.start.submit}
            </button>
          )}
        </div>
      </form>
    </div>
  )
}
