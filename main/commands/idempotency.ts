import { createHash } from 'node:crypto'
import { CommandError } from '../../shared/errors'
import type { Book } from '../db/book'

/** How long a stored answer is kept for a retry (after that the key is forgotten). */
export const IDEMPOTENCY_DAYS = 7
const KEY = /^[A-Za-z0-9._:-]{8,128}$/

/** What a write brings when its door sent an Idempotency-Key. */
export interface IdempotencyClaim {
  key: string
  username: string | null
  command: string
  inputHash: string
}

/** JSON with object keys sorted, so the same input always hashes the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}

export function inputHash(input: unknown): string {
  return createHash('sha256')
    .update(canonical(input ?? {}))
    .digest('hex')
}

export function checkKeyFormat(key: string): void {
  if (!KEY.test(key))
    throw new CommandError(
      'INVALID_INPUT',
      'Kunci idempotensi (Idempotency-Key) tidak sah: 8–128 huruf, angka, titik, titik dua, garis bawah atau tanda hubung',
      'Idempotency-Key'
    )
}

/**
 * The stored answer of an earlier write under this key, or null if there is none. The same key with
 * another command, input or user is refused: it is a different action that reused a key.
 */
export function storedAnswer(book: Book, claim: IdempotencyClaim): { result: unknown } | null {
  const r = book.q
    .prepare('SELECT username, command, input_hash, response FROM idempotency_keys WHERE key = ?')
    .get(claim.key) as { username: string | null; command: string; input_hash: string; response: string } | undefined
  if (!r) return null
  if (
    r.command !== claim.command ||
    r.input_hash !== claim.inputHash ||
    (r.username ?? null) !== (claim.username ?? null)
  ) {
    throw new CommandError(
      'CONFLICT',
      `Kunci idempotensi ini sudah dipakai untuk perintah lain (${r.command}) atau dengan isi yang berbeda; perubahan ini tidak disimpan. Ulangi dari layar sebagai tindakan baru.`,
      'Idempotency-Key'
    )
  }
  return { result: JSON.parse(r.response) as unknown }
}

/** Keeps the answer under its key; runs inside the write's own transaction. Older keys are pruned. */
export function storeAnswer(book: Book, claim: IdempotencyClaim, result: unknown, now: Date): void {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_DAYS * 86_400_000).toISOString()
  book.sqlite.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(cutoff)
  book.sqlite
    .prepare(
      'INSERT INTO idempotency_keys (key, username, command, input_hash, response, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET response = excluded.response'
    )
    .run(claim.key, claim.username, claim.command, claim.inputHash, JSON.stringify(result ?? null), now.toISOString())
}

/** After a host command, its final answer (what the door sends back) replaces the one kept in its transaction. */
export function replaceAnswer(book: Book, key: string, result: unknown): void {
  book.sqlite.prepare('UPDATE idempotency_keys SET response = ? WHERE key = ?').run(JSON.stringify(result ?? null), key)
}
