import { createHash } from 'node:crypto'
import { createServer } from 'node:net'
import { connect } from 'node:tls'

// Office network mode in tests: only loopback addresses (127.0.0.2 plays the office LAN).

export function freePort(address: string): Promise<number> {
  return new Promise((ok, err) => {
    const s = createServer()
    s.once('error', err)
    s.listen(0, address, () => {
      const p = (s.address() as { port: number }).port
      s.close(() => ok(p))
    })
  })
}

/** `AB:CD:…`: SHA-256 of DER bytes, computed here (not the app's, not Node's fingerprint256). */
export function sha256Colons(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':')
}

/** The certificate the address serves: its SHA-256 computed here from its DER bytes, and Node's fingerprint256. */
export function servedFingerprint(host: string, port: number): Promise<{ sha256: string; node: string }> {
  return new Promise((ok, err) => {
    const s = connect({ host, port, rejectUnauthorized: false }, () => {
      const c = s.getPeerCertificate()
      s.end()
      ok({ sha256: sha256Colons(c.raw), node: c.fingerprint256 })
    })
    s.once('error', err)
  })
}

/** The pairing code as README describes it: the fingerprint's first 40 bits in Crockford base32, `ABCD-EFGH`. */
export function expectedPairingCode(fingerprint: string): string {
  const bits = BigInt(`0x${fingerprint.split(':').slice(0, 5).join('')}`)
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  const code = [...Array(8).keys()].map((i) => alphabet[Number((bits >> BigInt((7 - i) * 5)) & 31n)]).join('')
  return `${code.slice(0, 4)}-${code.slice(4)}`
}
