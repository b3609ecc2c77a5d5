import { useState, type FormEvent } from 'react'
import {
  ASPECT_LABELS,
  DEFAULT_HEALTH_SETTINGS,
  JUKNIS_ASPECTS,
  RATIOS,
  type HealthSettings,
  type RatioId
} from '../../../../shared/health/model'
import { PREDICATE_LABELS } from '../../../../shared/health/score'
import { healthFieldLabel } from '../../../../shared/health/validate'
import { formatDecimal } from '../../../../shared/money/decimal-text'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { TextField } from '../../components/Field'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { useFormGuard } from '../../lib/unsaved'
import { draftOfHealth, readHealthDraft, sumOf, type HealthDraft, type RatioDraft } from './healthSettingsForm'

const F = t.kesehatan.form
const ORDER = new Map(RATIOS.map((r, i) => [r.id, i]))
const LABEL = new Map(RATIOS.map((r) => [r.id, r.label]))
const dec = (x: number) => formatDecimal(String(Math.round(x * 100) / 100))

/** Pengaturan › Penilaian kesehatan: weights, cut-offs and ratio bands of both regimes as a form. */
export function HealthSettingsPanel() {
  const got = useCommand('health.settings', {})
  return (
    <>
      <FailureNotice error={got.error} />
      {!got.data && got.loading && <p className="muted">{t.common.loading}</p>}
      {got.data && <HealthSettingsForm initial={got.data.settings} onSaved={got.reload} />}
    </>
  )
}

