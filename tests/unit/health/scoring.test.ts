import { describe, expect, it } from 'vitest'
import { JUKNIS_INDICATORS, PERDEP_INDICATORS, type HealthFigures } from '../../../shared/health/model'
import {
  bandValue,
  checklistSkor,
  juknisPredicate,
  mergeSettings,
  perdepPredicate,
  ratioPercent,
  scoreHealth,
  type HealthAnswers
} from '../../../shared/health/score'
import { DEFAULT_HEALTH_SETTINGS } from '../../../shared/health/model'

/** A hand-computed example; every figure in rupiah. */
const F: HealthFigures = {
  totalAset: 200_000_000,
  kasBank: 20_000_000,
  modalSendiri: 80_000_000,
  atmr: 180_000_000,
  pinjamanAnggota: 100_000_000,
  pinjamanDiberikan: 100_000_000,
  pinjamanBermasalah: 14_000_000, // KL 8.000.000 + D 4.000.000 + M 2.000.000 (DOMAIN §4.4 test vector)
  risikoPinjamanBermasalah: 9_000_000, // 0,5·8 + 0,75·4 + 1·2 juta
  cadanganRisiko: 3_000_000,
  ppapDibentuk: 3_000_000,
  ppapWajib: 4_500_000,
  asetProduktif: 120_000_000,
  kewajibanLancar: 160_000_000,
  danaDiterima: 150_000_000,
  pendapatanUsaha: 30_000_000,
  partisipasiBruto: 24_000_000,
  pendapatanTotal: 30_000_000,
  hpp: 6_000_000,
  bebanUsaha: 12_000_000,
  hasilUsahaBruto: 24_000_000,
  bebanKaryawan: 4_000_000,
  shuSebelumPajak: 12_000_000,
  shuSetelahPajak: 11_850_000,
  simpananPokokWajib: 60_000_000
}

const yes = (keys: string[]): HealthAnswers => Object.fromEntries(keys.map((k) => [k, true]))

describe('health scoring: primitives', () => {
  it('ratio percent half-up to 2 decimals; undefined for a zero denominator', () => {
    expect(ratioPercent(3_000_000, 9_000_000)).toBe('33.33')
    expect(ratioPercent(2, 3)).toBe('66.67')
    expect(ratioPercent(1, 0)).toBeNull()
  })
  it('bands: first inclusive upper bound wins', () => {
    const bands = DEFAULT_HEALTH_SETTINGS.juknis.ratios.NPL!.bands
    expect(['5.00', '5.01', '10.00', '15.00', '15.01'].map((x) => bandValue(x, bands))).toEqual([4, 3, 3, 2, 1])
  })
  it('checklist rasio → skor per §8.1 (76–100 → 4, 51–75 → 3, 26–50 → 2, 0–25 → 1; gaps closed)', () => {
    expect(
      ['100.00', '75.01', '75.00', '50.01', '50.00', '25.01', '25.00', '0.00'].map((x) => checklistSkor(x))
    ).toEqual([4, 4, 3, 3, 2, 2, 1, 1])
  })
  it('predicate bands: Perdep 80/66/51 and Juknis ≤51/≤66/≤80', () => {
    const p = DEFAULT_HEALTH_SETTINGS.perdep.predicate
    expect(['80.00', '79.99', '66.00', '65.99', '51.00', '50.99'].map((x) => perdepPredicate(x, p))).toEqual([
      'SEHAT',
      'CUKUP_SEHAT',
      'CUKUP_SEHAT',
      'DALAM_PENGAWASAN',
      'DALAM_PENGAWASAN',
      'DALAM_PENGAWASAN_KHUSUS'
    ])
    const j = DEFAULT_HEALTH_SETTINGS.juknis.predicate
    expect(['51.00', '51.01', '66.00', '80.00', '80.01'].map((x) => juknisPredicate(x, j))).toEqual([
      'DALAM_PENGAWASAN_KHUSUS',
      'DALAM_PENGAWASAN',
      'DALAM_PENGAWASAN',
      'CUKUP_SEHAT',
      'SEHAT'
    ])
  })
  it('settings merge over the defaults', () => {
    const s = mergeSettings({ juknis: { aspectWeights: { KINERJA_KEUANGAN: 35, PERMODALAN: 20 } } })
    expect(s.juknis.aspectWeights).toEqual({ TATA_KELOLA: 30, PROFIL_RISIKO: 15, KINERJA_KEUANGAN: 35, PERMODALAN: 20 })
    expect(s.perdep).toEqual(DEFAULT_HEALTH_SETTINGS.perdep)
  })
})

