import { useEffect, useMemo, useState } from 'react'
import type { HealthAssessment } from '../../../../shared/commands/health'
import { formatDateLong } from '../../lib/dateText'
import { JUKNIS_INDICATORS, PERDEP_INDICATORS, type HealthRegime } from '../../../../shared/health/model'
import { PREDICATE_LABELS, type HealthAnswers } from '../../../../shared/health/score'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today, formatStamp } from '../../lib/dates'
import { formatDecimal, formatPercent } from '../../../../shared/money/decimal-text'
import { ScrollRegion } from '../../components/ScrollRegion'
import { href } from '../../lib/router'
import './health.css'

const pct = (s: string) => formatPercent(s)
const dec = (s: string) => formatDecimal(s)

function Summary({ a }: { a: HealthAssessment }) {
  const k = t.kesehatan
  return (
    <section className="card" aria-label={k.summary}>
      <h3 className="card__title">{k.summary}</h3>
      <ScrollRegion className="dinas-table-wrap">
        <table className="health-ws__table" data-testid="health-summary">
          <thead>
            <tr>
              <th>{k.aspect}</th>
              <th className="num">{k.weight}</th>
              <th className="num">{k.score}</th>
            </tr>
          </thead>
          <tbody>
            {a.aspects.map((x) => (
              <tr key={x.aspect}>
                <td>{x.label}</td>
                <td className="num">{x.weight}</td>
                <td className="num">{dec(x.score)}</td>
              </tr>
            ))}
            <tr className="health-ws__aspect-row">
              <td>{k.total}</td>
              <td className="num">100</td>
              <td className="num" data-testid="health-total">
                {dec(a.total)}
              </td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        {k.predicate}:{' '}
        <span className={`health-ws__predicate health-ws__predicate--${a.predicate}`} data-testid="health-predicate">
          {PREDICATE_LABELS[a.predicate]}
        </span>
      </p>
    </section>
  )
}

