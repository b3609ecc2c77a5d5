import { CommandError } from '../../shared/errors'
import { todayOf } from '../setup/timezone'
import type { DomainCommandName } from '../../shared/commands'
import type { healthCommands } from '../../shared/commands/health'
import { HEALTH_REGIMES, DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../shared/health/model'
import { mergeSettings, scoreHealth, type HealthAnswers } from '../../shared/health/score'
import { checkHealthSettings } from '../../shared/health/validate'
import type { Handler } from '../commands/handler'
import type { Book } from '../db/book'
import { getSetting, setSetting } from '../settings'
import { healthFigures } from './figures'
import { formatDateLong } from '../../shared/dates/format'

type Name = keyof typeof healthCommands & DomainCommandName

const SETTINGS_KEY = 'health.settings'
const answersKey = (year: number) => `health.answers.${year}`

export function healthSettings(book: Book): HealthSettings {
  const raw = getSetting(book, SETTINGS_KEY)
  return mergeSettings(raw ? JSON.parse(raw) : null)
}

export function storedAnswers(book: Book, year: number): { answers: HealthAnswers; savedAt: string | null } {
  const raw = getSetting(book, answersKey(year))
  if (!raw) return { answers: {}, savedAt: null }
  const v = JSON.parse(raw) as { answers: HealthAnswers; savedAt: string }
  return { answers: v.answers ?? {}, savedAt: v.savedAt ?? null }
}

const settingsResult = (book: Book) => ({
  settings: healthSettings(book),
  defaults: structuredClone(DEFAULT_HEALTH_SETTINGS),
  regimes: [...HEALTH_REGIMES]
})

export const healthHandlers: { [K in Name]: Handler<K> } = {
  'health.assess': (ctx, i) => {
    const today = todayOf(ctx)
    const year = i.year ?? Number((i.asOf ?? today).slice(0, 4))
    const yearEnd = `${year}-12-31`
    const asOf = i.asOf ?? (yearEnd < today ? yearEnd : today)
    if (Number(asOf.slice(0, 4)) !== year)
      throw new CommandError(
        'INVALID_INPUT',
        `Tanggal ${formatDateLong(asOf)} tidak berada di tahun buku ${year}`,
        'asOf'
      )
    const saved = storedAnswers(ctx.book, year)
    const answers = i.answers ?? saved.answers
    const settings = healthSettings(ctx.book)
    const figures = healthFigures(ctx.book, asOf)
    return {
      year,
      from: `${year}-01-01`,
      asOf,
      figures,
      answers,
      answersSavedAt: saved.savedAt,
      settings,
      ...scoreHealth(figures, answers, i.regime, settings)
    }
  },
  'health.answers': (ctx, i) => ({ year: i.year, ...storedAnswers(ctx.book, i.year) }),
  'health.saveAnswers': (ctx, i) => {
    const savedAt = ctx.now().toISOString()
    setSetting(ctx.book, answersKey(i.year), JSON.stringify({ answers: i.answers, savedAt }))
    return { year: i.year, answers: i.answers, savedAt }
  },
  'health.settings': (ctx) => settingsResult(ctx.book),
  'health.setSettings': (ctx, i) => {
    // Checked as they will apply (over the defaults): sums and orders span fields the input may leave out.
    const issue = i.settings === null ? undefined : checkHealthSettings(mergeSettings(i.settings))[0]
    if (issue) throw new CommandError('INVALID_INPUT', issue.message, `settings.${issue.path}`)
    setSetting(ctx.book, SETTINGS_KEY, i.settings === null ? null : JSON.stringify(i.settings))
    return settingsResult(ctx.book)
  }
}
