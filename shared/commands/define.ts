import type { z } from 'zod'

export type CommandKind = 'query' | 'mutation'

export interface CommandDef<I extends z.ZodType, R> {
  kind: CommandKind
  summary: string
  input: I
  /** May take more than ~100 ms on a big book: doors run it off the UI thread. */
  heavy?: boolean
  /** Type-only marker for the result; never read at runtime. */
  readonly _result?: R
}

export function command<R>() {
  return <I extends z.ZodType>(def: { kind: CommandKind; summary: string; input: I; heavy?: boolean }): CommandDef<I, R> => def
}
