import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Api, Invoke, SubscribeProgress } from './invoke'
import { httpFileDoor, type FileDoor } from './files'
import { t } from '../i18n'

const ApiContext = createContext<Api | null>(null)

const noProgress: SubscribeProgress = () => () => {}

/** Where no door to files was given (component tests): like the browser, documents download; nothing to pick. */
export const NO_FILES: FileDoor = {
  ...httpFileDoor(
    () => Promise.reject(new Error(t.files.uploadUnavailable)),
    async () => null
  ),
  chooseSource: async () => null
}

/** Gives every screen the command door and the file door; tests pass fakes. */
export function ApiProvider({
  invoke,
  onProgress,
  files,
  children
}: {
  invoke: Invoke
  onProgress?: SubscribeProgress
  files?: FileDoor
  children: ReactNode
}) {
  const value = useMemo<Api>(
    () => ({ invoke, onProgress: onProgress ?? noProgress, files: files ?? NO_FILES }),
    [invoke, onProgress, files]
  )
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
}

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi must be used inside <ApiProvider>')
  return api
}

export function useFiles(): FileDoor {
  return useApi().files
}

export function useInvoke(): Invoke {
  return useApi().invoke
}
