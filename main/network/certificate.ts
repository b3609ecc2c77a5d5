import { X509Certificate } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

/**
 * The office network's certificate: made once for a book and kept beside it
 * (`<buku>.sqlite-jaringan.crt` and `…-jaringan.key`, the key readable by this user only), so the
 * fingerprint other devices checked stays the same across restarts. It is not in the book, so
 * no backup or export carries the key; the file guard refuses any export written over either file.
 */
export interface LanCertificate {
  cert: string
  key: string
  /** SHA-256 of the DER certificate, `AB:CD:…` (the form of Node's fingerprint256 and browsers). */
  fingerprint: string
}

export const CERT_SUFFIX = '-jaringan.crt'
export const KEY_SUFFIX = '-jaringan.key'

export function certificateFiles(bookFile: string): { cert: string; key: string } {
  return { cert: `${bookFile}${CERT_SUFFIX}`, key: `${bookFile}${KEY_SUFFIX}` }
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256
}

/** The certificate and key kept for this book, or null when there is none (or it is unreadable). */
export function readLanCertificate(bookFile: string): LanCertificate | null {
  const f = certificateFiles(bookFile)
  if (!existsSync(f.cert) || !existsSync(f.key)) return null
  try {
    const cert = readFileSync(f.cert, 'utf8')
    const key = readFileSync(f.key, 'utf8')
    return { cert, key, fingerprint: fingerprintOf(cert) }
  } catch {
    return null
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** The first 40 bits of the fingerprint as 8 Crockford base32 characters, `ABCD-EFGH`: easy to read aloud. */
export function pairingCode(fingerprint: string): string {
  const bytes = fingerprint
    .split(':')
    .slice(0, 5)
    .map((h) => parseInt(h, 16))
  let bits = 0n
  for (const b of bytes) bits = (bits << 8n) | BigInt(b)
  let out = ''
  for (let i = 7; i >= 0; i--) out += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)]
  return `${out.slice(0, 4)}-${out.slice(4)}`
}

/** The book's certificate, made on first use for the address chosen then (and loopback). */
export async function ensureLanCertificate(
  bookFile: string,
  address: string,
  commonName: string,
  now: Date
): Promise<LanCertificate> {
  const existing = readLanCertificate(bookFile)
  if (existing) return existing
  const { generate } = await import('selfsigned')
  const notAfter = new Date(now.getTime())
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + 10)
  const pems = await generate([{ name: 'commonName', value: commonName.slice(0, 64) }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 24 * 3600_000),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...new Set([address, '127.0.0.1'])]
          .map((ip) => ({ type: 7 as const, ip }))
          .concat([{ type: 2 as const, value: 'localhost' } as never])
      }
    ]
  })
  const f = certificateFiles(bookFile)
  // The key first, private from its first byte; both land under their names only when both are written.
  writeFileSync(`${f.key}.partial`, pems.private, { mode: 0o600, flag: 'w' })
  chmodSync(`${f.key}.partial`, 0o600)
  writeFileSync(`${f.cert}.partial`, pems.cert, { mode: 0o644, flag: 'w' })
  try {
    renameSync(`${f.key}.partial`, f.key)
    renameSync(`${f.cert}.partial`, f.cert)
  } catch (e) {
    rmSync(`${f.key}.partial`, { force: true })
    rmSync(`${f.cert}.partial`, { force: true })
    throw e
  }
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert) }
}
