import { CommandError } from '../../shared/errors'
import { findRegion, regionChildren } from './areas'
import { matchRegions } from './match'
import { REGIONS_SOURCE } from './kemendagri-data'

/** The list the regions come from, named in every answer. */
const SOURCE = `Kemendagri (${REGIONS_SOURCE})`

/** The regions under a parent (the provinces under null), with the list they come from. */
export function regionChildrenOf(parentCode: string | null) {
  const parent = parentCode === null ? null : findRegion(parentCode)
  if (parentCode !== null && !parent)
    throw new CommandError('NOT_FOUND', `Kode wilayah ${parentCode} tidak ada dalam daftar Kemendagri`, 'parent')
  return { parent, items: regionChildren(parentCode), source: SOURCE }
}

/** The regions a profile's written names match, level by level, with the list they come from. */
export function matchRegionsOf(...args: Parameters<typeof matchRegions>) {
  return { levels: matchRegions(...args), source: SOURCE }
}
