import type { CommandFailure } from '../api/invoke'

/** Messages by dotted field path (`lines.1.debit`, `profile.village`); '' = not tied to a field. */
export type FieldErrors = Record<string, string>

/**
 * Turns a refused command into field errors. `known` says which paths the form can show; an
 * error for any other path (or none) is kept under '' for a banner.
 */
export function failureToErrors(f: CommandFailure, known: (field: string) => boolean = () => true): FieldErrors {
  if (f.field && known(f.field)) return { [f.field]: f.message }
  return { '': f.message }
}

export function hasErrors(e: FieldErrors): boolean {
  return Object.values(e).some((m) => m !== '')
}

/** Drops one field's message (when the user edits that field). */
export function withoutError(e: FieldErrors, field: string): FieldErrors {
  if (!(field in e)) return e
  const next = { ...e }
  delete next[field]
  return next
}
