import { createContext, useContext } from 'react'

/**
 * Goes up when another desk changed the book (office network mode) or the connection came back:
 * every open query (useCommand, usePagedRows) reads its data again, keeping what it shows meanwhile.
 */
export const DataVersionContext = createContext(0)

export function useDataVersion(): number {
  return useContext(DataVersionContext)
}
