/** What tests/helpers/seeded-book.ts hands to tests outside the main TypeScript project. */
export interface SeededBook {
  ids: { memberId: number; loanId: number }
  execute(
    name: string,
    input: unknown
  ): { ok: true; result: unknown } | { ok: false; error: { code: string; message: string; field?: string } }
  close(): void
}

/** Where the seeded book lives, for a dynamic import that TypeScript does not follow. */
export const SEEDED_BOOK_MODULE = import.meta.url.replace(
  /shared\/seeded-book-api\.ts(\?.*)?$/,
  'helpers/seeded-book.ts'
)
