import type { DomainCommandName } from '../../shared/commands'
import type { healthCommands } from '../../shared/commands/health'
import type { Handler } from '../commands/handler'
import { assessHealth, healthSettingsView, saveHealthAnswers, setHealthSettings, storedAnswers } from './health'

type Name = keyof typeof healthCommands & DomainCommandName

/** The health assessment: one handler per command, spread into the main handler map. */
export const healthHandlers: { [K in Name]: Handler<K> } = {
  'health.assess': (ctx, i) => assessHealth(ctx, i),
  'health.answers': (ctx, i) => ({ year: i.year, ...storedAnswers(ctx.book, i.year) }),
  'health.saveAnswers': (ctx, i) => saveHealthAnswers(ctx, i),
  'health.settings': (ctx) => healthSettingsView(ctx.book),
  'health.setSettings': (ctx, i) => setHealthSettings(ctx, i)
}
