import { networkInterfaces } from 'node:os'
import type { NetworkAddress } from '../../shared/commands/network'

/** This computer's IPv4 addresses, each with its interface's name (loopback last). */
export function listAddresses(): NetworkAddress[] {
  const out: NetworkAddress[] = []
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    for (const i of infos ?? []) if (i.family === 'IPv4') out.push({ name, address: i.address, internal: i.internal })
  }
  return out.sort((a, b) => Number(a.internal) - Number(b.internal) || a.name.localeCompare(b.name))
}

const toInt = (ip: string) => ip.split('.').reduce((n, p) => (n << 8) + Number(p), 0) >>> 0

/**
 * The interface an address belongs to: one of its own addresses, or any address of a loopback
 * interface's range (127.0.0.2 is this computer too). Null for an address this computer does not have.
 */
export function interfaceFor(address: string): string | null {
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    for (const i of infos ?? []) {
      if (i.family !== 'IPv4') continue
      if (i.address === address) return name
      if (i.internal && (toInt(i.address) & toInt(i.netmask)) === (toInt(address) & toInt(i.netmask))) return name
    }
  }
  return null
}

export function isLoopback(address: string): boolean {
  return address.startsWith('127.')
}
