import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Issue 14 point 5: the laptop's own time zone never changes what the book calls today or how it
 * writes a time. The same probe runs under three process time zones; each output must equal the
 * hand-worked values for a WITA cooperative at 16.30 UTC on 31 March 2026 (00.30 WITA, 1 April).
 */
const probe = fileURLToPath(new URL('./tz-probe.ts', import.meta.url))

function runUnder(tz: string) {
  const text = execFileSync(process.execPath, ['--import', 'tsx', probe], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    timeout: 120_000
  })
  return JSON.parse(text) as Record<string, unknown>
}

describe('the same output under any process time zone', () => {
  it("UTC, Asia/Makassar and America/New_York give the WITA cooperative's today and named times", () => {
    const outputs = ['UTC', 'Asia/Makassar', 'America/New_York'].map(runUnder)
    for (const o of outputs) {
      const { hostZone: _z, ...rest } = o
      expect(rest).toEqual({
        profile: { timeZone: 'Asia/Makassar', timeZoneSource: 'PROVINSI' },
        // 1 April in WITA: March (due 31 March) is in arrears, April not yet due.
        arrears: { asOf: '2026-04-01', month: '2026-04', total: 20_000, notYetDue: 20_000 },
        billing: { asOf: '2026-04-01', arrears: 20_000, due: 20_000 },
        dashboardWajib: 1,
        loanDuesAsOf: '2026-04-01',
        futureRefused: 'NEEDS_CONFIRMATION',
        todayPosted: '2026-04-01',
        receiptRecorded: '1 April 2026 00.30 WITA',
        formats: ['31 Maret 2026 23.30', '1 April 2026 00.30 WITA', '01.30 WIT', '2026-03-31', '2026-04-01'],
        periods: 4
      })
    }
    expect(outputs.map((o) => o.hostZone)).toEqual(['UTC', 'Asia/Makassar', 'America/New_York'])
  }, 300_000)
})