function HealthSettingsForm({ initial, onSaved }: { initial: HealthSettings; onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const mayEdit = useSession().canRun('health.setSettings')
  const [d, setD] = useState<HealthDraft>(() => draftOfHealth(initial))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const change = (f: (x: HealthDraft) => void, path: string) => {
    setD((x) => {
      const next = structuredClone(x)
      f(next)
      return next
    })
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !path.startsWith(k) && !k.startsWith(path))))
    setSaved(false)
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const read = readHealthDraft(d, healthFieldLabel)
    if (!read.ok) {
      setErrors(read.errors)
      setFailure(null)
      return
    }
    setBusy(true)
    try {
      await invoke('health.setSettings', { settings: read.settings })
      guard.saved()
      setErrors({})
      setFailure(null)
      setSaved(true)
      onSaved()
    } catch (err) {
      const f = toFailure(err)
      if (f.field?.startsWith('settings.')) setErrors({ [f.field.slice('settings.'.length)]: f.message })
      else setFailure(f.message)
    } finally {
      setBusy(false)
    }
  }

  const field = (
    path: string,
    label: string,
    value: string,
    set: (x: HealthDraft, v: string) => void,
    extra: { className?: string } = {}
  ) => (
    <TextField
      label={label}
      value={value}
      onChange={(v) => change((x) => set(x, v), path)}
      error={errors[path]}
      inputMode="decimal"
      required
      className={extra.className}
      name={path}
    />
  )
  const issues = Object.values(errors)
  const juknisSum = sumOf(Object.values(d.juknis.aspectWeights))
  const perdepRatios = sumOf(Object.values(d.perdep.ratios).map((r) => r!.weight))
  const mp = sumOf([d.perdep.manajemenPoints])

  return (
    <form
      {...guard.props}
      className="card settings-card health-settings"
      onSubmit={submit}
      noValidate
      aria-labelledby="health-settings-heading"
    >
      <h2 id="health-settings-heading" className="card__title">
        {F.heading}
      </h2>
      <p className="field__hint">{F.lead}</p>
      {saved && <Notice tone="success">{F.saved}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
      {issues.length > 0 && (
        <Notice tone="error">
          {F.fix(issues.length)}
          <ul data-testid="health-settings-issues">
            {issues.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Notice>
      )}
      {!mayEdit && <Notice tone="info">{t.settings.readOnly}</Notice>}
      <fieldset className="plain-fieldset" disabled={!mayEdit}>
        <h3>{F.juknis}</h3>
        <fieldset className="fieldset">
          <legend>{F.weights}</legend>
          <div className="form-grid">
            {JUKNIS_ASPECTS.map((a) =>
              field(`juknis.aspectWeights.${a}`, ASPECT_LABELS[a]!, d.juknis.aspectWeights[a], (x, v) => {
                x.juknis.aspectWeights[a] = v
              })
            )}
          </div>
          <p className={juknisSum === 100 ? 'muted' : 'field__error'} role="status" data-testid="juknis-weights-sum">
            {F.weightsSum(dec(juknisSum))}
          </p>
          {errors['juknis.aspectWeights'] && <p className="field__error">{errors['juknis.aspectWeights']}</p>}
        </fieldset>
        <fieldset className="fieldset">
          <legend>{F.checklist}</legend>
          <div className="form-grid">
            {[0, 1, 2].map((i) =>
              field(`juknis.checklistCutoffs.${i}`, F.checklistCut(4 - i), d.juknis.checklistCutoffs[i]!, (x, v) => {
                x.juknis.checklistCutoffs[i] = v
              })
            )}
          </div>
          <p className="muted">{F.checklistRest}</p>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{F.predicateJuknis}</legend>
          <div className="form-grid">
            {field(
              'juknis.predicate.dpk',
              F.predicateUpTo(PREDICATE_LABELS.DALAM_PENGAWASAN_KHUSUS),
              d.juknis.predicate.dpk,
              (x, v) => {
                x.juknis.predicate.dpk = v
              }
            )}
            {field(
              'juknis.predicate.dp',
              F.predicateUpTo(PREDICATE_LABELS.DALAM_PENGAWASAN),
              d.juknis.predicate.dp,
              (x, v) => {
                x.juknis.predicate.dp = v
              }
            )}
            {field(
              'juknis.predicate.cs',
              F.predicateUpTo(PREDICATE_LABELS.CUKUP_SEHAT),
              d.juknis.predicate.cs,
              (x, v) => {
                x.juknis.predicate.cs = v
              }
            )}
          </div>
          <p className="muted">{F.predicateAbove}</p>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{F.bandsJuknis}</legend>
          {sortedIds(d.juknis.ratios).map((id) => (
            <RatioEditor
              key={id}
              regime="juknis"
              id={id}
              r={d.juknis.ratios[id]!}
              errors={errors}
              change={change}
              withWeight={false}
            />
          ))}
        </fieldset>

        <h3>{F.perdep}</h3>
        <fieldset className="fieldset">
          <legend>{F.predicatePerdep}</legend>
          <div className="form-grid">
            {field(
              'perdep.predicate.sehat',
              F.predicateFrom(PREDICATE_LABELS.SEHAT),
              d.perdep.predicate.sehat,
              (x, v) => {
                x.perdep.predicate.sehat = v
              }
            )}
            {field(
              'perdep.predicate.cs',
              F.predicateFrom(PREDICATE_LABELS.CUKUP_SEHAT),
              d.perdep.predicate.cs,
              (x, v) => {
                x.perdep.predicate.cs = v
              }
            )}
            {field(
              'perdep.predicate.dp',
              F.predicateFrom(PREDICATE_LABELS.DALAM_PENGAWASAN),
              d.perdep.predicate.dp,
              (x, v) => {
                x.perdep.predicate.dp = v
              }
            )}
          </div>
          <p className="muted">{F.predicateBelow}</p>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{F.bandsPerdep}</legend>
          <div className="form-grid">
            {field('perdep.manajemenPoints', F.manajemen, d.perdep.manajemenPoints, (x, v) => {
              x.perdep.manajemenPoints = v
            })}
          </div>
          <p
            className={perdepRatios + 5 * mp === 100 ? 'muted' : 'field__error'}
            role="status"
            data-testid="perdep-weights-sum"
          >
            {F.perdepSum(dec(perdepRatios), dec(mp), dec(perdepRatios + 5 * mp))}
          </p>
          {errors['perdep.ratios'] && <p className="field__error">{errors['perdep.ratios']}</p>}
          {sortedIds(d.perdep.ratios).map((id) => (
            <RatioEditor
              key={id}
              regime="perdep"
              id={id}
              r={d.perdep.ratios[id]!}
              errors={errors}
              change={change}
              withWeight
            />
          ))}
        </fieldset>
      </fieldset>
      {mayEdit && (
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : F.save}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setD(draftOfHealth(DEFAULT_HEALTH_SETTINGS))
              setErrors({})
              setSaved(false)
            }}
          >
            {F.defaults}
          </button>
        </div>
      )}
    </form>
  )
}

