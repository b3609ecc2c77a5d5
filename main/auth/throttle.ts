import type { Book } from '../db/book'
import { qb } from '../db/query'

/** After this many failures in a row a key waits; each further failure doubles the wait, up to the cap. */
export const THROTTLE = { threshold: 5, baseSeconds: 30, capSeconds: 15 * 60 }

export function waitAfter(failures: number): number {
  if (failures < THROTTLE.threshold) return 0
  return Math.min(THROTTLE.baseSeconds * 2 ** (failures - THROTTLE.threshold), THROTTLE.capSeconds)
}

interface State {
  failures: number
  blockedUntil: number | null
}

/**
 * Failed logins per user and per source (HTTP address, the CLI, the desktop window). Kept in the
 * book so that separate CLI processes share it; in memory when the book is open read-only.
 */
export class LoginThrottle {
  private readonly memory = new Map<string, State>()
  private readonly tails = new Map<string, Promise<void>>()

  constructor(private readonly book: () => Book) {}

  /**
   * Attempts on the same user or from the same source take turns, so a burst of simultaneous tries
   * still meets the back-off of the ones before it (each one's failure is counted before the next
   * password is checked).
   */
  async exclusive<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort()
    const releases: (() => void)[] = []
    for (const k of sorted) {
      const prev = this.tails.get(k) ?? Promise.resolve()
      let release!: () => void
      const mine = new Promise<void>((r) => (release = r))
      const tail = prev.then(() => mine)
      this.tails.set(k, tail)
      releases.push(() => {
        release()
        if (this.tails.get(k) === tail) this.tails.delete(k)
      })
      await prev
    }
    try {
      return await fn()
    } finally {
      for (const r of releases) r()
    }
  }

  private read(key: string): State {
    const b = this.book()
    if (!b.readonly) {
      const r = b.q.first(qb.selectFrom('login_throttle').select(['failures', 'blocked_until']).where('key', '=', key))
      return r
        ? { failures: r.failures, blockedUntil: r.blocked_until ? Date.parse(r.blocked_until) : null }
        : { failures: 0, blockedUntil: null }
    }
    return this.memory.get(key) ?? { failures: 0, blockedUntil: null }
  }

  private write(key: string, s: State | null, now: Date): void {
    const b = this.book()
    if (b.readonly) {
      if (s) this.memory.set(key, s)
      else this.memory.delete(key)
      return
    }
    if (s === null) b.q.run(qb.deleteFrom('login_throttle').where('key', '=', key))
    else {
      b.q.run(
        qb
          .insertInto('login_throttle')
          .values({
            key,
            failures: s.failures,
            last_failure_at: now.toISOString(),
            blocked_until: s.blockedUntil === null ? null : new Date(s.blockedUntil).toISOString()
          })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet((eb) => ({
              failures: eb.ref('excluded.failures'),
              last_failure_at: eb.ref('excluded.last_failure_at'),
              blocked_until: eb.ref('excluded.blocked_until')
            }))
          )
      )
    }
  }

  /** Seconds still to wait before another try (0: go ahead). */
  waitSeconds(keys: string[], now: Date): number {
    let wait = 0
    for (const k of keys) {
      const s = this.read(k)
      if (s.blockedUntil !== null) wait = Math.max(wait, Math.ceil((s.blockedUntil - now.getTime()) / 1000))
    }
    return Math.max(0, wait)
  }

  /** Records a failure on every key; returns the wait it starts (seconds). */
  fail(keys: string[], now: Date): { failures: number; waitSeconds: number } {
    let worst = { failures: 0, waitSeconds: 0 }
    for (const k of keys) {
      const s = this.read(k)
      const failures = s.failures + 1
      const wait = waitAfter(failures)
      this.write(k, { failures, blockedUntil: wait > 0 ? now.getTime() + wait * 1000 : null }, now)
      if (wait > worst.waitSeconds || failures > worst.failures)
        worst = { failures: Math.max(failures, worst.failures), waitSeconds: Math.max(wait, worst.waitSeconds) }
    }
    return worst
  }

  succeed(keys: string[], now: Date): void {
    for (const k of keys) this.write(k, null, now)
  }
}

export function waitMessage(seconds: number): string {
  const text = seconds >= 120 ? `${Math.ceil(seconds / 60)} menit` : `${seconds} detik`
  return `Terlalu banyak percobaan masuk yang gagal. Tunggu ${text} lalu coba lagi.`
}
