import { ComingSoon } from '../soon/ComingSoon'

/** Kas & Aset: buku kas with vouchers, saldo awal, aset tetap, jurnal berulang. */
export function BookkeepingScreen(_props: { sub: string | undefined; query: Record<string, string> }) {
  return <ComingSoon which="rat" />
}
