import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

// scrypt with N = 2^15: about 0,1 s per check here, slow enough to make guessing expensive.
const N = 1 << 15
const R = 8
const P = 1
const KEY_LEN = 64
const MAXMEM = 64 * 1024 * 1024

export function hashPassword(password: string): string {
  const salt = randomBytes(16)
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LEN, { N, r: R, p: P, maxmem: MAXMEM })
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !saltB64 || !keyB64) return false
  const expected = Buffer.from(keyB64, 'base64')
  const key = scryptSync(password.normalize('NFC'), Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}
