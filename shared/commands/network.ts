import { z } from 'zod'
import { hostCommand } from './define'

/** One IPv4 address of this computer, with the name of its network interface (os.networkInterfaces). */
export interface NetworkAddress {
  name: string
  address: string
  /** Loopback: only this computer can reach it. */
  internal: boolean
}

/** Office network mode while it is on: where other devices open Lumbung and how they check the host. */
export interface LanState {
  address: string
  port: number
  url: string
  interfaceName: string
  /** SHA-256 of the certificate (DER), `AB:CD:…` as browsers and Node show it. */
  fingerprint: string
  /** The first 40 bits of the fingerprint in Crockford base32, `ABCD-EFGH`, to read aloud. */
  pairingCode: string
  startedAt: string
  startedBy: string
}

export interface NetworkStatus {
  /** Whether this door can serve the office network (browser mode or `npm run web -- --lan`). */
  available: boolean
  authEnabled: boolean
  interfaces: NetworkAddress[]
  running: LanState | null
  defaultPort: number
}

export const LAN_DEFAULT_PORT = 8443

const ipv4 = z
  .string({ error: 'harus berupa alamat IPv4' })
  .trim()
  .regex(/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/, {
    error:
      'harus berupa alamat IPv4: empat bilangan 0–255 dipisah titik, seperti yang tertulis di pengaturan jaringan komputer ini'
  })

export const networkCommands = {
  'network.status': hostCommand<NetworkStatus>()({
    kind: 'query',
    permission: 'admin',
    summary: 'Keadaan mode jaringan kantor dan alamat jaringan komputer ini',
    input: z.strictObject({}).default({})
  }),
  'network.start': hostCommand<LanState>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menyalakan mode jaringan kantor (HTTPS di alamat jaringan lokal)',
    input: z.strictObject({
      address: ipv4,
      port: z
        .number({ error: 'harus berupa angka' })
        .int({ error: 'harus bilangan bulat' })
        .min(1024, { error: 'paling kecil 1024' })
        .max(65535, { error: 'paling besar 65535' })
        .default(LAN_DEFAULT_PORT)
    })
  }),
  'network.stop': hostCommand<{ stopped: boolean; was: LanState | null }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mematikan mode jaringan kantor (kembali hanya komputer ini)',
    input: z.strictObject({ failure: z.string({ error: 'harus berupa teks' }).max(300).optional() }).default({})
  })
}
