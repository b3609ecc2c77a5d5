import { useEffect, useState } from 'react'
import { goToHash, guardNavigation } from './unsaved'

/** A location inside the app: `#/jurnal/daftar?akun=1-1101` → segments ['jurnal','daftar'], query {akun}. */
export interface Route {
  segments: string[]
  query: Record<string, string>
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  // A leftover `#token=…` (browser mode start) is not a route.
  if (raw.startsWith('token=')) return { segments: [], query: {} }
  const [path = '', search = ''] = raw.split('?', 2)
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s))
  const query: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(search)) query[k] = v
  return { segments, query }
}

/** Builds `#/a/b?x=1` from a path and optional query (empty values are left out). */
export function href(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v)
  const qs = params.toString()
  return `#/${path.replace(/^\//, '')}${qs ? `?${qs}` : ''}`
}

/** Goes to a screen; with unsaved changes in a form, only after the person agrees to leave them. */
export function navigate(path: string, query: Record<string, string | undefined> = {}): void {
  const to = href(path, query)
  guardNavigation(() => goToHash(to), to)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
