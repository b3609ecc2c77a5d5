import { CommandError } from '../../shared/errors'
import { todayIn } from '../setup/timezone'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import type { ExportDocument } from '../files/deliver'
import { requireProfile } from '../setup/profile'
import { signatories } from '../rat/organisation'
import { balanceSheet } from './balance-sheet'
import { calk } from './calk'
import { cashFlow } from './cash-flow'
import {
  balanceSheetDocument,
  calkDocument,
  cashFlowDocument,
  equityChangesDocument,
  incomeStatementDocument,
  type StatementDocument
} from './document'
import { equityChanges } from './equity-changes'
import { incomeStatement } from './income-statement'
import { statementPdf } from './pdf'
import { statementXlsx } from './xlsx'

const SLUG: Record<StatementDocument['kind'], string> = {
  POSISI_KEUANGAN: 'posisi-keuangan',
  HASIL_USAHA: 'hasil-usaha',
  PERUBAHAN_EKUITAS: 'perubahan-ekuitas',
  ARUS_KAS: 'arus-kas',
  CALK: 'calk'
}

export function statementDocument(
  book: Book,
  i: CommandParsedInput<'statements.export'>,
  today: string
): StatementDocument {
  const profile = requireProfile(book)
  if (i.statement === 'POSISI_KEUANGAN')
    return balanceSheetDocument(balanceSheet(book, i.asOf ?? i.to ?? today, i.compare), profile)
  const to = i.to ?? i.asOf ?? today
  const from = i.from ?? `${to.slice(0, 4)}-01-01`
  if (from > to) throw new CommandError('INVALID_INPUT', 'Tanggal awal tidak boleh sesudah tanggal akhir', 'from')
  if (i.statement === 'HASIL_USAHA') return incomeStatementDocument(incomeStatement(book, from, to, i.compare), profile)
  if (i.statement === 'PERUBAHAN_EKUITAS') return equityChangesDocument(equityChanges(book, from, to), profile)
  if (i.statement === 'ARUS_KAS') return cashFlowDocument(cashFlow(book, from, to, i.compare), profile)
  return calkDocument(calk(book, from, to), profile)
}

/** The statement as a PDF or XLSX document; the door decides where it goes. */
export async function exportStatement(
  book: Book,
  i: CommandParsedInput<'statements.export'>,
  now: Date
): Promise<ExportDocument> {
  const today = todayIn(book, now)
  const doc = statementDocument(book, i, today)
  doc.signers = signatories(book, doc.signedAt)
    .signatories.filter((x) => x.role !== 'KETUA_PENGAWAS')
    .map((x) => ({ role: x.label, name: x.name }))
  const bytes = i.format === 'pdf' ? await statementPdf(doc) : await statementXlsx(doc)
  return {
    name: `${SLUG[doc.kind]}-${doc.signedAt}.${i.format}`,
    bytes,
    mime: i.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  }
}
