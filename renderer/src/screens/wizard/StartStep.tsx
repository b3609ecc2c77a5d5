import type { DefaultChartAccount } from '../../../../shared/commands/setup'
import { formatDateLong } from '../../lib/dateText'
import { DateField } from '../../components/DateInput'
import { TextField } from '../../components/Field'
import { t } from '../../i18n'
import type { FieldErrors } from '../../lib/fieldErrors'
import type { WizardDraft } from './wizardState'

export function checkStart(booksStartDate: string, firstFinancialYear: string): FieldErrors {
  const e: FieldErrors = {}
  if (booksStartDate === '') e.booksStartDate = t.errors.required
  if (!/^\d{4}$/.test(firstFinancialYear.trim())) e.firstFinancialYear = t.errors.yearInvalid
  else if (booksStartDate !== '' && Number(booksStartDate.slice(0, 4)) < Number(firstFinancialYear))
    e.firstFinancialYear = t.wizard.start.yearBeforeStart
  return e
}

export function StartStep({
  draft,
  chart,
  errors,
  onChange,
  clearError
}: {
  draft: WizardDraft
  chart: readonly DefaultChartAccount[]
  errors: FieldErrors
  onChange: (patch: Partial<WizardDraft>) => void
  clearError: (key: string) => void
}) {
  const p = draft.profile
  const accounts = chart.filter((a) => !draft.excluded.has(a.code)).length + draft.extras.length
  const address = [p.street, p.village, p.district, p.regency, p.province, p.postalCode]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ')
  return (
    <div className="start-step">
      <p className="lead">{t.wizard.start.lead}</p>
      <div className="form-grid">
        <DateField
          label={t.fields.booksStartDate}
          value={draft.booksStartDate}
          required
          autoFocus
          hint={t.wizard.start.startHint}
          error={errors.booksStartDate}
          onChange={(iso) => {
            // The financial year follows the start date unless the treasurer set it apart.
            const follow = draft.booksStartDate !== '' && draft.firstFinancialYear === draft.booksStartDate.slice(0, 4)
            onChange({ booksStartDate: iso, ...(follow && iso ? { firstFinancialYear: iso.slice(0, 4) } : {}) })
            clearError('booksStartDate')
          }}
        />
        <TextField
          label={t.fields.firstFinancialYear}
          value={draft.firstFinancialYear}
          required
          inputMode="numeric"
          maxLength={4}
          hint={t.wizard.start.yearHint}
          error={errors.firstFinancialYear}
          onChange={(v) => {
            onChange({ firstFinancialYear: v.replace(/\D/g, '') })
            clearError('firstFinancialYear')
          }}
        />
      </div>

      <section className="summary" aria-labelledby="wizard-summary">
        <h3 id="wizard-summary" className="summary__title">
          {t.wizard.start.summary}
        </h3>
        <dl className="summary__list">
          <dt>{t.wizard.start.summaryName}</dt>
          <dd>{p.name || t.common.none}</dd>
          <dt>{t.wizard.start.summaryType}</dt>
          <dd>{p.cooperativeType || t.common.none}</dd>
          <dt>{t.wizard.start.summaryAddress}</dt>
          <dd>{address || t.common.none}</dd>
          <dt>{t.wizard.start.summaryAccounts}</dt>
          <dd>{t.wizard.start.summaryAccountsValue(accounts, draft.extras.length)}</dd>
          <dt>{t.wizard.start.summaryUnits}</dt>
          <dd>{draft.units.map((u) => u.name || u.code).join(', ') || t.common.none}</dd>
          <dt>{t.wizard.start.summaryStart}</dt>
          <dd>{draft.booksStartDate ? formatDateLong(draft.booksStartDate) : t.common.none}</dd>
        </dl>
      </section>
    </div>
  )
}
