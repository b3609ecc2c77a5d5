import { z } from 'zod'
import { isValidIsoDate } from '../dates/calendar'

/** Largest single amount we accept: 999 triliun, so sums of many lines stay far below 2^53. */
export const MAX_AMOUNT = 999_999_999_999_999

// Messages name the format in words, never with an example ISO date: they are shown to people (issue 16).
export const isoDate = z
  .string({ error: 'harus berupa tanggal (TTTT-BB-HH)' })
  .refine((s) => isValidIsoDate(s), {
    error: 'bukan tanggal yang valid (format TTTT-BB-HH: tahun empat angka, bulan dan hari dua angka)'
  })
  .meta({ format: 'date', description: 'Tanggal TTTT-BB-HH' })

export const isoMonth = z
  .string({ error: 'harus berupa bulan (TTTT-BB)' })
  .regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, {
    error: 'bukan bulan yang valid (format TTTT-BB: tahun empat angka, bulan dua angka)'
  })
  .meta({ description: 'Bulan TTTT-BB' })

/** Whole rupiah, zero allowed (a line side that is not used). */
export const rupiah = z
  .number({ error: 'harus berupa angka rupiah' })
  .int({ error: 'harus bilangan bulat rupiah (tanpa sen)' })
  .min(0, { error: 'tidak boleh negatif' })
  .max(MAX_AMOUNT, { error: 'terlalu besar (paling banyak Rp999.999.999.999.999)' })
  .meta({ description: 'Rupiah penuh (bilangan bulat, tanpa sen)' })

/**
 * A percentage as text, with a decimal comma as people write it ("1,5") or a dot ("1.5"); the
 * command receives it with a dot. `upTo` 99 or 100; `decimals` the most digits after the comma.
 */
export function percentText(opts: { upTo: 99 | 100; decimals: number; example: string; what?: string }) {
  const frac = `(?:[.,]\\d{1,${opts.decimals}})?`
  const pattern =
    opts.upTo === 100
      ? new RegExp(`^(?:100(?:[.,]0{1,${opts.decimals}})?|\\d{1,2}${frac})$`)
      : new RegExp(`^\\d{1,2}${frac}$`)
  return z
    .string({ error: `harus berupa teks angka persen, mis. "${opts.example}"` })
    .trim()
    .regex(pattern, {
      error: `${opts.what ?? 'persen'} 0–${opts.upTo} dengan paling banyak ${opts.decimals} angka desimal, mis. "${opts.example}"`
    })
    .transform((s) => s.replace(',', '.'))
}

export const text = (max: number) =>
  z
    .string({ error: 'harus berupa teks' })
    .trim()
    .max(max, { error: `paling banyak ${max} karakter` })

export const requiredText = (max: number) => text(max).min(1, { error: 'wajib diisi' })

export const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v))

/** Account codes follow T-GGSS (DOMAIN.md §2) with optional sub-account suffixes: 1, 1-11, 1-1101, 1-1201-01. */
export const accountCode = z
  .string({ error: 'harus berupa kode akun' })
  .trim()
  .regex(/^[1-5](-\d{2,4}(-\d{1,3})*)?$/, { error: 'bukan kode akun yang valid (contoh: 1-1101 atau 1-1201-01)' })

export const unitCode = z
  .string({ error: 'harus berupa kode unit' })
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,19}$/, { error: 'hanya huruf besar, angka dan _ (2–20 karakter), contoh: SEMBAKO' })

export const seriesCode = z
  .string({ error: 'harus berupa kode seri' })
  .trim()
  .regex(/^[A-Z]{2,4}$/, { error: 'kode seri 2–4 huruf besar, contoh: JU' })

export const positiveId = z
  .number({ error: 'harus berupa angka' })
  .int({ error: 'harus bilangan bulat' })
  .positive({ error: 'harus lebih dari 0' })
  .max(Number.MAX_SAFE_INTEGER)

export const page = z
  .number({ error: 'harus berupa angka' })
  .int({ error: 'harus bilangan bulat' })
  .min(1, { error: 'paling kecil 1' })
  .max(1_000_000)
  .default(1)
export const pageSize = z
  .number({ error: 'harus berupa angka' })
  .int({ error: 'harus bilangan bulat' })
  .min(1, { error: 'paling kecil 1' })
  .max(1000, { error: 'paling besar 1000' })
  .default(50)

/**
 * A posting dated after today (in the cooperative's zone) is unusual (DOMAIN.md §9.2): the book
 * refuses it with NEEDS_CONFIRMATION unless the caller says so with this flag.
 */
export const allowFutureDate = z
  .boolean({ error: 'harus true atau false' })
  .optional()
  .meta({ description: 'true: setujui tanggal sesudah hari ini (menurut zona waktu koperasi)' })
