import type { Migration } from './types'
import { m0001 } from './0001_core'
import { m0002 } from './0002_month_balances'
import { m0003 } from './0003_audit_users'
import { m0004 } from './0004_members'
import { m0005 } from './0005_savings'
import { m0006 } from './0006_lean_indexes'
import { m0007 } from './0007_lean_audit'
import { m0008 } from './0008_loans'
import { m0009 } from './0009_member_position'
import { m0010 } from './0010_loan_position'
import { m0011 } from './0011_trading'
import { m0012 } from './0012_bookkeeping'
import { m0013 } from './0013_cash_flow'
import { m0014 } from './0014_shu'
import { m0015 } from './0015_closing_rat'
import { m0016 } from './0016_dinas'
import { m0017 } from './0017_trust'
import { m0018 } from './0018_panduan'
import { m0019 } from './0019_daily_correctness'
import { m0020 } from './0020_sale_paid'
import { m0021 } from './0021_report_summaries'
import { m0023 } from './0023_kasir_day'
import { m0024 } from './0024_stock_any_order'
import { m0025 } from './0025_region_codes'
import { m0026 } from './0026_dinas_periodic'
import { m0027 } from './0027_office'

/** Statically imported, in order: a bundler cannot lose one. */
export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
  m0016,
  m0017,
  m0018,
  m0019,
  m0020,
  m0021,
  m0023,
  m0024,
  m0025,
  m0026,
  m0027
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
