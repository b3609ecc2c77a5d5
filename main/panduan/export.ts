import type { CommandParsedInput } from '../../shared/commands'
import type { MemberSheetFile } from '../../shared/commands/panduan'
import type { CommandContext } from '../commands/context'
import { exportTarget, writeExport } from '../files/export-file'
import { requireProfile } from '../setup/profile'
import { memberSheets } from './member-sheet'
import { memberSheetsPdf } from './member-sheet-pdf'
import { memberSheetsXlsx } from './member-sheet-xlsx'

const MAX_BASE64 = 20 * 1024 * 1024

/** Lembar Anggota of every member to <bookdir>/ekspor/lembar-anggota-<year>.pdf|xlsx (or `file`). */
export async function exportMemberSheets(ctx: CommandContext, input: CommandParsedInput<'panduan.memberSheetExport'>): Promise<MemberSheetFile> {
  const profile = requireProfile(ctx.book)
  const file = exportTarget(ctx.book, input.file, `lembar-anggota-${input.year}.${input.format}`, input.format)
  const set = memberSheets(ctx, input.year)
  if (input.format === 'pdf') {
    const { bytes, pages } = await memberSheetsPdf(profile, set)
    const { base64, ...written } = writeExport(file, bytes, 'application/pdf')
    return { ...written, members: set.sheets.length, pages, ...(bytes.length <= MAX_BASE64 ? { base64 } : {}) }
  }
  const bytes = await memberSheetsXlsx(profile, set)
  const { base64, ...written } = writeExport(file, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  return { ...written, members: set.sheets.length, ...(bytes.length <= MAX_BASE64 ? { base64 } : {}) }
}
