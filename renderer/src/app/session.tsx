import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { commands, type CommandName } from '../../../shared/commands'
import type { AuthUser } from '../../../shared/commands/auth'
import { ROLE_LABELS, roleAllows, type Permission, type Role } from '../../../shared/auth/roles'

/**
 * Who is using this window. With login off (`enabled: false`, a single-user laptop) everyone may
 * do everything; with it on, the logged-in user's role decides. The book refuses anything else
 * anyway (UNAUTHORIZED): the UI only hides what would be refused.
 */
export interface Session {
  enabled: boolean
  user: AuthUser | null
  /** May this window do what `permission` needs? */
  can: (permission: Permission) => boolean
  /** May this window run the command (by its declared permission)? */
  canRun: (name: CommandName) => boolean
  /** Ends the session (auth.logout) and returns to the login screen. */
  logout: () => Promise<void>
  /** Re-reads auth.status (e.g. after login was switched on or off). */
  refresh: () => void
}

export function allows(enabled: boolean, user: AuthUser | null, permission: Permission): boolean {
  if (!enabled) return true
  if (permission === 'public') return true
  return user !== null && roleAllows(user.role, permission)
}

export function permissionOf(name: CommandName): Permission {
  return commands[name].permission
}

export function makeSession(
  state: { enabled: boolean; user: AuthUser | null },
  actions: { logout?: () => Promise<void>; refresh?: () => void } = {}
): Session {
  const can = (p: Permission) => allows(state.enabled, state.user, p)
  return {
    enabled: state.enabled,
    user: state.user,
    can,
    canRun: (name) => can(permissionOf(name)),
    logout: actions.logout ?? (async () => {}),
    refresh: actions.refresh ?? (() => {})
  }
}

/** Login off: the default, and what screens rendered on their own (tests) see. */
const OPEN_SESSION = makeSession({ enabled: false, user: null })

export const SessionContext = createContext<Session>(OPEN_SESSION)

export function useSession(): Session {
  return useContext(SessionContext)
}

/** For tests and previews: a fixed session for a role (or login off with `null`). */
export function StaticSession({ user, children }: { user: AuthUser | null; children: ReactNode }) {
  const value = useMemo(() => makeSession({ enabled: user !== null, user }), [user])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

/** "Pengawas" from "Pengawas (hanya baca)": the short name for the header. */
export function roleName(role: Role): string {
  return ROLE_LABELS[role].replace(/\s*\(.*\)\s*$/, '')
}
