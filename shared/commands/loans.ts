import { z } from 'zod'
import { command } from './define'
import type { Installment } from '../loans/schedule'

const percent = z
  .string({ error: 'harus berupa teks angka persen, mis. "1.5"' })
  .trim()
  .regex(/^\d{1,2}(\.\d{1,4})?$/, { error: 'persen per bulan, 0–99 dengan paling banyak 4 angka desimal, mis. "1.5"' })

export const loanCommands = {
  'loans.schedulePreview': command<{ installments: Installment[]; totalPokok: number; totalJasa: number; totalAngsuran: number; effectiveRatePerMonth: string }>()({
    kind: 'query',
    summary: 'Simulasi jadwal angsuran pinjaman (flat, efektif, anuitas) dengan jasa efektif per bulan',
    input: z.strictObject({
      principal: z.number({ error: 'harus berupa angka rupiah' }).int({ error: 'harus bilangan bulat rupiah (tanpa sen)' }).min(1, { error: 'harus lebih dari Rp0' }).max(999_999_999_999),
      ratePerMonth: percent,
      tenorMonths: z.number({ error: 'harus berupa angka' }).int({ error: 'harus bilangan bulat' }).min(1, { error: 'paling sedikit 1 bulan' }).max(360, { error: 'paling lama 360 bulan' }),
      method: z.enum(['flat', 'efektif', 'anuitas'], { error: 'harus flat, efektif atau anuitas' }),
      roundUpTo: z.union([z.literal(0), z.literal(100), z.literal(1000)], { error: 'harus 0, 100 atau 1000' }).default(0)
    })
  })
}