const sortedIds = (rs: Partial<Record<RatioId, RatioDraft>>) =>
  (Object.keys(rs) as RatioId[]).sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99))

/** One ratio: its weight (Perdep), each band's upper bound and value, the last band open-ended, the value when it cannot be computed. */
function RatioEditor({
  regime,
  id,
  r,
  errors,
  change,
  withWeight
}: {
  regime: 'juknis' | 'perdep'
  id: RatioId
  r: RatioDraft
  errors: Record<string, string>
  change: (f: (x: HealthDraft) => void, path: string) => void
  withWeight: boolean
}) {
  const p = `${regime}.ratios.${id}`
  const what = regime === 'juknis' ? F.skor : F.nilai
  const label = LABEL.get(id) ?? id
  const edit = (f: (x: RatioDraft) => void, path: string) => change((x) => f(x[regime].ratios[id]!), path)
  const hasError = Object.keys(errors).some((k) => k.startsWith(p))
  const input = (path: string, text: string, value: string, set: (x: RatioDraft, v: string) => void) => (
    <TextField
      key={path}
      label={text}
      value={value}
      onChange={(v) => edit((x) => set(x, v), path)}
      error={errors[path]}
      inputMode="decimal"
      required
      name={path}
    />
  )
  return (
    <details className="health-settings__ratio" open={hasError || undefined} data-testid={`settings-${p}`}>
      <summary>
        {label}
        {withWeight ? ` — ${F.weight.toLowerCase()} ${r.weight}` : ''}
      </summary>
      <fieldset className="plain-fieldset" aria-label={`${regime === 'juknis' ? F.juknis : F.perdep}: ${label}`}>
        <div className="form-grid">
          {withWeight &&
            input(`${p}.weight`, F.weight, r.weight, (x, v) => {
              x.weight = v
            })}
          {r.bands.map((b, i) => {
            const last = i === r.bands.length - 1
            return (
              <div key={i} className="health-settings__band">
                {!last &&
                  input(`${p}.bands.${i}.upTo`, F.upTo(i + 1), b.upTo, (x, v) => {
                    x.bands[i]!.upTo = v
                  })}
                {input(`${p}.bands.${i}.value`, last ? F.valueLast(what) : F.value(what, i + 1), b.value, (x, v) => {
                  x.bands[i]!.value = v
                })}
                {!last && r.bands.length > 2 && (
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm"
                    onClick={() =>
                      edit((x) => {
                        x.bands.splice(i, 1)
                      }, `${p}.bands`)
                    }
                  >
                    {F.removeBand(i + 1, label)}
                  </button>
                )}
              </div>
            )
          })}
          {input(`${p}.whenUndefined`, F.whenUndefined(what), r.whenUndefined, (x, v) => {
            x.whenUndefined = v
          })}
        </div>
        <button
          type="button"
          className="btn btn--secondary btn--sm"
          onClick={() =>
            edit((x) => {
              x.bands.splice(x.bands.length - 1, 0, { upTo: '', value: '' })
            }, `${p}.bands`)
          }
        >
          {F.addBand}
        </button>
      </fieldset>
    </details>
  )
}
