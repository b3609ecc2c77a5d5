import type { BookKind } from '../../shared/books/kinds'
import type { CooperativeProfile } from '../../shared/ledger/types'

/**
 * A book as a printable document, the same model for PDF and XLSX: titled tables whose columns say
 * what their cells are. Numbers stay numbers and dates stay ISO dates until a renderer formats them.
 */
export type ColumnKind = 'text' | 'date' | 'money' | 'count' | 'qty'

export interface BookColumn {
  label: string
  kind: ColumnKind
  /** PDF width in points, or '*' to share what is left. */
  width?: number | '*'
}

/** A cell: text, a whole number (rupiah, a count, or thousandths of a unit for 'qty'), an ISO date in a 'date' column, or empty. */
export type BookCell = string | number | null

export interface BookRow {
  cells: BookCell[]
  /** Opening, subtotal and total rows: bold on paper and in the workbook. */
  emphasis?: boolean
}

export interface BookTable {
  /** Heading above the table; also the worksheet's name when a book has several tables. */
  heading?: string
  columns: BookColumn[]
  rows: BookRow[]
}

export interface BookDocument {
  kind: BookKind
  title: string
  /** Lines under the title: the period, the account, the item or the loan. */
  subtitle: string[]
  /** Label–value pairs above the tables (a loan card's terms). */
  facts?: { label: string; value: string }[]
  tables: BookTable[]
  landscape: boolean
  profile: CooperativeProfile
  /** Where the period ends: the date beside the signatures. */
  signedAt: string
  /** Signature block (roles from the register, names when the office is filled); null: none is customary. */
  signers: { role: string; name: string | null }[] | null
  /** For the file name: the period and what the book is about (an account code, an item). */
  period: { from?: string | null; to?: string | null; asOf?: string | null }
  what: string | null
}

/** Rows of the document's tables that carry data (not opening or total lines). */
export function dataRows(doc: BookDocument): number {
  return doc.tables.reduce((n, t) => n + t.rows.filter((r) => !r.emphasis).length, 0)
}
