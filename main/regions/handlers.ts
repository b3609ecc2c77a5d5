import type { DomainCommandName } from '../../shared/commands'
import type { regionCommands } from '../../shared/commands/regions'
import type { Handler } from '../commands/handler'
import { CommandError } from '../../shared/errors'
import { findRegion, regionChildren } from './areas'
import { matchRegions } from './match'
import { REGIONS_SOURCE } from './kemendagri-data'

type Name = keyof typeof regionCommands & DomainCommandName

const SOURCE = `Kemendagri (${REGIONS_SOURCE})`

export const regionHandlers: { [K in Name]: Handler<K> } = {
  'regions.children': (_ctx, i) => {
    const parent = i.parent === null ? null : findRegion(i.parent)
    if (i.parent !== null && !parent)
      throw new CommandError('NOT_FOUND', `Kode wilayah ${i.parent} tidak ada dalam daftar Kemendagri`, 'parent')
    return { parent, items: regionChildren(i.parent), source: SOURCE }
  },
  'regions.match': (_ctx, i) => ({ levels: matchRegions(i, i.chosen), source: SOURCE })
}
