/**
 * What a command needs. `public` works without login (setup status, login itself); `self` is a
 * logged-in user's own account (logout, change password). The desk permissions:
 * `lookup` finds a member, an item or a unit at a counter (every role that reads has it too);
 * `sales` records a gerai sale; `desk` takes a savings deposit or pays out a withdrawal (up to the
 * bendahara's limit for a desk role); `instalment` takes a loan instalment; `till` opens, counts
 * and reports one's own kasir day (sesi kas).
 */
export type Permission =
  | 'public'
  | 'self'
  | 'lookup'
  | 'read'
  | 'post'
  | 'sales'
  | 'desk'
  | 'instalment'
  | 'till'
  | 'close'
  | 'approve'
  | 'admin'

export type Role = 'bendahara' | 'ketua' | 'pengawas' | 'viewer' | 'kasir' | 'teller'

export const ROLES: readonly Role[] = ['bendahara', 'ketua', 'pengawas', 'viewer', 'kasir', 'teller']

export const ROLE_LABELS: Record<Role, string> = {
  bendahara: 'Bendahara (semua akses)',
  ketua: 'Ketua (menyetujui pinjaman, menutup periode)',
  pengawas: 'Pengawas (hanya baca)',
  viewer: 'Peninjau (hanya baca)',
  kasir: 'Kasir gerai (penjualan dan simpanan di loket)',
  teller: 'Teller simpan pinjam (simpanan dan angsuran di loket)'
}

/**
 * Kasir and teller work at a counter: they post only through their own cash drawer during an open
 * kasir day, never journal entries, settings, users or reports of the whole book.
 */
const DESK_ROLES: readonly Role[] = ['kasir', 'teller']

const GRANTS: Record<Role, readonly Permission[]> = {
  bendahara: [
    'public',
    'self',
    'lookup',
    'read',
    'post',
    'sales',
    'desk',
    'instalment',
    'till',
    'close',
    'approve',
    'admin'
  ],
  ketua: ['public', 'self', 'lookup', 'read', 'close', 'approve'],
  pengawas: ['public', 'self', 'lookup', 'read'],
  viewer: ['public', 'self', 'lookup', 'read'],
  kasir: ['public', 'self', 'lookup', 'sales', 'desk', 'till'],
  teller: ['public', 'self', 'lookup', 'desk', 'instalment', 'till']
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}

/** A counter role: its cash goes through its own open kasir day and its withdrawals have a limit. */
export function isDeskRole(role: Role): boolean {
  return DESK_ROLES.includes(role)
}
