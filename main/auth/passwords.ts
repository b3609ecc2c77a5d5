import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt with N = 2^15: about 0,1 s per check here, slow enough to make guessing expensive. The
// doors use the asynchronous versions, which run on libuv's thread pool: a storm of logins never
// stalls the process that serves everyone else.
const N = 1 << 15
const R = 8
const P = 1
const KEY_LEN = 64
const MAXMEM = 64 * 1024 * 1024

function scryptAsync(password: string, salt: Buffer, len: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((ok, err) => scrypt(password, salt, len, opts, (e, key) => (e ? err(e) : ok(key))))
}

function format(salt: Buffer, key: Buffer): string {
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

function parse(stored: string): { opts: ScryptOptions; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !saltB64 || !keyB64) return null
  return {
    opts: { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM },
    salt: Buffer.from(saltB64, 'base64'),
    key: Buffer.from(keyB64, 'base64')
  }
}

export async function hashPasswordAsync(password: string): Promise<string> {
  const salt = randomBytes(16)
  return format(salt, await scryptAsync(password.normalize('NFC'), salt, KEY_LEN, { N, r: R, p: P, maxmem: MAXMEM }))
}

export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const s = parse(stored)
  if (!s) return false
  const key = await scryptAsync(password.normalize('NFC'), s.salt, s.key.length, s.opts)
  return key.length === s.key.length && timingSafeEqual(key, s.key)
}

/** For a user who does not exist: checked all the same, so both answers take as long. */
export const DUMMY_PASSWORD_HASH = format(Buffer.alloc(16, 7), Buffer.alloc(KEY_LEN, 7))

/** Synchronous, for tools and fixtures that build books outside a door (tests, the bench generator). */
export function hashPassword(password: string): string {
  const salt = randomBytes(16)
  return format(salt, scryptSync(password.normalize('NFC'), salt, KEY_LEN, { N, r: R, p: P, maxmem: MAXMEM }))
}
