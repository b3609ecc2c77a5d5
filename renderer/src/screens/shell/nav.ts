import type { Permission } from '../../../../shared/auth/roles'
import { t } from '../../i18n'

export type ScreenId =
  | 'beranda'
  | 'kasir'
  | 'anggota'
  | 'simpanan'
  | 'pinjaman'
  | 'unit-usaha'
  | 'kas'
  | 'jurnal'
  | 'laporan'
  | 'rat'
  | 'dinas'
  | 'panduan'
  | 'pengaturan'

export interface NavItem {
  id: ScreenId
  label: string
  icon: string
  /** What the role needs to see it in the menu (default: read the book). */
  permission?: Permission
}

/** Side navigation, in the order a treasurer meets the work. Icons are plain glyphs (no icon font). */
export const NAV: readonly NavItem[] = [
  { id: 'beranda', label: t.nav.home, icon: '⌂' },
  { id: 'anggota', label: t.nav.members, icon: '☺' },
  { id: 'simpanan', label: t.nav.savings, icon: '◫' },
  { id: 'pinjaman', label: t.nav.loans, icon: '⇄' },
  { id: 'unit-usaha', label: t.nav.units, icon: '▦' },
  { id: 'kasir', label: t.till.nav, icon: '▭', permission: 'lookup' },
  { id: 'kas', label: t.nav.cash, icon: '▣' },
  { id: 'jurnal', label: t.nav.journal, icon: '✎' },
  { id: 'laporan', label: t.nav.reports, icon: '▤' },
  { id: 'rat', label: t.nav.rat, icon: '⚑' },
  { id: 'dinas', label: t.nav.dinas, icon: '✉' },
  { id: 'panduan', label: t.panduan.title, icon: '?' },
  { id: 'pengaturan', label: t.nav.settings, icon: '⚙' }
]

/**
 * The menu a role sees: every screen whose permission the role has. A role that may not read the
 * book (kasir, teller) sees only its Meja Kasir.
 */
export function navFor(can: (p: Permission) => boolean): readonly NavItem[] {
  const readable = can('read')
  return NAV.filter((n) => (n.permission ? can(n.permission) && (readable || can('till')) : readable))
}

/** The screen for a route; a role that may not read the book lands on its Meja Kasir. */
export function screenOf(segment: string | undefined, readable = true): ScreenId {
  if (!readable) return 'kasir'
  return NAV.find((n) => n.id === segment)?.id ?? 'beranda'
}
