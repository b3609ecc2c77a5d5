import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Paged } from '../../../shared/ledger/types'
import type { VirtualRows } from '../components/DataTable'
import { toFailure, type CommandFailure } from './invoke'
import { useDataVersion } from './dataVersion'

export interface PagedRows<T> extends VirtualRows<T> {
  /** Rows in the whole list once the first page is in; null before. */
  total: number | null
  error: CommandFailure | undefined
  loading: boolean
}

/**
 * A long list as one scrolling table: pages of `pageSize` rows are asked for (`fetchPage`, a paged
 * query command) as they come into view (DataTable `virtual`) and kept; a new `key` (the filters)
 * starts over.
 */
export function usePagedRows<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Paged<T>>,
  key: string,
  pageSize = 200
): PagedRows<T> {
  const [pages, setPages] = useState<ReadonlyMap<number, T[]>>(new Map())
  const [total, setTotal] = useState<number | null>(null)
  const [error, setError] = useState<CommandFailure | undefined>(undefined)
  const asked = useRef(new Set<number>())
  const generation = useRef(0)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage

  const load = useCallback(
    (page: number) => {
      if (asked.current.has(page)) return
      asked.current.add(page)
      const gen = generation.current
      fetchRef.current(page, pageSize).then(
        (paged) => {
          if (gen !== generation.current) return
          setTotal(paged.total)
          setPages((m) => new Map(m).set(page, paged.items))
        },
        (e: unknown) => {
          if (gen !== generation.current) return
          asked.current.delete(page)
          setError(toFailure(e))
        }
      )
    },
    [pageSize]
  )

  useEffect(() => {
    generation.current++
    asked.current = new Set()
    setPages(new Map())
    setTotal(null)
    setError(undefined)
    load(1)
  }, [key, load])

  // Another desk changed the book: the pages on hand are read again in place (the scroll stays).
  const version = useDataVersion()
  const seenVersion = useRef(version)
  useEffect(() => {
    if (seenVersion.current === version) return
    seenVersion.current = version
    const gen = generation.current
    for (const page of asked.current) {
      fetchRef.current(page, pageSize).then(
        (paged) => {
          if (gen !== generation.current) return
          setTotal(paged.total)
          setPages((m) => new Map(m).set(page, paged.items))
        },
        () => {}
      )
    }
  }, [version, pageSize])

  const onRange = useCallback(
    (start: number, end: number) => {
      if (end <= start) return
      // Half a page ahead on both sides, so a steady scroll finds its rows already loaded.
      const from = Math.max(0, start - pageSize / 2)
      const to = end + pageSize / 2
      for (let p = Math.floor(from / pageSize) + 1; p <= Math.floor((to - 1) / pageSize) + 1; p++) load(p)
    },
    [load, pageSize]
  )
  const rowAt = useCallback((i: number) => pages.get(Math.floor(i / pageSize) + 1)?.[i % pageSize], [pages, pageSize])
  return useMemo(
    () => ({ count: total ?? 0, rowAt, onRange, total, error, loading: total === null && !error }),
    [total, rowAt, onRange, error]
  )
}
