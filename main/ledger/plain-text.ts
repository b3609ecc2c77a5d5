import type { Book } from '../db/book'
import { qb } from '../db/query'
import { requireProfile } from '../setup/profile'

/**
 * The ledger as plain-text accounting, for auditors who use ledger, hledger or beancount: every
 * entry with its number and description, accounts named by code and name, whole rupiah in IDR,
 * the unit and the member number as tags. Balances then agree with Lumbung's to the rupiah.
 */
export type PlainTextFormat = 'ledger' | 'beancount'

interface Row {
  id: number
  number: string
  date: string
  description: string
  reference: string | null
  code: string
  name: string
  type: string
  debit: number
  credit: number
  unit: string | null
  member: string | null
  pihak: string | null
}

const BEAN_ROOT: Record<string, string> = {
  ASET: 'Assets',
  KEWAJIBAN: 'Liabilities',
  LIABILITAS: 'Liabilities',
  EKUITAS: 'Equity',
  PENDAPATAN: 'Income',
  BEBAN: 'Expenses'
}

/** `1-1101 Kas di Tangan` for ledger (no `;`, tabs or double spaces, which end an account name there). */
export function ledgerAccount(code: string, name: string): string {
  return `${code} ${name}`
    .replace(/[;\t]/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/[()[\]]/g, '')
    .trim()
}

/** `Assets:1-1101-Kas-di-Tangan`: beancount wants a root type and components of letters, digits and dashes. */
export function beancountAccount(type: string, code: string, name: string): string {
  const part = `${code}-${name}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${BEAN_ROOT[type] ?? 'Equity'}:${part}`
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim()

export function plainTextJournal(book: Book, format: PlainTextFormat, from: string | null, to: string | null): string {
  const profile = requireProfile(book)
  const accounts = book.q.all(
    qb.selectFrom('accounts').select(['code', 'name', 'type']).where('is_header', '=', 0).orderBy('code')
  )
  const rows = book.q.iterate<Row>(
    `SELECT e.id, e.number, e.date, e.description, e.reference, a.code, a.name, a.type, l.debit, l.credit, u.code AS unit, m.member_no AS member, l.pihak
       FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id
       LEFT JOIN units u ON u.id = l.unit_id LEFT JOIN members m ON m.id = l.member_id
       WHERE e.date >= ? AND e.date <= ?
       ORDER BY e.date, e.id, l.line_no`,
    from ?? '0000-01-01',
    to ?? '9999-12-31'
  )
  const out: string[] = []
  const head = `${profile.name} — jurnal${from || to ? ` ${from ?? 'awal'} s.d. ${to ?? 'akhir'}` : ''}, diekspor dari Lumbung`
  if (format === 'ledger') {
    out.push(`; ${oneLine(head)}`, 'commodity IDR', '')
    for (const a of accounts) out.push(`account ${ledgerAccount(a.code, a.name)}`)
  } else {
    out.push(`; ${oneLine(head)}`, 'option "operating_currency" "IDR"', '')
    for (const a of accounts) out.push(`${profile.booksStartDate} open ${beancountAccount(a.type, a.code, a.name)} IDR`)
  }
  out.push('')
  let current = -1
  for (const r of rows) {
    if (r.id !== current) {
      current = r.id
      out.push('')
      if (format === 'ledger') {
        out.push(`${r.date} * (${r.number}) ${oneLine(r.description)}`)
        if (r.reference) out.push(`    ; referensi: ${oneLine(r.reference)}`)
      } else {
        out.push(`${r.date} * ${quote(oneLine(r.description))}`, `  nomor: ${quote(r.number)}`)
        if (r.reference) out.push(`  referensi: ${quote(oneLine(r.reference))}`)
      }
    }
    const amount = r.debit - r.credit
    if (format === 'ledger') {
      const tags = [
        r.unit ? `unit: ${r.unit}` : null,
        r.member ? `anggota: ${r.member}` : null,
        r.pihak ? `pihak: ${r.pihak}` : null
      ].filter(Boolean)
      out.push(`    ${ledgerAccount(r.code, r.name)}  ${amount} IDR${tags.length ? `  ; ${tags.join(', ')}` : ''}`)
    } else {
      out.push(`  ${beancountAccount(r.type, r.code, r.name)}  ${amount} IDR`)
      if (r.unit) out.push(`    unit: ${quote(r.unit)}`)
      if (r.member) out.push(`    anggota: ${quote(r.member)}`)
      if (r.pihak) out.push(`    pihak: ${quote(r.pihak)}`)
    }
  }
  out.push('')
  return out.join('\n')
}
