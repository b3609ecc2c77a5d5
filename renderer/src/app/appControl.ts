import { createContext, useContext } from 'react'

export interface AppControl {
  /**
   * Reads the whole book again: every screen is mounted afresh (after a restore replaced the
   * book file underneath), the login and setup status included.
   */
  reloadApp: () => void
}

export const AppControlContext = createContext<AppControl>({ reloadApp: () => window.location.reload() })

export function useAppControl(): AppControl {
  return useContext(AppControlContext)
}
