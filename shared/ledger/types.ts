import type { IndonesianTimeZone } from '../dates/calendar'
import type { RegionCodes } from '../regions/codes'
/** Result shapes shared by main and renderer. Money is whole rupiah as a safe integer. */

export type AccountType = 'ASET' | 'LIABILITAS' | 'EKUITAS' | 'PENDAPATAN' | 'BEBAN'
export type NormalBalance = 'D' | 'K'
export type Pihak = 'ANGGOTA' | 'NON_ANGGOTA'

export const ACCOUNT_TYPES: readonly AccountType[] = ['ASET', 'LIABILITAS', 'EKUITAS', 'PENDAPATAN', 'BEBAN']

/** The names as written, with the Kemendagri codes once chosen from the list (null until then; always present from profile.get). */
export interface CooperativeProfile extends Partial<RegionCodes> {
  name: string
  legalEntityNumber: string | null
  legalEntityDate: string | null
  nikKoperasi: string | null
  street: string | null
  village: string
  district: string
  regency: string
  province: string
  postalCode: string | null
  phone: string | null
  email: string | null
  cooperativeType: string
  firstFinancialYear: number
  booksStartDate: string
  /** The zone "today", receipt times and printed stamps use (DOMAIN.md §9.2). */
  timeZone: IndonesianTimeZone
  /** Chosen in the settings, taken from the province, or WIB when the province is not recognised. */
  timeZoneSource: 'PENGATURAN' | 'PROVINSI' | 'BAWAAN'
}

export interface Account {
  id: number
  code: string
  name: string
  type: AccountType
  normalBalance: NormalBalance
  parentCode: string | null
  isHeader: boolean
  isActive: boolean
  /** true once any journal line uses it: the code is then immutable. */
  isUsed: boolean
  /** Set on accounts whose balance is a sub-ledger's sum (simpanan): only that module posts there. */
  control: string | null
  depth: number
  /** Kas/bank only: may run below zero (an agreed overdraft); otherwise such postings are refused. */
  allowOverdraft: boolean
}

export interface Unit {
  id: number
  code: string
  name: string
  description: string | null
  isActive: boolean
  sortOrder: number
}

export interface JournalLine {
  lineNo: number
  accountCode: string
  accountName: string
  debit: number
  credit: number
  memberId: number | null
  memberName: string | null
  unitCode: string | null
  pihak: Pihak | null
  memo: string | null
}

export interface JournalEntry {
  id: number
  number: string
  series: string
  date: string
  description: string
  reference: string | null
  source: string
  total: number
  reversalOf: { id: number; number: string } | null
  reversedBy: { id: number; number: string } | null
  createdAt: string
  createdBy: string
  lines: JournalLine[]
}

/**
 * `amount` is what the entry is about, as the list shows it: Σ debit, less the cost-of-goods transfer
 * (HPP 5-11xx against persediaan) a sale or return carries beside the sale itself.
 */
export type JournalEntrySummary = Omit<JournalEntry, 'lines'> & { lineCount: number; amount: number }

export interface Paged<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

export interface PeriodStatus {
  month: string
  locked: boolean
  lockedAt: string | null
  lockedBy: string | null
}

export interface PeriodEvent {
  id: number
  month: string
  action: 'TUTUP' | 'BUKA'
  reason: string | null
  at: string
  by: string
}

/** A balance as the treasurer reads it: positive on the account's normal side. */
export interface TrialBalanceRow {
  code: string
  name: string
  type: AccountType
  normalBalance: NormalBalance
  depth: number
  isHeader: boolean
  openingDebit: number
  openingCredit: number
  movementDebit: number
  movementCredit: number
  closingDebit: number
  closingCredit: number
}

export interface TrialBalance {
  from: string | null
  to: string
  rows: TrialBalanceRow[]
  totals: {
    openingDebit: number
    openingCredit: number
    movementDebit: number
    movementCredit: number
    closingDebit: number
    closingCredit: number
  }
  balanced: boolean
}

export interface LedgerLine {
  entryId: number
  number: string
  date: string
  description: string
  memo: string | null
  unitCode: string | null
  memberName: string | null
  debit: number
  credit: number
  /** Running balance on the normal side after this line (negative = abnormal side). */
  balance: number
}

export interface AccountLedger {
  account: { code: string; name: string; normalBalance: NormalBalance; type: AccountType }
  from: string
  to: string
  openingBalance: number
  closingBalance: number
  totalDebit: number
  totalCredit: number
  lines: LedgerLine[]
  page: number
  pageSize: number
  totalLines: number
}

export interface LedgerCheckResult {
  ok: boolean
  entriesChecked: number
  problems: { code: string; message: string }[]
}

export interface AuditEntry {
  id: number
  at: string
  actor: string
  command: string
  input: unknown
  before: unknown
  after: unknown
  hash: string
  /** The device a write over HTTP came from (office network mode). */
  device?: { id: string; label: string; address: string }
}

export interface AuditVerification {
  ok: boolean
  count: number
  head: string
  problems: { id: number | null; message: string }[]
}
