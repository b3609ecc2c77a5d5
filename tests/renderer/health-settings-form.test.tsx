import { describe, expect, it } from 'vitest'
import { DEFAULT_HEALTH_SETTINGS } from '../../shared/health/model'
import { healthFieldLabel } from '../../shared/health/validate'
import { draftOfHealth, parseNumberText, readHealthDraft } from '../../renderer/src/screens/settings/healthSettingsForm'

describe('the health settings form reads what people type', () => {
  it('numbers with a decimal comma (or a dot), nothing else', () => {
    expect(['12,5', '1.5', ' 40 ', '0', '-3'].map(parseNumberText)).toEqual([12.5, 1.5, 40, 0, -3])
    expect(['', 'dua', '1.234,5', '1,2,3', '5 %'].map(parseNumberText).every(Number.isNaN)).toBe(true)
  })

  it('the defaults round-trip through the form text unchanged (49,99 stays 49.99)', () => {
    const d = draftOfHealth(DEFAULT_HEALTH_SETTINGS)
    expect(d.juknis.ratios.PPAP_PPAPWD!.bands.map((b) => b.upTo)).toEqual(['49,99', '74,99', '99,99', ''])
    expect(readHealthDraft(d, healthFieldLabel)).toEqual({ ok: true, settings: DEFAULT_HEALTH_SETTINGS })
  })

  it('a field that is not a number is named; the whole is then checked like the server does', () => {
    const d = draftOfHealth(DEFAULT_HEALTH_SETTINGS)
    d.perdep.ratios.NPL!.bands[0]!.value = 'seratus'
    expect(readHealthDraft(d, healthFieldLabel)).toEqual({
      ok: false,
      errors: {
        'perdep.ratios.NPL.bands.0.value':
          'Perdep 2016 › Pinjaman bermasalah (NPL) terhadap pinjaman diberikan: nilai pita ke-1: harus berupa angka, mis. 12,5'
      }
    })
    d.perdep.ratios.NPL!.bands[0]!.value = '100'
    d.juknis.aspectWeights.TATA_KELOLA = '25'
    expect(readHealthDraft(d, healthFieldLabel)).toEqual({
      ok: false,
      errors: { 'juknis.aspectWeights': 'Juknis 2021 › Bobot aspek: jumlah keempat bobot harus 100 (sekarang 95)' }
    })
  })
})