describe('health scoring: the hand-computed example', () => {
  it('Perdep 2016: every ratio, aspect and the total', () => {
    // Manajemen: umum 4/4 → 3,00; kelembagaan 2/3 → 2,00; permodalan 3/3 → 3,00; aktiva 1/3 → 1,00; likuiditas 0/3 → 0
    const answers = yes([
      'P.MU.1',
      'P.MU.2',
      'P.MU.3',
      'P.MU.4',
      'P.MK.1',
      'P.MK.2',
      'P.MP.1',
      'P.MP.2',
      'P.MP.3',
      'P.MA.1'
    ])
    const r = scoreHealth(F, answers, 'PERDEP_2016')
    const by = Object.fromEntries(r.ratios.map((x) => [x.id, [x.percent, x.value, x.score]]))
    expect(by).toEqual({
      MODAL_ASET: ['40.00', 50, '3.00'], // 80 ÷ 200 = 40 % → nilai 50 × 6 % = 3
      MODAL_PINJAMAN_BERISIKO: ['571.43', 100, '6.00'], // 80 ÷ 14 → > 100 → 100 × 6 %
      KECUKUPAN_MODAL: ['44.44', 100, '3.00'], // 80 ÷ 180 → > 8 → 100 × 3 %
      PINJAMAN_ANGGOTA: ['100.00', 100, '10.00'],
      RISIKO_PINJAMAN_BERMASALAH: ['9.00', 80, '4.00'], // 9 ÷ 100 → 0–10 → 80 × 5 %
      CADANGAN_RISIKO: ['33.33', 40, '2.00'], // 3 ÷ 9 → 30–40 → 40 × 5 %
      NPL: ['14.00', 100, '5.00'], // 14 ÷ 100 ≤ 20 → 100 × 5 %
      BEBAN_OPERASI_PARTISIPASI: ['75.00', 75, '3.00'], // (6 + 12) ÷ 24 → 70–85 → 75 × 4 %
      BEBAN_USAHA_SHU_KOTOR: ['50.00', 75, '3.00'], // 12 ÷ 24 → 40–60 → 75 × 4 %
      EFISIENSI_PELAYANAN: ['4.00', 100, '2.00'], // 4 ÷ 100 ≤ 5 → 100 × 2 %
      RASIO_KAS: ['12.50', 100, '10.00'], // 20 ÷ 160 → 10–15 → 100 × 10 %
      PINJAMAN_DANA_DITERIMA: ['66.67', 50, '2.50'], // 100 ÷ 150 → 50–75 → 50 × 5 %
      RENTABILITAS_ASET: ['6.00', 50, '1.50'], // 12 ÷ 200 → 5–7,5 → 50 × 3 %
      RENTABILITAS_MODAL: ['14.81', 100, '3.00'], // 11,85 ÷ 80 → > 10 → 100 × 3 %
      KEMANDIRIAN_OPERASIONAL: ['160.00', 100, '4.00'], // (24 × 24 ÷ 30 = 19,2) ÷ 12 → > 150 → 100 × 4 %
      PARTISIPASI_BRUTO: ['80.00', 100, '5.00'], // 24 ÷ 30 → > 75 → 100 × 5 %
      PROMOSI_EKONOMI: ['19.75', 100, '5.00'] // 11,85 ÷ 60 → > 10 → 100 × 5 %
    })
    expect(r.aspects.map((a) => [a.aspect, a.score, a.weight])).toEqual([
      ['P_PERMODALAN', '12.00', 15], // 3 + 6 + 3
      ['P_KAP', '21.00', 25], // 10 + 4 + 2 + 5
      ['MANAJEMEN', '9.00', 15], // 3 + 2 + 3 + 1 + 0
      ['EFISIENSI', '8.00', 10], // 3 + 3 + 2
      ['LIKUIDITAS', '12.50', 15], // 10 + 2,5
      ['KEMANDIRIAN', '8.50', 10], // 1,5 + 3 + 4
      ['JATIDIRI', '10.00', 10] // 5 + 5
    ])
    // 12 + 21 + 9 + 8 + 12,5 + 8,5 + 10 = 81 ≥ 80
    expect(r.total).toBe('81.00')
    expect(r.predicate).toBe('SEHAT')
  })

  it('Juknis 2021: skor per indicator, aspects weighted 30/15/40/15, predicate', () => {
    // Every tata kelola item yes, except: pengelolaan demokratis 0/2 (skor 1), kelengkapan organisasi 1/3 (33,33 % → 2), manajemen umum 1/2 (50 % → 2).
    const all = JUKNIS_INDICATORS.flatMap((i) => i.items.map((x) => x.key))
    const no = new Set(['J.PK2.1', 'J.PK2.2', 'J.KL5.2', 'J.KL5.3', 'J.MN1.2', 'J.KPMR.4'])
    const r = scoreHealth(F, yes(all.filter((k) => !no.has(k))), 'JUKNIS_2021')
    const by = Object.fromEntries(r.ratios.map((x) => [x.id, x.value]))
    expect(by).toEqual({
      MODAL_ASET: 3,
      MODAL_PINJAMAN_BERISIKO: 4,
      KECUKUPAN_MODAL: 4, // 40 %; 571 %; 44 %
      NPL: 2,
      PPAP_PPAPWD: 2,
      PINJAMAN_ASET_PRODUKTIF: 3, // 14 %; 66,67 %; 100 ÷ 120 = 83,33 %
      BEBAN_OPERASI_PARTISIPASI: 3,
      BEBAN_USAHA_SHU_KOTOR: 3,
      RASIO_KAS: 4,
      PINJAMAN_DANA_DITERIMA: 2,
      RENTABILITAS_ASET: 2,
      RENTABILITAS_MODAL: 4,
      KEMANDIRIAN_OPERASIONAL: 4
    })
    const ind = Object.fromEntries(r.indicators.map((i) => [i.key, [i.percent, i.score]]))
    expect(ind['J.PK2']).toEqual(['0.00', '1'])
    expect(ind['J.KL5']).toEqual(['33.33', '2'])
    expect(ind['J.MN1']).toEqual(['50.00', '2'])
    expect(ind['J.KPMR']).toEqual(['75.00', '3'])
    expect(r.aspects.map((a) => [a.aspect, a.raw, a.rawMax, a.score])).toEqual([
      ['TATA_KELOLA', '61', '68', '26.91'], // 14 × 4 + 1 + 2 + 2 = 61 of 17 × 4; 61 ÷ 68 × 30 = 26,911…
      ['PROFIL_RISIKO', '10', '16', '9.38'], // 2 + 3 + 2 + 3 = 10 of 16; × 15 = 9,375
      ['KINERJA_KEUANGAN', '22', '28', '31.43'], // 3 + 3 + 4 + 2 + 2 + 4 + 4 = 22 of 28; × 40 = 31,428…
      ['PERMODALAN', '11', '12', '13.75'] // 3 + 4 + 4 = 11 of 12; × 15
    ])
    expect(r.total).toBe('81.47') // 26,91 + 9,38 + 31,43 + 13,75
    expect(r.predicate).toBe('SEHAT')
    // Without answers the tata kelola aspect falls to 17 ÷ 68 × 30 = 7,50 and KPMR to 1.
    const bare = scoreHealth(F, {}, 'JUKNIS_2021')
    expect(bare.aspects[0]!.score).toBe('7.50')
    expect(bare.aspects[1]!.score).toBe('7.50') // (2 + 3 + 2 + 1) ÷ 16 × 15
    expect(bare.total).toBe('60.18') // 7,50 + 7,50 + 31,43 + 13,75
    expect(bare.predicate).toBe('DALAM_PENGAWASAN')
  })

  it('lists the §8.2 manajemen components (3 points each)', () => {
    expect(PERDEP_INDICATORS.map((i) => i.label)).toEqual([
      'Manajemen umum',
      'Manajemen kelembagaan',
      'Manajemen permodalan',
      'Manajemen aktiva',
      'Manajemen likuiditas'
    ])
  })
})
