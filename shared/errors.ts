/** Error codes that cross every door (IPC, HTTP, CLI) as data. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_COMMAND'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOT_INITIALIZED'
  | 'ALREADY_INITIALIZED'
  | 'PERIOD_LOCKED'
  | 'UNBALANCED'
  | 'BOOK_LOCKED'
  | 'BOOK_NOT_FOUND'
  | 'BOOK_TOO_NEW'
  | 'NOT_A_BOOK'
  | 'READ_ONLY'
  | 'UNAUTHORIZED'
  | 'NEEDS_CONFIRMATION'
  | 'DISK_FULL'
  | 'CANCELLED'
  | 'INTERNAL'

export interface CommandErrorData {
  code: ErrorCode
  /** Bahasa Indonesia, shown to the treasurer as is. */
  message: string
  /** Dotted path of the offending input field, e.g. `lines.1.debit`. */
  field?: string
}

export type CommandResponse<T> =
  /** `replayed`: the stored answer of an earlier write with the same Idempotency-Key (the HTTP door says so in a header). */
  { ok: true; result: T; replayed?: boolean } | { ok: false; error: CommandErrorData }

export class CommandError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'CommandError'
    this.code = code
    if (field !== undefined) this.field = field
  }
  toData(): CommandErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export function isCommandErrorData(v: unknown): v is CommandErrorData {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as CommandErrorData).code === 'string' &&
    typeof (v as CommandErrorData).message === 'string'
  )
}
