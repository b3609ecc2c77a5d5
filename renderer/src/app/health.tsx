import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { BackupStatus, SystemCheck } from '../../../shared/commands/backup'
import { useInvoke } from '../api/context'
import { toFailure, type CommandFailure } from '../api/invoke'
import { useSession } from './session'

export type CheckState =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; result: SystemCheck }
  | { state: 'failed'; error: CommandFailure }

/** How the book is doing: age of the last backup, and the check run once when the app opens. */
export interface Health {
  backup: BackupStatus | null
  refreshBackup: () => void
  check: CheckState
  /** A check run by hand (Pengaturan › Pemeriksaan buku) replaces the one from the start. */
  setCheck: (c: CheckState) => void
}

const NOTHING: Health = { backup: null, refreshBackup: () => {}, check: { state: 'idle' }, setCheck: () => {} }

export const HealthContext = createContext<Health>(NOTHING)

export function useHealth(): Health {
  return useContext(HealthContext)
}

export const BACKUP_POLL_MS = 60_000

/**
 * Lives in the shell (after login): reads backup.status now and every minute, and runs
 * system.check once in the background, for a role that may read the book.
 */
export function HealthProvider({
  children,
  pollMs = BACKUP_POLL_MS,
  runCheck = true
}: {
  children: ReactNode
  pollMs?: number
  runCheck?: boolean
}) {
  const invoke = useInvoke()
  const { can } = useSession()
  const readable = can('read')
  const [backup, setBackup] = useState<BackupStatus | null>(null)
  const [nonce, setNonce] = useState(0)
  const [check, setCheck] = useState<CheckState>({ state: 'idle' })

  const refreshBackup = useCallback(() => setNonce((n) => n + 1), [])

  useEffect(() => {
    if (!readable) return
    let live = true
    const read = () =>
      invoke('backup.status', {}).then(
        (s) => live && setBackup(s),
        () => {
          /* the chip keeps its last value; the Cadangan tab shows errors */
        }
      )
    void read()
    const timer = setInterval(() => void read(), pollMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [invoke, readable, nonce, pollMs])

  useEffect(() => {
    if (!readable || !runCheck) return
    let live = true
    setCheck({ state: 'running' })
    invoke('system.check', {}).then(
      (result) => live && setCheck((c) => (c.state === 'running' ? { state: 'done', result } : c)),
      (e: unknown) => live && setCheck((c) => (c.state === 'running' ? { state: 'failed', error: toFailure(e) } : c))
    )
    return () => {
      live = false
    }
  }, [invoke, readable, runCheck])

  const value = useMemo(() => ({ backup, refreshBackup, check, setCheck }), [backup, refreshBackup, check])
  return <HealthContext.Provider value={value}>{children}</HealthContext.Provider>
}
