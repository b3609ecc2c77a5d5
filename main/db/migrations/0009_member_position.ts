import type { Migration } from './types'

/** Whether a member also sits on the pengurus or pengawas: loans to them have a tighter limit (DOMAIN.md §4.1). */
export const m0009: Migration = {
  version: 9,
  name: 'member position',
  up: `
ALTER TABLE members ADD COLUMN position TEXT NOT NULL DEFAULT 'ANGGOTA' CHECK (position IN ('ANGGOTA','PENGURUS','PENGAWAS','KARYAWAN'));
`
}
