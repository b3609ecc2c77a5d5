import type { Migration } from './types'

/**
 * The Kemendagri codes of the cooperative's province, regency/city, district and village beside
 * their names (issue 20 point 1). Older books keep their names and get the codes through the
 * guided matching in Pengaturan › Profil; until then the codes are empty.
 */
export const m0025: Migration = {
  version: 25,
  name: 'region codes',
  up: `
ALTER TABLE profile ADD COLUMN province_code TEXT;
ALTER TABLE profile ADD COLUMN regency_code TEXT;
ALTER TABLE profile ADD COLUMN district_code TEXT;
ALTER TABLE profile ADD COLUMN village_code TEXT;
`
}
