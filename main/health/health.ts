import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import { HEALTH_REGIMES, DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../shared/health/model'
import { mergeSettings, scoreHealth, type HealthAnswers } from '../../shared/health/score'
import { checkHealthSettings } from '../../shared/health/validate'
import { formatDateLong } from '../../shared/dates/format'
import type { CommandContext } from '../commands/context'
import type { Book } from '../db/book'
import { getSetting, setSetting } from '../settings'
import { todayOf } from '../setup/timezone'
import { healthFigures } from './figures'

/*
 * The cooperative health assessment (penilaian kesehatan): the settings over the defaults, the
 * answers to the qualitative questions kept per year, and the score from both and the book's figures.
 */

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

/** The settings in force, with the defaults and the regimes they can be scored under. */
export function healthSettingsView(book: Book) {
  return {
    settings: healthSettings(book),
    defaults: structuredClone(DEFAULT_HEALTH_SETTINGS),
    regimes: [...HEALTH_REGIMES]
  }
}

export function assessHealth(ctx: CommandContext, i: CommandParsedInput<'health.assess'>) {
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
}

export function saveHealthAnswers(ctx: CommandContext, i: CommandParsedInput<'health.saveAnswers'>) {
  const savedAt = ctx.now().toISOString()
  setSetting(ctx.book, answersKey(i.year), JSON.stringify({ answers: i.answers, savedAt }))
  return { year: i.year, answers: i.answers, savedAt }
}

export function setHealthSettings(ctx: CommandContext, i: CommandParsedInput<'health.setSettings'>) {
  // Checked as they will apply (over the defaults): sums and orders span fields the input may leave out.
  const issue = i.settings === null ? undefined : checkHealthSettings(mergeSettings(i.settings))[0]
  if (issue) throw new CommandError('INVALID_INPUT', issue.message, `settings.${issue.path}`)
  setSetting(ctx.book, SETTINGS_KEY, i.settings === null ? null : JSON.stringify(i.settings))
  return healthSettingsView(ctx.book)
}
