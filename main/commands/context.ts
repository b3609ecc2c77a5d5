import type { Book } from '../db/book'

export interface Progress {
  done: number
  total: number
  label: string
}

export interface CommandContext {
  book: Book
  /** Who runs the command; users and roles arrive with the audit issue. */
  actor: string
  now(): Date
  progress?: (p: Progress) => void
}

export function nowIso(ctx: CommandContext): string {
  return ctx.now().toISOString()
}
