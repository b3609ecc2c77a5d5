import { describe, expect, it } from 'vitest'
import { backupsToPrune } from '../../../main/backup/retention'

const at = (iso: string, automatic = true) => ({ name: iso, at: iso, automatic })

describe('backup retention', () => {
  const now = new Date('2026-11-28T12:00:00.000Z')

  it('keeps the recent ones of today, one per day for a month, one per month for two years', () => {
    const list = [
      // 15 backups in the last few hours (keep the newest 12)
      ...Array.from({ length: 15 }, (_, i) => at(new Date(now.getTime() - (i + 1) * 600_000).toISOString())),
      // three on one day last week: keep the newest of that day
      at('2026-11-20T08:00:00.000Z'),
      at('2026-11-20T12:00:00.000Z'),
      at('2026-11-20T16:00:00.000Z'),
      // two in a month half a year ago: keep the newest of that month
      at('2026-05-03T10:00:00.000Z'),
      at('2026-05-20T10:00:00.000Z'),
      // three years ago: beyond the policy
      at('2023-10-01T10:00:00.000Z'),
      // a manual backup is never pruned, however old
      at('2020-01-01T00:00:00.000Z', false)
    ]
    const pruned = backupsToPrune(list, now)
    expect(pruned).toContain(list[14]!.name)
    expect(pruned).toContain(list[13]!.name)
    expect(pruned).not.toContain(list[0]!.name)
    expect(pruned).toContain('2026-11-20T08:00:00.000Z')
    expect(pruned).toContain('2026-11-20T12:00:00.000Z')
    expect(pruned).not.toContain('2026-11-20T16:00:00.000Z')
    expect(pruned).toContain('2026-05-03T10:00:00.000Z')
    expect(pruned).not.toContain('2026-05-20T10:00:00.000Z')
    expect(pruned).toContain('2023-10-01T10:00:00.000Z')
    expect(pruned).not.toContain('2020-01-01T00:00:00.000Z')
  })

  it('never prunes the newest backup', () => {
    expect(backupsToPrune([at('2019-01-01T00:00:00.000Z'), at('2018-01-01T00:00:00.000Z')], now)).toEqual([
      '2018-01-01T00:00:00.000Z'
    ])
  })
})
