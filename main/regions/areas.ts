import { brotliDecompressSync } from 'node:zlib'
import type { Region, RegionLevel } from '../../shared/regions/codes'
import { regionsPacked } from './kemendagri-data'

interface RegionIndex {
  byCode: Map<string, Region>
  /** Children by parent code; '' holds the provinces. */
  children: Map<string, Region[]>
}

let index: RegionIndex | null = null

/**
 * The Kemendagri list, unpacked on first use (about 91.000 areas). Each line of the packed text is
 * "<level><own code part> <name>" in code order, so a line's parent is the last line one level up.
 */
function regions(): RegionIndex {
  if (index) return index
  const text = brotliDecompressSync(Buffer.from(regionsPacked(), 'base64')).toString('utf8')
  const byCode = new Map<string, Region>()
  const children = new Map<string, Region[]>([['', []]])
  const path: string[] = []
  for (const line of text.split('\n')) {
    const level = Number(line[0]) as RegionLevel
    const space = line.indexOf(' ')
    const parent = level === 1 ? '' : path[level - 2]!
    const code = level === 1 ? line.slice(1, space) : `${parent}.${line.slice(1, space)}`
    path[level - 1] = code
    const r: Region = { code, name: line.slice(space + 1), level }
    byCode.set(code, r)
    children.get(parent)!.push(r)
    if (level < 4) children.set(code, [])
  }
  index = { byCode, children }
  return index
}

export function findRegion(code: string): Region | null {
  return regions().byCode.get(code) ?? null
}

/** The areas directly under a code (null: the provinces), in code order; unknown code → []. */
export function regionChildren(parent: string | null): Region[] {
  return regions().children.get(parent ?? '') ?? []
}

/** A district (kecamatan) code such as "32.73.05" that is in the list. */
export function knownDistrict(code: string): boolean {
  return regions().byCode.get(code)?.level === 3
}
