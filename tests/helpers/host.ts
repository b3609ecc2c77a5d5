import type { CommandResponse } from '../../shared/errors'

/** The result of a host reply that must succeed; throws with the Indonesian message otherwise. */
export async function ok<T = any>(p: Promise<CommandResponse<unknown>>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.result as T
}

/** The error of a host reply that must fail. */
export async function fails(p: Promise<CommandResponse<unknown>>) {
  const r = await p
  if (r.ok) throw new Error('should have failed')
  return r.error
}
