import type { DomainCommandName } from '../../shared/commands'
import type { dashboardCommands } from '../../shared/commands/dashboard'
import type { Handler } from '../commands/handler'
import { dashboardSummary } from './summary'

type Name = keyof typeof dashboardCommands & DomainCommandName

export const dashboardHandlers: { [K in Name]: Handler<K> } = {
  'dashboard.summary': (ctx, i) => dashboardSummary(ctx, i.asOf)
}
