import { t } from '../../i18n'

export type ScreenId = 'beranda' | 'kasir' | 'anggota' | 'simpanan' | 'pinjaman' | 'unit-usaha' | 'kas' | 'jurnal' | 'laporan' | 'rat' | 'dinas' | 'panduan' | 'pengaturan'

export interface NavItem {
  id: ScreenId
  label: string
  icon: string
  /** Not built yet: the screen says what will come. */
  soon?: boolean
}

/** Side navigation, in the order a treasurer meets the work. Icons are plain glyphs (no icon font). */
export const NAV: readonly NavItem[] = [
  { id: 'beranda', label: t.nav.home, icon: '⌂' },
  { id: 'anggota', label: t.nav.members, icon: '☺' },
  { id: 'simpanan', label: t.nav.savings, icon: '◫' },
  { id: 'pinjaman', label: t.nav.loans, icon: '⇄' },
  { id: 'unit-usaha', label: t.nav.units, icon: '▦' },
  { id: 'kas', label: t.nav.cash, icon: '▣' },
  { id: 'jurnal', label: t.nav.journal, icon: '✎' },
  { id: 'laporan', label: t.nav.reports, icon: '▤' },
  { id: 'rat', label: t.nav.rat, icon: '⚑' },
  { id: 'dinas', label: t.nav.dinas, icon: '✉' },
  { id: 'panduan', label: t.panduan.title, icon: '?' },
  { id: 'pengaturan', label: t.nav.settings, icon: '⚙' }
]

/**
 * The menu a role sees: everything for a role that may read the book; only Beranda for one that
 * may not (kasir, until the sales module arrives).
 */
export function navFor(readable: boolean): readonly NavItem[] {
  return readable ? NAV : NAV.filter((n) => n.id === 'beranda')
}

/** The screen for a route; a role that may not read the book lands on its own Beranda. */
export function screenOf(segment: string | undefined, readable = true): ScreenId {
  if (!readable) return 'kasir'
  return NAV.find((n) => n.id === segment)?.id ?? 'beranda'
}
