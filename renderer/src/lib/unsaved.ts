import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type FormEvent } from 'react'

/**
 * Leaving a form with unsaved changes asks first. Every form with inputs uses `useFormGuard`: a
 * change in any of its fields marks it dirty, a successful save marks it clean. While one is dirty,
 * the app's own navigation (links, `navigate`, Back/Forward) waits for "Tinggalkan" in the
 * UnsavedChangesDialog, and closing or reloading the tab gets the browser's own question
 * (beforeunload).
 */

/** Dirty forms, each with the destinations it survives (a form kept mounted across sub-tabs). */
const dirty = new Map<number, ((hash: string) => boolean) | null>()
const survivors = new Map<number, (hash: string) => boolean>()
let nextId = 1
let pending: (() => void) | null = null
let approvedHash: string | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

function setDirty(id: number, value: boolean): void {
  const had = dirty.has(id)
  if (value && !had) dirty.set(id, survivors.get(id) ?? null)
  else if (!value && had) dirty.delete(id)
  else return
  notify()
}

/** Whether going to `hash` (any navigation when left out) would lose unsaved changes. */
export function hasUnsavedChanges(hash?: string): boolean {
  for (const survives of dirty.values()) if (hash === undefined || !survives || !survives(hash)) return true
  return false
}

/** Runs `go` now, or once the person agrees to leave their unsaved changes. */
export function guardNavigation(go: () => void, hash?: string): void {
  if (!hasUnsavedChanges(hash)) {
    go()
    return
  }
  pending = go
  notify()
}

/** The dialog's answers. */
export function leaveAnyway(): void {
  const go = pending
  pending = null
  dirty.clear()
  notify()
  go?.()
}

export function stayHere(): void {
  pending = null
  notify()
}

function subscribe(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

/** Whether the "leave without saving?" question is open. */
export function usePendingNavigation(): boolean {
  return useSyncExternalStore(subscribe, () => pending !== null)
}

/** Sets the hash as an approved move: the hashchange guard lets it through. */
export function goToHash(hash: string): void {
  approvedHash = hash.startsWith('#') ? hash : `#${hash}`
  window.location.hash = approvedHash
}

/**
 * One form's guard: spread `props` on the <form> (any input or change inside marks it dirty) and
 * call `saved()` when the book accepted it. `dirty` can also be set by hand (e.g. a list of lines).
 */
export function useFormGuard(opts: { survives?: (hash: string) => boolean } = {}) {
  const id = useRef(0)
  if (id.current === 0) id.current = nextId++
  const survives = opts.survives
  useEffect(() => {
    const mine = id.current
    if (survives) survivors.set(mine, survives)
    return () => {
      survivors.delete(mine)
      setDirty(mine, false)
    }
    // The predicate is fixed for the form's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const markDirty = useCallback(() => setDirty(id.current, true), [])
  const saved = useCallback(() => setDirty(id.current, false), [])
  const isDirty = useSyncExternalStore(subscribe, () => dirty.has(id.current))
  const props = useMemo(() => ({ onInput: markDirty, onChange: (_e: FormEvent) => markDirty() }), [markDirty])
  return { props, saved, markDirty, dirty: isDirty }
}

/**
 * Installed once by the app shell: anchors to `#/…` and Back/Forward go through the guard, and the
 * browser asks before closing or reloading a tab with unsaved changes.
 */
export function installNavigationGuard(win: Window = window): () => void {
  const doc = win.document
  let current = win.location.hash
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const a = (e.target as Element | null)?.closest?.('a[href^="#/"]') as HTMLAnchorElement | null
    const to = a?.getAttribute('href')
    if (!a || !to || (a.target && a.target !== '_self') || !hasUnsavedChanges(to)) return
    e.preventDefault()
    guardNavigation(() => goToHash(to), to)
  }
  // Back/Forward (or a typed address) changes the hash first: put it back, then ask.
  const onHash = (e: HashChangeEvent) => {
    const to = win.location.hash
    if (approvedHash === to || !hasUnsavedChanges(to)) {
      approvedHash = null
      current = to
      return
    }
    e.stopImmediatePropagation()
    win.history.replaceState(win.history.state, '', current || '#/')
    guardNavigation(() => goToHash(to), to)
  }
  const onUnload = (e: BeforeUnloadEvent) => {
    if (!hasUnsavedChanges()) return
    e.preventDefault()
    e.returnValue = ''
  }
  doc.addEventListener('click', onClick, true)
  win.addEventListener('hashchange', onHash, true)
  win.addEventListener('beforeunload', onUnload)
  return () => {
    doc.removeEventListener('click', onClick, true)
    win.removeEventListener('hashchange', onHash, true)
    win.removeEventListener('beforeunload', onUnload)
  }
}
