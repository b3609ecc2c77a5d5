import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Api, Invoke, SubscribeProgress } from './invoke'

const ApiContext = createContext<Api | null>(null)

const noProgress: SubscribeProgress = () => () => {}

/** Gives every screen the command door; tests pass a fake `invoke`. */
export function ApiProvider({ invoke, onProgress, children }: { invoke: Invoke; onProgress?: SubscribeProgress; children: ReactNode }) {
  const value = useMemo<Api>(() => ({ invoke, onProgress: onProgress ?? noProgress }), [invoke, onProgress])
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
}

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi must be used inside <ApiProvider>')
  return api
}

export function useInvoke(): Invoke {
  return useApi().invoke
}
