import type { DomainCommandName } from '../../shared/commands'
import type { regionCommands } from '../../shared/commands/regions'
import type { Handler } from '../commands/handler'
import { matchRegionsOf, regionChildrenOf } from './lookup'

type Name = keyof typeof regionCommands & DomainCommandName

/** The Kemendagri region list: one handler per command, spread into the main handler map. */
export const regionHandlers: { [K in Name]: Handler<K> } = {
  'regions.children': (_ctx, i) => regionChildrenOf(i.parent),
  'regions.match': (_ctx, i) => matchRegionsOf(i, i.chosen)
}
