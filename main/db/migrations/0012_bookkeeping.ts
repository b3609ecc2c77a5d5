import type { Migration } from './types'

/**
 * Kas & Aset (issue 6): cash vouchers (Bukti Kas Masuk/Keluar) on top of their KM/KK journal,
 * the fixed-asset register with its monthly depreciation runs and disposals, and recurring
 * journal templates with the month each was posted for. Journal sources used by this module
 * (journal_entries.source is free text, not CHECK-constrained): BUKTI_KAS, SALDO_AWAL,
 * ASET_TETAP, PENYUSUTAN, BERULANG.
 *
 * "Once per month" rules (depreciation, recurring) are enforced in code against entries that
 * have not been reversed, so that a reversal lets the treasurer post the month again.
 */
export const m0012: Migration = {
  version: 12,
  name: 'bookkeeping',
  up: `
CREATE TABLE cash_vouchers (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries(id),
  kind TEXT NOT NULL CHECK (kind IN ('MASUK','KELUAR')),
  cash_account_id INTEGER NOT NULL REFERENCES accounts(id),
  party_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX cash_vouchers_account ON cash_vouchers(cash_account_id);

CREATE TABLE fixed_assets (
  id INTEGER PRIMARY KEY,
  asset_no TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  asset_group TEXT NOT NULL CHECK (asset_group IN ('TANAH','BANGUNAN','KENDARAAN','PERALATAN','INVENTARIS')),
  acquired_at TEXT NOT NULL,
  cost INTEGER NOT NULL CHECK (typeof(cost) = 'integer' AND cost > 0),
  residual INTEGER NOT NULL CHECK (typeof(residual) = 'integer' AND residual >= 0),
  life_months INTEGER NOT NULL CHECK (life_months >= 0),
  start_month TEXT NOT NULL,
  opening_accumulated INTEGER NOT NULL DEFAULT 0 CHECK (opening_accumulated >= 0),
  opening_through TEXT,
  unit_id INTEGER REFERENCES units(id),
  location TEXT,
  acquisition_entry_id INTEGER REFERENCES journal_entries(id),
  status TEXT NOT NULL DEFAULT 'AKTIF' CHECK (status IN ('AKTIF','DIJUAL','DIHAPUS')),
  disposed_at TEXT,
  disposal_proceeds INTEGER,
  disposal_entry_id INTEGER REFERENCES journal_entries(id),
  disposal_note TEXT,
  created_at TEXT NOT NULL,
  CHECK (residual < cost)
);

CREATE TABLE asset_depreciation_runs (
  id INTEGER PRIMARY KEY,
  month TEXT NOT NULL,
  entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries(id),
  created_at TEXT NOT NULL
);
CREATE INDEX asset_depreciation_runs_month ON asset_depreciation_runs(month);

CREATE TABLE asset_depreciation_lines (
  run_id INTEGER NOT NULL REFERENCES asset_depreciation_runs(id),
  asset_id INTEGER NOT NULL REFERENCES fixed_assets(id),
  amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
  PRIMARY KEY (run_id, asset_id)
) WITHOUT ROWID;
CREATE INDEX asset_depreciation_lines_asset ON asset_depreciation_lines(asset_id);

CREATE TABLE recurring_templates (
  id INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  series TEXT NOT NULL REFERENCES journal_series(code),
  day_of_month INTEGER NOT NULL CHECK (day_of_month BETWEEN 1 AND 31),
  start_month TEXT NOT NULL,
  end_month TEXT,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
  lines_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE recurring_postings (
  id INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES recurring_templates(id),
  month TEXT NOT NULL,
  entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries(id),
  created_at TEXT NOT NULL
);
CREATE INDEX recurring_postings_template ON recurring_postings(template_id, month);
`
}
