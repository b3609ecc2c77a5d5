import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  isoMonth,
  optionalText,
  page,
  pageSize,
  positiveId,
  requiredText,
  rupiah,
  seriesCode,
  text,
  unitCode,
  allowFutureDate
} from '../validation/schemas'
import type { JournalEntry, JournalEntrySummary, Paged, PeriodEvent, PeriodStatus } from '../ledger/types'

export const MAX_JOURNAL_LINES = 500

export const journalLineInput = z
  .strictObject({
    account: accountCode,
    debit: rupiah.default(0),
    credit: rupiah.default(0),
    memberId: positiveId
      .optional()
      .nullable()
      .transform((v) => v ?? null),
    unit: unitCode
      .optional()
      .nullable()
      .transform((v) => v ?? null),
    pihak: z
      .enum(['ANGGOTA', 'NON_ANGGOTA'], { error: 'harus ANGGOTA atau NON_ANGGOTA' })
      .optional()
      .nullable()
      .transform((v) => v ?? null),
    memo: optionalText(300)
  })
  .superRefine((line, ctx) => {
    if (line.debit > 0 && line.credit > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['credit'],
        message: 'satu baris hanya boleh berisi debit atau kredit, tidak keduanya'
      })
    } else if (line.debit === 0 && line.credit === 0) {
      ctx.addIssue({ code: 'custom', path: ['debit'], message: 'isi debit atau kredit (lebih dari Rp0)' })
    }
  })

export const postEntryInput = z.strictObject({
  allowFutureDate,
  date: isoDate,
  description: requiredText(500),
  reference: optionalText(100),
  series: seriesCode.default('JU'),
  lines: z
    .array(journalLineInput, { error: 'harus berupa daftar baris' })
    .min(2, { error: 'jurnal harus punya paling sedikit 2 baris' })
    .max(MAX_JOURNAL_LINES, { error: `paling banyak ${MAX_JOURNAL_LINES} baris` })
})

export type PostEntryInput = z.input<typeof postEntryInput>

export const journalCommands = {
  'journal.post': command<JournalEntry>()({
    kind: 'mutation',
    summary: 'Memposting jurnal seimbang (Σ debit = Σ kredit); nomor otomatis per seri dan tahun',
    input: postEntryInput
  }),
  'journal.reverse': command<JournalEntry>()({
    kind: 'mutation',
    summary: 'Membalik jurnal (koreksi tanpa mengubah atau menghapus jurnal asli)',
    input: z.strictObject({
      allowFutureDate,
      entryId: positiveId,
      date: isoDate,
      reason: requiredText(500).refine((s) => s.length >= 5, { error: 'paling sedikit 5 karakter' })
    })
  }),
  'journal.get': command<JournalEntry>()({
    kind: 'query',
    summary: 'Satu jurnal dengan baris-barisnya, menurut id atau nomor',
    input: z.union([z.strictObject({ id: positiveId }), z.strictObject({ number: requiredText(40) })], {
      error: 'isi id atau number'
    })
  }),
  'journal.list': command<Paged<JournalEntrySummary>>()({
    kind: 'query',
    summary: 'Daftar jurnal dengan saringan dan halaman',
    input: z
      .strictObject({
        from: isoDate.optional(),
        to: isoDate.optional(),
        series: seriesCode.optional(),
        account: accountCode.optional(),
        unit: unitCode.optional(),
        memberId: positiveId.optional(),
        search: text(100).optional(),
        source: text(40).optional(),
        page,
        pageSize
      })
      .default({ page: 1, pageSize: 50 })
  }),
  'journal.series': command<{ code: string; name: string }[]>()({
    kind: 'query',
    summary: 'Seri penomoran jurnal',
    input: z.strictObject({}).default({})
  }),
  'periods.list': command<{ periods: PeriodStatus[]; events: PeriodEvent[] }>()({
    kind: 'query',
    summary: 'Status kunci per bulan sejak mulai pembukuan, dan riwayat buka/tutup',
    input: z
      .strictObject({ year: z.number({ error: 'harus berupa tahun' }).int().min(2000).max(2100).optional() })
      .default({})
  }),
  'periods.lock': command<PeriodStatus[]>()({
    kind: 'mutation',
    permission: 'close',
    summary: 'Tutup buku bulanan: mengunci bulan ini dan semua bulan sebelumnya yang belum terkunci',
    input: z.strictObject({ month: isoMonth })
  }),
  'periods.unlock': command<PeriodStatus>()({
    kind: 'mutation',
    permission: 'close',
    summary: 'Membuka kunci satu bulan; wajib dengan alasan, dicatat',
    input: z.strictObject({
      month: isoMonth,
      reason: requiredText(500).refine((s) => s.length >= 10, {
        error: 'jelaskan alasannya (paling sedikit 10 karakter)'
      })
    })
  })
}
