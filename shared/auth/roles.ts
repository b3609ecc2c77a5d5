/**
 * What a command needs. `public` works without login (setup status, login itself); `self` is a
 * logged-in user's own account (logout, change password).
 */
export type Permission = 'public' | 'self' | 'read' | 'post' | 'sales' | 'close' | 'approve' | 'admin'

export type Role = 'bendahara' | 'ketua' | 'pengawas' | 'viewer' | 'kasir'

export const ROLES: readonly Role[] = ['bendahara', 'ketua', 'pengawas', 'viewer', 'kasir']

export const ROLE_LABELS: Record<Role, string> = {
  bendahara: 'Bendahara (semua akses)',
  ketua: 'Ketua (menyetujui pinjaman, menutup periode)',
  pengawas: 'Pengawas (hanya baca)',
  viewer: 'Peninjau (hanya baca)',
  kasir: 'Kasir gerai (penjualan saja)'
}

const GRANTS: Record<Role, readonly Permission[]> = {
  bendahara: ['public', 'self', 'read', 'post', 'sales', 'close', 'approve', 'admin'],
  ketua: ['public', 'self', 'read', 'close', 'approve'],
  pengawas: ['public', 'self', 'read'],
  viewer: ['public', 'self', 'read'],
  kasir: ['public', 'self', 'sales']
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}
