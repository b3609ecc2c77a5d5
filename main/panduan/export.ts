import type { CommandContext } from '../commands/context'
import type { ExportDocument } from '../files/deliver'
import { requireProfile } from '../setup/profile'
import { memberSheets } from './member-sheet'
import { memberSheetsPdf } from './member-sheet-pdf'
import { memberSheetsXlsx } from './member-sheet-xlsx'

/** Lembar Anggota of every member, sorted by number, as one PDF (A4) or XLSX; the door decides where it goes. */
export async function exportMemberSheets(
  ctx: CommandContext,
  input: { year: number; format: 'pdf' | 'xlsx' }
): Promise<ExportDocument & { members: number; pages?: number }> {
  const profile = requireProfile(ctx.book)
  const set = memberSheets(ctx, input.year)
  const name = `lembar-anggota-${input.year}.${input.format}`
  if (input.format === 'pdf') {
    const { bytes, pages } = await memberSheetsPdf(profile, set)
    return { name, mime: 'application/pdf', bytes, members: set.sheets.length, pages }
  }
  const bytes = await memberSheetsXlsx(profile, set)
  return {
    name,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
    members: set.sheets.length
  }
}
