import { createServer } from 'node:net'
import { CommandError } from '../../shared/errors'
import type { LanState, NetworkStatus } from '../../shared/commands/network'
import { LAN_DEFAULT_PORT } from '../../shared/commands/network'
import type { Book } from '../db/book'
import { authEnabled } from '../auth/users'
import { requireProfile } from '../setup/profile'
import { ensureLanCertificate, pairingCode } from './certificate'
import { interfaceFor, listAddresses } from './interfaces'

export const AUTH_REQUIRED_MESSAGE =
  'Mode jaringan kantor memerlukan login pengguna: perangkat lain di jaringan dapat membuka halaman masuk. Buat pengguna lebih dahulu (Pengaturan › Pengguna, sedikitnya satu bendahara) dan nyalakan login, lalu coba lagi.'

export const NOT_AVAILABLE_MESSAGE =
  'Mode jaringan kantor dijalankan dari mode peramban di komputer utama: jalankan "npm run web" (atau "npm run web -- --lan") lalu buka Pengaturan › Jaringan kantor di sana.'

export function networkStatus(book: Book, available: boolean, running: LanState | null): NetworkStatus {
  return {
    available,
    authEnabled: authEnabled(book),
    interfaces: listAddresses(),
    running,
    defaultPort: LAN_DEFAULT_PORT
  }
}

/** Whether address:port can be listened on now (an address of this computer, a free port). */
function probe(address: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const s = createServer()
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
    s.listen({ host: address, port, exclusive: true }, () => s.close(() => resolve(null)))
  })
}

/**
 * Everything switching on must check before anything is audited: the door can serve it, logins are
 * on, the address is one of this computer's and the port is free. Then the book's certificate
 * (made on first use) gives the fingerprint and pairing code to show.
 */
export async function prepareLan(
  book: Book,
  opts: { available: boolean; running: LanState | null; address: string; port: number; actor: string; now: Date }
): Promise<LanState> {
  if (!opts.available) throw new CommandError('INVALID_INPUT', NOT_AVAILABLE_MESSAGE)
  if (!authEnabled(book)) throw new CommandError('INVALID_INPUT', AUTH_REQUIRED_MESSAGE)
  if (opts.running)
    throw new CommandError(
      'CONFLICT',
      `Mode jaringan kantor sudah menyala di ${opts.running.url}; matikan dulu untuk memilih alamat lain.`
    )
  const interfaceName = interfaceFor(opts.address)
  if (!interfaceName)
    throw new CommandError(
      'INVALID_INPUT',
      `Alamat: ${opts.address} bukan alamat komputer ini. Pilih salah satu alamat dari daftar antarmuka jaringan.`,
      'address'
    )
  const busy = await probe(opts.address, opts.port)
  if (busy === 'EADDRINUSE' || busy === 'EACCES')
    throw new CommandError(
      'CONFLICT',
      `Port: ${opts.port} di ${opts.address} sedang dipakai program lain atau tidak diizinkan; pilih port lain.`,
      'port'
    )
  if (busy)
    throw new CommandError(
      'INVALID_INPUT',
      `Alamat: tidak dapat mendengarkan di ${opts.address}:${opts.port} (${busy}).`,
      'address'
    )
  const cert = await ensureLanCertificate(book.file, opts.address, `Lumbung ${requireProfile(book).name}`, opts.now)
  return {
    address: opts.address,
    port: opts.port,
    url: `https://${opts.address}:${opts.port}/`,
    interfaceName,
    fingerprint: cert.fingerprint,
    pairingCode: pairingCode(cert.fingerprint),
    startedAt: opts.now.toISOString(),
    startedBy: opts.actor
  }
}

/** What switching on means, named for the interface (terminal output and the Settings screen say the same). */
export function lanWarning(state: Pick<LanState, 'interfaceName' | 'address' | 'port'>): string {
  return `PERHATIAN: mode jaringan kantor menyala di antarmuka ${state.interfaceName} (${state.address}:${state.port}). Perangkat lain di jaringan ini sekarang dapat membuka halaman masuk Lumbung. Hanya pengguna dengan kata sandi yang dapat masuk; periksa kode pasangan di setiap perangkat.`
}
