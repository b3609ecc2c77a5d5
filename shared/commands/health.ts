import { z } from 'zod'
import { command } from './define'
import { isoDate } from '../validation/schemas'
import type { HealthFigures, HealthRegime, HealthSettings } from '../health/model'
import type { HealthAnswers, HealthScore } from '../health/score'

const year = z
  .number({ error: 'harus berupa tahun' })
  .int({ error: 'harus bilangan bulat' })
  .min(1990, { error: 'tahun paling awal 1990' })
  .max(2200, { error: 'tahun terlalu jauh' })
const regime = z.enum(['JUKNIS_2021', 'PERDEP_2016'], { error: 'harus JUKNIS_2021 atau PERDEP_2016' })
const answers = z.record(
  z.string().regex(/^[A-Z]\.[A-Z0-9]+\.\d+$/, { error: 'kunci pertanyaan tidak dikenal' }),
  z.boolean({ error: 'harus ya/tidak' })
)
const num = z.number({ error: 'harus berupa angka' }).finite().min(0, { error: 'tidak boleh negatif' }).max(10_000)
const band = z.strictObject({ upTo: num.nullable(), value: num })
const ratioScoring = z.strictObject({
  aspect: z.string().min(1),
  weight: num,
  bands: z.array(band).min(1),
  whenUndefined: num
})
const ratios = z.record(z.string(), ratioScoring)

export const healthSettingsInput = z.strictObject({
  juknis: z
    .strictObject({
      aspectWeights: z
        .strictObject({ TATA_KELOLA: num, PROFIL_RISIKO: num, KINERJA_KEUANGAN: num, PERMODALAN: num })
        .partial()
        .optional(),
      checklistCutoffs: z.tuple([num, num, num]).optional(),
      predicate: z.strictObject({ dpk: num, dp: num, cs: num }).partial().optional(),
      ratios: ratios.optional()
    })
    .optional(),
  perdep: z
    .strictObject({
      manajemenPoints: num.optional(),
      predicate: z.strictObject({ sehat: num, cs: num, dp: num }).partial().optional(),
      ratios: ratios.optional()
    })
    .optional()
})

export interface HealthAssessment extends HealthScore {
  /** Financial year of the flows (SHU, revenue) and the balance date. */
  year: number
  from: string
  asOf: string
  figures: HealthFigures
  answers: HealthAnswers
  /** When the checklist of the year was last saved (null: never). */
  answersSavedAt: string | null
  settings: HealthSettings
}

export const healthCommands = {
  'health.assess': command<HealthAssessment>()({
    kind: 'query',
    summary:
      'Penilaian kesehatan koperasi (Juknis 2021 atau Perdep 2016): rasio dari buku, daftar periksa tata kelola/manajemen, skor dan predikat',
    heavy: true,
    input: z.strictObject({
      year: year.optional(),
      asOf: isoDate.optional(),
      regime: regime.default('JUKNIS_2021'),
      answers: answers.optional()
    })
  }),
  'health.answers': command<{ year: number; answers: HealthAnswers; savedAt: string | null }>()({
    kind: 'query',
    summary: 'Jawaban daftar periksa tata kelola dan manajemen untuk satu tahun buku',
    input: z.strictObject({ year })
  }),
  'health.saveAnswers': command<{ year: number; answers: HealthAnswers; savedAt: string }>()({
    kind: 'mutation',
    summary: 'Simpan jawaban daftar periksa tata kelola dan manajemen untuk satu tahun buku',
    input: z.strictObject({ year, answers })
  }),
  'health.settings': command<{ settings: HealthSettings; defaults: HealthSettings; regimes: HealthRegime[] }>()({
    kind: 'query',
    summary: 'Bobot, pita nilai dan batas predikat penilaian kesehatan (bawaan DOMAIN, dapat diubah)',
    input: z.strictObject({})
  }),
  'health.setSettings': command<{ settings: HealthSettings; defaults: HealthSettings; regimes: HealthRegime[] }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Ubah bobot, pita nilai dan batas predikat penilaian kesehatan; kosongkan untuk kembali ke bawaan',
    input: z.strictObject({ settings: healthSettingsInput.nullable() })
  })
}
