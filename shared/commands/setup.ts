import { z } from 'zod'
import { command } from './define'
import { accountCode, isoDate, optionalText, requiredText, unitCode } from '../validation/schemas'
import type { AccountType, CooperativeProfile, NormalBalance } from '../ledger/types'
import { regionCode } from './regions'

export const COOPERATIVE_TYPES = [
  'Koperasi Desa/Kelurahan Merah Putih',
  'Koperasi Serba Usaha',
  'Koperasi Simpan Pinjam',
  'Koperasi Konsumen',
  'Koperasi Produsen',
  'Koperasi Pemasaran',
  'Koperasi Jasa'
] as const

export const profileInput = z.strictObject({
  name: requiredText(200),
  legalEntityNumber: optionalText(100),
  legalEntityDate: isoDate
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  nikKoperasi: optionalText(50),
  street: optionalText(300),
  village: requiredText(100),
  district: requiredText(100),
  regency: requiredText(100),
  province: requiredText(100),
  /** Kemendagri codes chosen from the list (regions.children); the official names then replace the typed ones. Null: not chosen. */
  provinceCode: regionCode(1, 'provinsi').nullable().optional(),
  regencyCode: regionCode(2, 'kabupaten/kota').nullable().optional(),
  districtCode: regionCode(3, 'kecamatan').nullable().optional(),
  villageCode: regionCode(4, 'desa/kelurahan').nullable().optional(),
  postalCode: optionalText(10),
  phone: optionalText(30),
  email: optionalText(120),
  cooperativeType: requiredText(100),
  /** WIB/WITA/WIT chosen by hand; null follows the province; left out keeps the current choice. */
  timeZone: z
    .enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], {
      error: 'harus Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)'
    })
    .nullable()
    .optional()
})

const chartAccountInput = z.strictObject({
  code: accountCode,
  name: requiredText(150),
  normalBalance: z.enum(['D', 'K'], { error: 'harus D (debit) atau K (kredit)' }).optional(),
  isHeader: z.boolean({ error: 'harus true atau false' }).optional()
})

const unitInput = z.strictObject({
  code: unitCode,
  name: requiredText(100),
  description: optionalText(300)
})

export interface DefaultChartAccount {
  code: string
  name: string
  type: AccountType
  normalBalance: NormalBalance
  isHeader: boolean
  parentCode: string | null
}

export interface SetupStatus {
  initialized: boolean
  /** null before set-up, and for a caller not logged in while login is on (see `restricted`). */
  profile: CooperativeProfile | null
  /** What the login screen shows: the cooperative's name only. */
  cooperativeName: string | null
  /** true: login is on and the caller has no session, so only what the login screen needs is told. */
  restricted: boolean
  schemaVersion: number
  appVersion: string
  file: string
}

export const setupCommands = {
  'setup.status': command<SetupStatus>()({
    kind: 'query',
    permission: 'public',
    summary: 'Status buku: sudah disiapkan atau belum, beserta profil koperasi',
    input: z.strictObject({}).default({})
  }),
  'setup.defaults': command<{
    accounts: DefaultChartAccount[]
    units: { code: string; name: string; description: string | null }[]
    cooperativeTypes: readonly string[]
  }>()({
    kind: 'query',
    permission: 'public',
    summary: 'Bagan akun dan unit usaha bawaan untuk wizard penyiapan',
    input: z.strictObject({}).default({})
  }),
  'setup.initialize': command<SetupStatus>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menyiapkan buku baru: profil, bagan akun, unit usaha dan tanggal mulai pembukuan',
    input: z.strictObject({
      profile: profileInput,
      firstFinancialYear: z
        .number({ error: 'harus berupa tahun' })
        .int({ error: 'harus berupa tahun' })
        .min(2000, { error: 'paling awal 2000' })
        .max(2100, { error: 'paling akhir 2100' }),
      booksStartDate: isoDate,
      /** Omit to use the chart of DOMAIN.md §2; give codes to leave out some default accounts. */
      excludeAccounts: z.array(accountCode).max(500).default([]),
      extraAccounts: z
        .array(chartAccountInput.extend({ parentCode: accountCode }))
        .max(500)
        .default([]),
      /** Omit to use the seven KDKMP units. */
      units: z.array(unitInput).min(1, { error: 'paling sedikit satu unit usaha' }).max(50).optional()
    })
  }),
  'profile.get': command<CooperativeProfile>()({
    kind: 'query',
    summary: 'Profil koperasi',
    input: z.strictObject({}).default({})
  }),
  'profile.update': command<CooperativeProfile>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah profil koperasi (tahun buku pertama dan tanggal mulai tetap)',
    input: profileInput
  }),
  // Not public: it names the book's path, which a stranger at the login page (office network) must not learn.
  'system.info': command<{ appVersion: string; schemaVersion: number; file: string; commands: number }>()({
    kind: 'query',
    summary: 'Versi aplikasi, versi skema dan lokasi berkas buku',
    input: z.strictObject({}).default({})
  })
}
