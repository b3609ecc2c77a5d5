import type { Migration } from './types'

/**
 * Pemantauan triwulanan in the Rekap Dinas: the checked quarterly exports of cooperatives, one row
 * per cooperative (same key as the annual submissions), year and quarter; a newer export replaces
 * an older one. The payload is kept whole, as received.
 */
export const m0026: Migration = {
  version: 26,
  name: 'dinas periodic submissions',
  up: `
CREATE TABLE dinas_periodic_submissions (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
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
  UNIQUE (year, quarter, coop_key)
);
`
}
