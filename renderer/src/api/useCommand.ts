import { useCallback, useEffect, useRef, useState } from 'react'
import type { CommandInput, CommandName, CommandResult } from '../../../shared/commands'
import { useInvoke } from './context'
import { toFailure, type CommandFailure } from './invoke'
import { useDataVersion } from './dataVersion'

export interface CommandState<T> {
  data: T | undefined
  error: CommandFailure | undefined
  loading: boolean
  reload: () => void
}

/**
 * Runs a query command when mounted and whenever its input changes (compared by value).
 * Pass `null` as input to wait (e.g. until the user picked an account).
 */
export function useCommand<K extends CommandName>(
  name: K,
  input: CommandInput<K> | null
): CommandState<CommandResult<K>> {
  const invoke = useInvoke()
  const key = input === null ? null : JSON.stringify(input)
  const [state, setState] = useState<{
    data: CommandResult<K> | undefined
    error: CommandFailure | undefined
    loading: boolean
  }>({
    data: undefined,
    error: undefined,
    loading: key !== null
  })
  const [nonce, setNonce] = useState(0)
  const version = useDataVersion()
  const inputRef = useRef(input)
  inputRef.current = input

  useEffect(() => {
    if (key === null) {
      setState((s) => ({ ...s, loading: false }))
      return
    }
    let live = true
    setState((s) => ({ ...s, loading: true }))
    invoke(name, inputRef.current as CommandInput<K>).then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (e: unknown) => live && setState((s) => ({ data: s.data, error: toFailure(e), loading: false }))
    )
    return () => {
      live = false
    }
  }, [invoke, name, key, nonce, version])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { ...state, reload }
}
