import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openBook, type Book } from '../../main/db/book'
import { runCommand } from '../../main/commands/dispatch'
import type { CommandContext } from '../../main/commands/context'
import { commands, type CommandInput, type CommandName, type CommandResult } from '../../shared/commands'
import type { CommandErrorData } from '../../shared/errors'

export const SAMPLE_PROFILE = {
  name: 'Koperasi Desa Merah Putih Sukamaju',
  legalEntityNumber: 'AHU-0012345.AH.01.29.TAHUN 2025',
  legalEntityDate: '2025-07-12',
  nikKoperasi: '3203010020001',
  street: 'Jl. Raya Sukamaju No. 1',
  village: 'Sukamaju',
  district: 'Cibeber',
  regency: 'Kabupaten Cianjur',
  province: 'Jawa Barat',
  cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih'
}

export function tempDir(prefix = 'lumbung-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface TestBook {
  book: Book
  file: string
  dir: string
  ctx: CommandContext
  /** Runs a command through the same dispatcher the doors use; throws on an error reply. */
  run<K extends CommandName>(name: K, input: CommandInput<K>): CommandResult<K>
  /** Runs a command that must fail; returns the error. */
  fail(name: CommandName | string, input: unknown): CommandErrorData
  close(): void
}

/** `now` fixes the book's clock ("today" for defaults and the future-date check); default the real clock. */
export async function createTestBook(
  opts: { initialize?: boolean; booksStartDate?: string; file?: string; now?: Date } = {}
): Promise<TestBook> {
  const { dir, cleanup } = tempDir()
  const file = opts.file ?? join(dir, 'buku.sqlite')
  const book = await openBook(file, { create: true })
  const fixed = opts.now
  const ctx: CommandContext = { book, actor: 'penguji', now: () => (fixed ? new Date(fixed.getTime()) : new Date()) }
  const tb: TestBook = {
    book,
    file,
    dir,
    ctx,
    run(name, input) {
      const r = runCommand(ctx, name, input)
      if (!r.ok) throw new Error(`${name} gagal: ${r.error.code} ${r.error.message} (${r.error.field ?? '-'})`)
      return r.result as never
    },
    fail(name, input) {
      const r = runCommand(ctx, name, input)
      if (r.ok) throw new Error(`${name} seharusnya gagal tetapi berhasil`)
      return r.error
    },
    close() {
      book.close()
      cleanup()
    }
  }
  if (opts.initialize !== false) {
    tb.run('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: Number((opts.booksStartDate ?? '2026-01-01').slice(0, 4)),
      booksStartDate: opts.booksStartDate ?? '2026-01-01'
    })
  }
  return tb
}

/** Inserts a member row directly: the member register itself arrives with the members issue. */
export function insertMember(book: Book, memberNo: string, name: string): number {
  const r = book.sqlite
    .prepare(`INSERT INTO members (member_no, name, status, created_at) VALUES (?, ?, 'AKTIF', ?)`)
    .run(memberNo, name, new Date().toISOString())
  return Number(r.lastInsertRowid)
}

/**
 * Marks a kas/bank account as allowed to run below zero, for fixtures whose subject is not cash:
 * without it every posting that takes cash below zero is refused (issue 14).
 */
export function allowOverdraft(tb: Pick<TestBook, 'run'>, code = '1-1101'): void {
  tb.run('accounts.update', { code, allowOverdraft: true })
}

/**
 * Fixtures that write a whole year (often ending after the real today) confirm future dates the way
 * the form does: the flag is added to every command that takes it.
 */
export function confirmFuture(name: string, input: unknown): unknown {
  const def = (commands as Record<string, { input: unknown }>)[name]
  const shape = (def?.input as { shape?: Record<string, unknown> } | undefined)?.shape
  return shape && 'allowFutureDate' in shape && typeof input === 'object' && input !== null
    ? { allowFutureDate: true, ...input }
    : input
}
