import { todayIso } from '../../../shared/dates/format'

/** Today in WIB; the app runs on a laptop in Indonesia and the books follow the local calendar. */
export function today(): string {
  return todayIso('Asia/Jakarta')
}

export function startOfYear(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b
}
