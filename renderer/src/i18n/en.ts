// Every string the treasurer reads, in English: the same keys and placeholders as ./id.ts (a test checks
// it). Money stays in rupiah (Rp1.234.567); dates use English month names (see ../lib/dates.ts).
import type { id } from './id'
import { bookkeeping } from './en/bookkeeping'
import { books } from './en/books'
import { closing } from './en/closing'
import { core } from './en/core'
import { dashboard } from './en/dashboard'
import { dinas } from './en/dinas'
import { files } from './en/files'
import { kesehatan } from './en/health'
import { loans } from './en/loans'
import { memberScreens } from './en/members'
import { panduan } from './en/panduan'
import { rat } from './en/rat'
import { ratbook } from './en/ratbook'
import { regions } from './en/regions'
import { settingsScreens } from './en/settings'
import { shu } from './en/shu'
import { statements } from './en/statements'
import { till } from './en/till'
import { trading } from './en/trading'

export const en: typeof id = {
  till,
  files,
  panduan,
  regions,
  kesehatan,
  dinas,
  dashboard,
  trading,
  books,
  bookkeeping,
  statements,
  shu,
  closing,
  rat,
  ratbook,
  ...core,
  ...memberScreens,
  loans,
  ...settingsScreens
}