function Ratios({ a }: { a: HealthAssessment }) {
  const k = t.kesehatan
  const perdep = a.regime === 'PERDEP_2016'
  return (
    <section className="card" aria-label={k.ratios}>
      <h3 className="card__title">{k.ratios}</h3>
      <ScrollRegion className="dinas-table-wrap">
        <table className="health-ws__table" data-testid="health-ratios">
          <thead>
            <tr>
              <th>{k.ratio}</th>
              <th>{k.figures}</th>
              <th className="num">{k.result}</th>
              <th className="num">{k.value(a.regime)}</th>
              {perdep && <th className="num">{k.points}</th>}
            </tr>
          </thead>
          <tbody>
            {a.aspects.map((asp) => {
              const rows = a.ratios.filter((r) => r.aspect === asp.aspect)
              if (rows.length === 0) return null
              return [
                <tr key={asp.aspect} className="health-ws__aspect-row">
                  <td colSpan={perdep ? 5 : 4}>{asp.label}</td>
                </tr>,
                ...rows.map((r) => (
                  <tr key={r.id} data-testid={`ratio-${r.id}`}>
                    <td>
                      {r.label}
                      <div className="health-ws__formula">{r.formula}</div>
                    </td>
                    <td>
                      <ul className="health-ws__figures">
                        {r.figures.map((f) => (
                          <li key={f.key}>
                            <span>{f.label}</span>
                            <span>{formatRupiah(f.amount)}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">{r.percent === null ? k.undefinedRatio : pct(r.percent)}</td>
                    <td className="num">{r.value}</td>
                    {perdep && <td className="num">{`${dec(r.score)} / ${r.weight}`}</td>}
                  </tr>
                ))
              ]
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}

function Checklist({
  a,
  answers,
  onChange,
  onSave,
  dirty,
  saving,
  mayPost
}: {
  a: HealthAssessment
  answers: HealthAnswers
  onChange: (a: HealthAnswers) => void
  onSave: () => void
  dirty: boolean
  saving: boolean
  mayPost: boolean
}) {
  const k = t.kesehatan
  const list = a.regime === 'JUKNIS_2021' ? JUKNIS_INDICATORS : PERDEP_INDICATORS
  const byKey = new Map(a.indicators.map((i) => [i.key, i]))
  return (
    <section className="card" aria-label={k.checklist(a.regime)}>
      <div className="card__head">
        <h3 className="card__title">{k.checklist(a.regime)}</h3>
        {mayPost && (
          <button
            type="button"
            className="btn btn--primary btn--sm no-print"
            onClick={onSave}
            disabled={saving || !dirty}
          >
            {k.saveAnswers}
          </button>
        )}
      </div>
      <p className="health-ws__note no-print">{k.checklistHint}</p>
      <p className="health-ws__note" data-testid="health-saved">
        {dirty ? k.unsaved : a.answersSavedAt ? k.saved(formatStamp(a.answersSavedAt)) : k.notSaved}
      </p>
      <ScrollRegion className="dinas-table-wrap">
        <table className="health-ws__table" data-testid="health-checklist">
          <thead>
            <tr>
              <th>{k.indicator}</th>
              <th className="num">{k.result}</th>
              <th className="num">{k.score}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((ind) => {
              const r = byKey.get(ind.key)
              return (
                <tr key={ind.key}>
                  <td>
                    <strong>{ind.label}</strong>
                    <ul className="health-ws__items">
                      {ind.items.map((it) => (
                        <li key={it.key}>
                          <label>
                            <input
                              type="checkbox"
                              checked={answers[it.key] === true}
                              disabled={!mayPost}
                              onChange={(e) => onChange({ ...answers, [it.key]: e.target.checked })}
                            />
                            <span>{it.label}</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="num">{r ? k.fulfilled(String(r.yes), String(r.count), dec(r.percent)) : ''}</td>
                  <td className="num">{r ? `${dec(r.score)}${r.category ? ` (${r.category})` : ''}` : ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}

/** Laporan › Kesehatan: the printable A4 worksheet with the checklist editor. */
export function HealthView({ query }: { query: Record<string, string> }) {
  const k = t.kesehatan
  const { canRun } = useSession()
  const mayPost = canRun('health.saveAnswers')
  const invoke = useInvoke()
  const day = today()
  const [year, setYear] = useState(() => Number(query.tahun) || Number(day.slice(0, 4)))
  const [regime, setRegime] = useState<HealthRegime>(query.pedoman === 'PERDEP_2016' ? 'PERDEP_2016' : 'JUKNIS_2021')
  const [draft, setDraft] = useState<HealthAnswers | null>(null)
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const input = useMemo(() => ({ year, regime, ...(draft ? { answers: draft } : {}) }), [year, regime, draft])
  const res = useCommand('health.assess', input)
  const profile = useCommand('profile.get', {})
  useEffect(() => setDraft(null), [year])
  const a = res.data
  const answers = draft ?? a?.answers ?? {}

  const save = async () => {
    setSaving(true)
    setSaveError(null)
    try {
      await invoke('health.saveAnswers', { year, answers })
      setDraft(null)
      res.reload()
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="health-ws" data-testid="health-worksheet">
      <div className="health-ws__controls no-print">
        <label>
          {k.year}
          <input
            className="input"
            type="number"
            min={1990}
            max={2200}
            value={year}
            onChange={(e) => Number(e.target.value) >= 1990 && setYear(Number(e.target.value))}
            style={{ width: '7rem' }}
          />
        </label>
        <label>
          {k.regime}
          <select
            className="input"
            value={regime}
            onChange={(e) => setRegime(e.target.value as HealthRegime)}
            data-testid="health-regime"
          >
            {(['JUKNIS_2021', 'PERDEP_2016'] as const).map((r) => (
              <option key={r} value={r}>
                {k.regimes[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {t.common.print}
        </button>
      </div>
      <header>
        <h2>{k.title}</h2>
        {profile.data && <p className="muted">{profile.data.name}</p>}
        {a && (
          <p className="muted">
            {k.regimes[a.regime]} — {k.period(formatDateLong(a.from), formatDateLong(a.asOf))}
          </p>
        )}
      </header>
      {res.error && <Notice tone="error">{res.error.message}</Notice>}
      {saveError && <Notice tone="error">{saveError}</Notice>}
      {!a && res.loading && (
        <p className="muted" aria-busy="true">
          {t.common.loading}
        </p>
      )}
      {a && (
        <>
          <Summary a={a} />
          <Ratios a={a} />
          <Checklist
            a={a}
            answers={answers}
            onChange={setDraft}
            onSave={save}
            dirty={draft !== null}
            saving={saving}
            mayPost={mayPost}
          />
          <p className="health-ws__note">
            {k.assumed}{' '}
            <a href={href('pengaturan/kesehatan')} className="no-print">
              {k.settingsLink}
            </a>
          </p>
        </>
      )}
    </div>
  )
}
