import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../../shared/health/model'
import { checkHealthSettings } from '../../../shared/health/validate'
import { createTestBook, type TestBook } from '../../helpers/book'

const edit = (f: (s: HealthSettings) => void): HealthSettings => {
  const s = structuredClone(DEFAULT_HEALTH_SETTINGS)
  f(s)
  return s
}

describe('health settings: sums, ranges and orders (DOMAIN §8)', () => {
  it('the DOMAIN defaults pass: Juknis 30 + 15 + 40 + 15 = 100; Perdep rasio 85 + 5 × 3 = 100', () => {
    expect(checkHealthSettings(DEFAULT_HEALTH_SETTINGS)).toEqual([])
  })

  it('Juknis aspect weights must add up to 100, with the sum in the message', () => {
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.aspectWeights.KINERJA_KEUANGAN = 35
        })
      )
    ).toEqual([
      {
        path: 'juknis.aspectWeights',
        message: 'Juknis 2021 › Bobot aspek: jumlah keempat bobot harus 100 (sekarang 95)'
      }
    ])
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.aspectWeights.PERMODALAN = 15.5
        })
      )[0]!.message
    ).toBe('Juknis 2021 › Bobot aspek: jumlah keempat bobot harus 100 (sekarang 100,5)')
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.aspectWeights.TATA_KELOLA = 130
          s.juknis.aspectWeights.KINERJA_KEUANGAN = -60
        })
      ).map((i) => i.path)
    ).toEqual(['juknis.aspectWeights.TATA_KELOLA', 'juknis.aspectWeights.KINERJA_KEUANGAN'])
  })

  it('cut-offs in order: checklist 75 > 50 > 25 and predicate 51 < 66 < 80', () => {
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.checklistCutoffs = [50, 50, 25]
        })
      )
    ).toEqual([
      {
        path: 'juknis.checklistCutoffs.1',
        message: 'Juknis 2021 › Daftar periksa: batas skor 3 (50) harus lebih kecil dari batas skor 4 (50)'
      }
    ])
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.predicate.dp = 85
        })
      )
    ).toEqual([
      {
        path: 'juknis.predicate.cs',
        message: 'Juknis 2021 › Batas predikat Cukup Sehat (80) harus lebih besar dari batas Dalam Pengawasan (85)'
      }
    ])
    expect(
      checkHealthSettings(
        edit((s) => {
          s.perdep.predicate.cs = 80
        })
      )[0]!.path
    ).toBe('perdep.predicate.sehat')
  })

  it('bands rise, end open, and give a skor 1–4 (Juknis) or nilai 0–100 (Perdep)', () => {
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.ratios.NPL!.bands[1]!.upTo = 4.5
        })
      )
    ).toEqual([
      {
        path: 'juknis.ratios.NPL.bands.1.upTo',
        message:
          'Juknis 2021 › Pinjaman bermasalah (NPL) terhadap pinjaman diberikan: batas ke-2 (4,5 %) harus lebih besar dari batas ke-1 (5 %)'
      }
    ])
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.ratios.NPL!.bands[3]!.value = 5
        })
      )[0]!.path
    ).toBe('juknis.ratios.NPL.bands.3.value')
    expect(
      checkHealthSettings(
        edit((s) => {
          s.juknis.ratios.NPL!.bands[3]!.upTo = 20
        })
      )[0]!.path
    ).toBe('juknis.ratios.NPL.bands.3.upTo')
    expect(
      checkHealthSettings(
        edit((s) => {
          s.perdep.ratios.NPL!.whenUndefined = 101
        })
      )[0]!.path
    ).toBe('perdep.ratios.NPL.whenUndefined')
  })

  it('Perdep sub-weights plus 5 × the manajemen points make 100', () => {
    expect(
      checkHealthSettings(
        edit((s) => {
          s.perdep.ratios.MODAL_ASET!.weight = 7
        })
      )
    ).toEqual([
      {
        path: 'perdep.ratios',
        message: 'Perdep 2016 › Bobot: jumlah bobot rasio (86) dan 5 × nilai manajemen (3) harus 100 (sekarang 101)'
      }
    ])
    // 85 − 6 + 11 = 90 and 5 × 2 = 10: 100.
    expect(
      checkHealthSettings(
        edit((s) => {
          s.perdep.ratios.MODAL_ASET!.weight = 11
          s.perdep.manajemenPoints = 2
        })
      )
    ).toEqual([])
  })
})

let tb: TestBook
afterEach(() => tb?.close())

describe('health.setSettings refuses what the form would refuse', () => {
  it('names the field and changes nothing', async () => {
    tb = await createTestBook()
    const e = tb.fail('health.setSettings', { settings: { juknis: { aspectWeights: { KINERJA_KEUANGAN: 35 } } } })
    expect(e).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'settings.juknis.aspectWeights',
      message: 'Juknis 2021 › Bobot aspek: jumlah keempat bobot harus 100 (sekarang 95)'
    })
    expect(tb.run('health.settings', {}).settings).toEqual(DEFAULT_HEALTH_SETTINGS)
    const ok = tb.run('health.setSettings', {
      settings: {
        perdep: {
          manajemenPoints: 2,
          ratios: { MODAL_ASET: { ...DEFAULT_HEALTH_SETTINGS.perdep.ratios.MODAL_ASET!, weight: 11 } }
        }
      }
    })
    expect(ok.settings.perdep.manajemenPoints).toBe(2)
  })
})
