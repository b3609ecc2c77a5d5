import { CommandError } from '../../shared/errors'
import type { DeviceRow } from '../../shared/commands/devices'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { sessionFingerprint } from '../audit/rederive'
import type { DevicePresence } from '../commands/host-context'

/**
 * The devices logged in to the book (office network mode): one row per open login session that came
 * from a browser, with whether the device's event stream is open and when it last asked anything.
 */
export function listDevices(book: Book, presence: DevicePresence, now: Date): DeviceRow[] {
  const rows = book.q.all(
    qb
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.device_id',
        's.device_label',
        's.device_address',
        's.created_at',
        'u.username',
        'u.full_name',
        'u.role'
      ])
      .where('s.device_id', 'is not', null)
      .where('s.expires_at', '>', now.toISOString())
      .orderBy('s.created_at')
      .$narrowType<{ device_id: string }>()
  )
  return rows.map((r) => ({
    deviceId: r.device_id,
    label: r.device_label ?? '',
    address: r.device_address ?? '',
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    loggedInAt: r.created_at,
    lastSeenAt: presence.lastSeen.get(r.device_id) ?? r.created_at,
    streamConnected: (presence.streams.get(r.device_id) ?? 0) > 0
  }))
}

/** Ends every login session of a device; returns who was logged in there and the sessions' fingerprints (for the audit). */
export function disconnectDevice(
  book: Book,
  deviceId: string
): { deviceId: string; users: string[]; sessions: string[] } {
  const rows = book.q.all(
    qb
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['s.token_hash', 'u.username'])
      .where('s.device_id', '=', deviceId)
  )
  if (rows.length === 0)
    throw new CommandError(
      'NOT_FOUND',
      'Perangkat: tidak ada sesi login dari perangkat itu (mungkin sudah keluar)',
      'deviceId'
    )
  book.q.run(qb.deleteFrom('sessions').where('device_id', '=', deviceId))
  return {
    deviceId,
    users: [...new Set(rows.map((r) => r.username))],
    sessions: rows.map((r) => sessionFingerprint(r.token_hash))
  }
}

/** "Chrome di Windows", "Firefox di Android": enough for a bendahara to tell the desks apart. */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\//.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /(Chrome|Chromium)\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : ua
              ? 'Peramban lain'
              : 'Tanpa nama'
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null
  return os ? `${browser} di ${os}` : browser
}
