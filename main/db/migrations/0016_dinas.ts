import type { Migration } from './types'

/**
 * Rekap Dinas (DOMAIN.md §7.1): the checked exports of cooperatives a Dinas officer imported, one
 * row per cooperative (by Nomor Induk Koperasi, else name + kabupaten/kota) and financial year; a
 * newer export replaces an older one. The payload is kept whole, as received.
 */
export const m0016: Migration = {
  version: 16,
  name: 'dinas submissions',
  up: `
CREATE TABLE dinas_submissions (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  coop_key TEXT NOT NULL,
  name TEXT NOT NULL,
  nik_koperasi TEXT,
  regency TEXT NOT NULL,
  generated_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  file TEXT NOT NULL,
  checksum TEXT NOT NULL,
  payload TEXT NOT NULL,
  UNIQUE (year, coop_key)
);
`
}
