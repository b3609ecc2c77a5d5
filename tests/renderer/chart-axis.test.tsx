// Issue 16 point 5: every chart's value axis comes from shared/charts/axis (d3-scale ticks, our labels).
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { compactRupiah, valueAxis } from '../../shared/charts/axis'
import { CashChart, HBarChart, UnitsChart } from '../../renderer/src/screens/home/DashCharts'
import { KolektibilitasChart } from '../../renderer/src/screens/loans/KolektibilitasChart'
import { ShuChart } from '../../renderer/src/screens/statements/ShuChart'

afterEach(cleanup)

const labels = (values: number[], kind: 'rupiah' | 'count' = 'rupiah') =>
  valueAxis(values, { kind, range: [200, 0] })?.ticks.map((t) => t.label)
const axisText = (el: HTMLElement) =>
  [...el.querySelectorAll('[data-testid="chart-y-axis"] text')].map((t) => t.textContent)
// A dot between digits that is not a thousands group (1.234.567) is a dot decimal.
const DOT_DECIMAL = /\d\.(?!\d{3}(?!\d))\d/

describe('tick labels', () => {
  it('positive rupiah: Rp0 / Rp500 rb / Rp1 jt', () => {
    expect(labels([0, 1_000_000])).toEqual(['Rp0', 'Rp500 rb', 'Rp1 jt'])
    expect(labels([250_000, 1_200_000])).toEqual(['Rp0', 'Rp500 rb', 'Rp1 jt', 'Rp1,5 jt'])
    expect(labels([1_234_567_890])).toEqual(['Rp0', 'Rp500 jt', 'Rp1 M', 'Rp1,5 M'])
  })

  it('negatives carry a minus before Rp and the axis runs through zero', () => {
    expect(labels([-2_000_000, 3_000_000])).toEqual(['-Rp2 jt', 'Rp0', 'Rp2 jt', 'Rp4 jt'])
    expect(labels([-100, -5])).toEqual(['-Rp100', '-Rp50', 'Rp0'])
    const axis = valueAxis([-2_000_000, 3_000_000], { kind: 'rupiah', range: [200, 0] })!
    expect(axis.domain).toEqual([-2_000_000, 4_000_000])
    // 0 sits a third of the way up: 200 - 200 × 2/6.
    expect(axis.scale(0)).toBeCloseTo(200 - (200 * 2) / 6, 6)
  })

  it('an empty series has no axis', () => {
    expect(valueAxis([], { kind: 'rupiah', range: [200, 0] })).toBeNull()
    expect(valueAxis([0, 0, 0], { kind: 'count', range: [200, 0] })).toBeNull()
  })

  it('small ranges give whole ticks without duplicates or dot decimals', () => {
    expect(labels([0, 1])).toEqual(['Rp0', 'Rp1'])
    expect(labels([1], 'count')).toEqual(['0', '1'])
    expect(labels([0.4])).toEqual(['Rp0', 'Rp1'])
    expect(labels([3], 'count')).toEqual(['0', '1', '2', '3'])
    expect(labels([-1, 1], 'count')).toEqual(['-1', '0', '1'])
    for (const top of [1, 2, 3, 7, 9, 11, 999, 1_001, 1_050_000, 7_777_777, 99_999_999_999]) {
      for (const kind of ['rupiah', 'count'] as const) {
        const ls = labels([top], kind)!
        expect(new Set(ls).size).toBe(ls.length)
        for (const l of ls) expect(l).not.toMatch(DOT_DECIMAL)
        const axis = valueAxis([top], { kind, range: [1, 0] })!
        for (const tick of axis.ticks) expect(Number.isInteger(tick.value)).toBe(true)
        expect(axis.domain[1]).toBeGreaterThanOrEqual(top)
      }
    }
  })

  it('ticks between units keep the decimals they need, with a comma', () => {
    expect(labels([0, 1_050_000], 'rupiah')).toEqual(['Rp0', 'Rp500 rb', 'Rp1 jt', 'Rp1,5 jt'])
    expect(
      valueAxis([1_050_000], { kind: 'rupiah', range: [1, 0], ticks: 20 })!
        .ticks.slice(-3)
        .map((t) => t.label)
    ).toEqual(['Rp950 rb', 'Rp1 jt', 'Rp1,05 jt'])
  })

  it('compact amounts round half-up and carry into the next unit', () => {
    expect([1_250_000_000, 350_000_000, -12_000, 999_960, 950, 0, 1_500_000].map((v) => compactRupiah(v))).toEqual([
      'Rp1,3 M',
      'Rp350 jt',
      '-Rp12 rb',
      'Rp1 jt',
      'Rp950',
      'Rp0',
      'Rp1,5 jt'
    ])
    expect(compactRupiah(2_500_000, { symbol: false })).toBe('2,5 jt')
  })
})

describe('charts draw the shared axis', () => {
  it('the cash chart reads Rp0 / Rp500 rb / Rp1 jt', () => {
    render(
      <CashChart
        data={[
          { month: '2026-01', kas: 400_000, bank: 0 },
          { month: '2026-02', kas: 600_000, bank: 400_000 }
        ]}
      />
    )
    expect(axisText(screen.getByTestId('dash-cash-chart'))).toEqual(['Rp0', 'Rp500 rb', 'Rp1 jt'])
  })

  it('a unit with a loss shows a negative tick', () => {
    render(<UnitsChart data={[{ unit: 'TOKO', name: 'Toko', revenue: 3_000_000, shu: -2_000_000 }]} />)
    expect(axisText(screen.getByTestId('dash-units-chart'))).toEqual(['-Rp2 jt', 'Rp0', 'Rp2 jt', 'Rp4 jt'])
  })

  it('every chart with nothing to show says "Belum ada data" and draws no svg', () => {
    render(<UnitsChart data={[]} />)
    render(<HBarChart title="Simpanan" testId="hbar" rows={[{ label: 'Pokok', value: 0, cls: 'x' }]} />)
    render(<KolektibilitasChart label="Portofolio" values={{ LANCAR: 0, KURANG_LANCAR: 0, DIRAGUKAN: 0, MACET: 0 }} />)
    render(<ShuChart units={[{ code: 'TOKO', name: 'Toko' }]} values={[0]} />)
    expect(document.querySelectorAll('svg').length).toBe(0)
    expect(screen.getAllByText('Belum ada data').length).toBe(4)
  })
})
