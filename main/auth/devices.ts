import { CommandError } from '../../shared/errors'
import type { DeviceRow } from '../../shared/commands/devices'
import type { Role } from '../../shared/auth/roles'
import type { Book } from '../db/book'
import { sessionFingerprint } from '../audit/rederive'

/** Presence of devices, kept by the book's host from what the HTTP door tells it. */
export interface DevicePresence {
  /** Open event streams per device id. */
  streams: Map<string, number>
  /** Last request per device id (ISO time). */
  lastSeen: Map<string, string>
}

/**
 * The devices logged in to the book (office network mode): one row per open login session that came
 * from a browser, with whether the device's event stream is open and when it last asked anything.
 */
export function listDevices(book: Book, presence: DevicePresence, now: Date): DeviceRow[] {
  const rows = book.q
    .prepare(
      `SELECT s.device_id, s.device_label, s.device_address, s.created_at, u.username, u.full_name, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.device_id IS NOT NULL AND s.expires_at > ?
       ORDER BY s.created_at`
    )
    .all(now.toISOString()) as {
    device_id: string
    device_label: string | null
    device_address: string | null
    created_at: string
    username: string
    full_name: string
    role: string
  }[]
  return rows.map((r) => ({
    deviceId: r.device_id,
    label: r.device_label ?? '',
    address: r.device_address ?? '',
    username: r.username,
    fullName: r.full_name,
    role: r.role as Role,
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
  const rows = book.q
    .prepare('SELECT s.token_hash, u.username FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.device_id = ?')
    .all(deviceId) as { token_hash: string; username: string }[]
  if (rows.length === 0)
    throw new CommandError(
      'NOT_FOUND',
      'Perangkat: tidak ada sesi login dari perangkat itu (mungkin sudah keluar)',
      'deviceId'
    )
  book.q.prepare('DELETE FROM sessions WHERE device_id = ?').run(deviceId)
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
