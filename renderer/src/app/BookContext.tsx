import { createContext, useContext } from 'react'
import type { CooperativeProfile } from '../../../shared/ledger/types'

export interface BookInfo {
  profile: CooperativeProfile
  appVersion: string
  /** Re-reads the profile after it was edited in Pengaturan. */
  refresh: () => void
}

export const BookContext = createContext<BookInfo | null>(null)

export function useBook(): BookInfo {
  const b = useContext(BookContext)
  if (!b) throw new Error('useBook must be used inside a set-up book')
  return b
}
