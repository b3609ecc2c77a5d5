import { exportStatement } from '../statements/export'
import { cooperativeZone } from '../setup/timezone'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { commands, isCommandName, type CommandParsedInput, type HostCommandName } from '../../shared/commands'
import { CommandError, type CommandResponse } from '../../shared/errors'
import type { BookVerification } from '../../shared/commands/backup'
import type { AuthUser } from '../../shared/commands/auth'
import { openBook, type Book } from '../db/book'
import { confirmsFutureDate, type Progress } from './context'
import { authorizeCommand, runCommand, toErrorResponse, validateCommand } from './dispatch'
import { WorkerPool } from '../worker/pool'
import { appendAudit } from '../audit/trail'
import { backupTo, createBackup, verifyBookFile, writeBookFrom, type BackupReason } from '../backup/backups'
import { backupSettings } from '../backup/settings'
import { findProfile, requireProfile } from '../setup/profile'
import { readTable } from '../import/table'
import { analyzeImport, commitImport } from '../import/members-import'
import { analyzeCollectionFile, collectSavings } from '../savings/collection'
import { todayIso } from '../../shared/dates/format'
import { closeWithBackup } from '../closing/close'

export interface ExecuteOptions {
  onProgress?: (p: Progress) => void
  /** The caller's login session, when users are on. */
  sessionToken?: string | null
  /** A user already authenticated by the door itself (the CLI's --user). */
  user?: AuthUser | null
}

/** What every door talks to: Electron IPC, the HTTP bridge and the CLI. */
export interface Executor {
  execute(name: string, input: unknown, opts?: ExecuteOptions): Promise<CommandResponse<unknown>>
  close(): Promise<void>
}

export interface LocalExecutorOptions {
  actor?: string
  now?: () => Date
  /** Heavy read-only commands run in a worker thread; omit to run them inline (CLI). */
  pool?: WorkerPool | null
  /** Folder for scratch copies while verifying a backup (default: the OS temp folder). */
  scratchDir?: string
}

/**
 * Owns the open book: runs domain commands, sends heavy queries to the worker, and performs
 * the host commands that copy or replace the book file (backup, restore, export).
 */
export class BookHost implements Executor {
  private queue: Promise<unknown> = Promise.resolve()
  private changesSinceBackup = 0
  private lastBackupAt = 0
  private timer: NodeJS.Timeout | null = null
  private readonly actor: string
  private readonly now: () => Date
  private readonly usePool: boolean

  private readonly scratchDir: string

  constructor(private book: Book, private pool: WorkerPool | null, options: LocalExecutorOptions = {}) {
    this.actor = options.actor ?? 'bendahara'
    this.now = options.now ?? (() => new Date())
    this.usePool = pool !== null
    this.scratchDir = options.scratchDir ?? join(tmpdir(), 'lumbung-periksa')
  }

  get file(): string {
    return this.book.file
  }

  /** Host operations run one at a time, and commands wait while one runs: a restore swaps the book. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  async execute(name: string, input: unknown, opts: ExecuteOptions = {}): Promise<CommandResponse<unknown>> {
    const def = isCommandName(name) ? commands[name] : null
    if (def && 'host' in def && def.host) return this.serial(() => this.executeNow(name, input, opts))
    await this.queue
    return this.executeNow(name, input, opts)
  }

  private async executeNow(name: string, input: unknown, opts: ExecuteOptions): Promise<CommandResponse<unknown>> {
    const base = { book: this.book, actor: this.actor, now: this.now, sessionToken: opts.sessionToken ?? null, user: opts.user ?? null }
    if (!isCommandName(name)) return runCommand(base, name, input)
    const def = commands[name]
    if ('host' in def && def.host) {
      try {
        const v = validateCommand(name, input)
        const user = authorizeCommand(base, name)
        return { ok: true, result: await this.runHost(name as HostCommandName, v.input as { file?: string }, user, opts.onProgress) }
      } catch (e) {
        return toErrorResponse(e)
      }
    }
    if (this.pool && def.heavy && def.kind === 'query') {
      let user: AuthUser | null
      try {
        validateCommand(name, input)
        // The session is resolved here; the worker re-checks the role of the user it is sent.
        user = authorizeCommand(base, name)
      } catch (e) {
        return toErrorResponse(e)
      }
      return this.pool.run(name, input, opts.onProgress, user)
    }
    const r = runCommand({ ...base, ...(opts.onProgress ? { progress: opts.onProgress } : {}) }, name, input)
    if (r.ok && def.kind === 'mutation') this.changesSinceBackup++
    return r
  }

  private async runHost(name: HostCommandName, input: { file?: string }, user: AuthUser | null, onProgress?: ExecuteOptions['onProgress']): Promise<unknown> {
    const actor = user?.username ?? this.actor
    switch (name) {
      case 'backup.create': {
        const r = await this.backupNow('manual')
        this.audit(actor, name, {}, { backups: r.backups.map((b) => b.file), warnings: r.warnings })
        return r
      }
      case 'backup.verify':
        return verifyBookFile(input.file!, this.scratchDir)
      case 'backup.restore':
        return this.restore(input.file!, actor)
      case 'members.importPreview': {
        const i = input as unknown as { file: string; mapping: Record<string, string>; openingDate: string }
        requireProfile(this.book)
        const table = await readTable(i.file)
        return analyzeImport(this.book, i.file, table, i.mapping, i.openingDate, todayIso(cooperativeZone(this.book), this.now())).preview
      }
      case 'members.import': {
        const i = input as unknown as { file: string; mapping: Record<string, string>; openingDate: string; offsetAccount: string; acceptWarnings: boolean }
        requireProfile(this.book)
        const table = await readTable(i.file)
        const ctx = { book: this.book, actor, user, now: this.now, allowFutureDate: confirmsFutureDate(i) }
        const result = this.book.tx(() => {
          const analysis = analyzeImport(this.book, i.file, table, i.mapping, i.openingDate, todayIso(cooperativeZone(this.book), this.now()))
          const r = commitImport(ctx, analysis, i.openingDate, i.offsetAccount, i.acceptWarnings)
          appendAudit(this.book, { at: this.now().toISOString(), actor, command: name, input: i, after: { members: r.members, entry: r.entry, totals: r.totals } })
          return r
        })
        this.changesSinceBackup++
        return result
      }
      case 'savings.collectionImportPreview': {
        requireProfile(this.book)
        return analyzeCollectionFile(this.book, input.file!, await readTable(input.file!))
      }
      case 'savings.collectionImport': {
        const i = input as unknown as { file: string; date: string; cashAccount: string; reference?: string }
        requireProfile(this.book)
        const table = await readTable(i.file)
        const ctx = { book: this.book, actor, user, now: this.now, allowFutureDate: confirmsFutureDate(i) }
        const result = this.book.tx(() => {
          const p = analyzeCollectionFile(this.book, i.file, table)
          if (p.errors.length) {
            throw new CommandError('CONFLICT', `${p.errors.length} kesalahan di berkas (mis. baris ${p.errors[0]!.row}: ${p.errors[0]!.message}). Perbaiki lalu impor lagi; belum ada yang disimpan.`, 'file')
          }
          if (p.items.length === 0) throw new CommandError('INVALID_INPUT', 'Tidak ada baris potongan untuk dibukukan', 'file')
          const r = collectSavings(ctx, { date: i.date, cashAccount: i.cashAccount, reference: i.reference ?? null, description: `Potongan gaji / setoran massal (${p.items.length} anggota)`, items: p.items.map((it) => ({ memberId: it.memberId, type: it.type, amount: it.amount })) })
          appendAudit(this.book, { at: this.now().toISOString(), actor, command: name, input: i, after: r })
          return r
        })
        this.changesSinceBackup++
        return result
      }
      case 'closing.close': {
        const r = await closeWithBackup({ book: this.book, actor, user, now: this.now }, input as unknown as CommandParsedInput<'closing.close'>, () => this.backupNow('sebelum-tutup-tahun'))
        this.changesSinceBackup++
        return r
      }
      case 'statements.export': {
        requireProfile(this.book)
        return exportStatement(this.book, input as unknown as CommandParsedInput<'statements.export'>, this.now())
      }
      case 'ratbook.pdf': {
        requireProfile(this.book)
        const { ratbookPdf } = await import('../ratbook/export')
        return ratbookPdf({ book: this.book, actor, user, now: this.now }, input as unknown as CommandParsedInput<'ratbook.pdf'>, onProgress)
      }
      case 'dinas.export': {
        requireProfile(this.book)
        const { exportDinas } = await import('../dinas/export')
        return exportDinas(this.book, input as unknown as CommandParsedInput<'dinas.export'>, this.now())
      }
      case 'dinas.importExport': {
        requireProfile(this.book)
        const { importSubmission } = await import('../dinas/consolidation')
        const r = this.book.tx(() => {
          const res = importSubmission(this.book, input.file!, actor, this.now())
          appendAudit(this.book, { at: this.now().toISOString(), actor, command: name, input, after: res })
          return res
        })
        this.changesSinceBackup++
        return r
      }
      case 'dinas.recapExport': {
        requireProfile(this.book)
        const { exportRecap } = await import('../dinas/export')
        return exportRecap(this.book, input as unknown as CommandParsedInput<'dinas.recapExport'>, this.now())
      }
      case 'book.export': {
        const file = input.file!
        if (!/\.(sqlite|lumbung)$/i.test(file)) throw new CommandError('INVALID_INPUT', 'Berkas: nama berkas harus berakhiran .lumbung atau .sqlite', 'file')
        if (file === this.book.file) throw new CommandError('INVALID_INPUT', 'Berkas: tidak boleh sama dengan buku yang sedang dibuka', 'file')
        await backupTo(this.book.sqlite, file)
        this.audit(actor, name, { file }, { size: statSync(file).size })
        return { file, size: statSync(file).size }
      }
    }
  }

  private audit(actor: string, command: string, input: unknown, after: unknown): void {
    if (!findProfile(this.book)) return
    this.book.tx(() => appendAudit(this.book, { at: this.now().toISOString(), actor, command, input, after }))
  }

  async backupNow(reason: BackupReason) {
    const r = await createBackup(this.book, reason, backupSettings(this.book).extraFolder, this.now())
    this.changesSinceBackup = 0
    this.lastBackupAt = this.now().getTime()
    return r
  }

  /**
   * Verifies the candidate, saves the current book first (so the restore can be undone), then
   * writes the candidate over the book through the backup API and reopens it.
   */
  private async restore(file: string, actor: string) {
    const verification: BookVerification = await verifyBookFile(file, this.scratchDir)
    if (!verification.ok) {
      throw new CommandError('CONFLICT', `Berkas tidak dapat dipulihkan: ${verification.problems.slice(0, 3).join('; ')}`, 'file')
    }
    const safety = await this.backupNow('sebelum-pulih')
    const target = this.book.file
    await this.pool?.close()
    this.book.close()
    try {
      await writeBookFrom(file, target)
    } finally {
      this.book = await openBook(target)
      this.pool = this.usePool ? new WorkerPool(target) : null
    }
    this.audit(actor, 'backup.restore', { file }, { safetyBackup: safety.backups[0]?.file ?? null, entries: verification.entries })
    return { restoredFrom: file, safetyBackup: safety.backups[0]?.file ?? '', verification }
  }

  /** At start: a backup of a set-up book, then a backup every N minutes while there are changes. */
  async startBackups(): Promise<void> {
    if (findProfile(this.book)) await this.backupNow('mulai')
    this.timer = setInterval(() => {
      const interval = backupSettings(this.book).intervalMinutes * 60_000
      if (this.changesSinceBackup > 0 && this.now().getTime() - this.lastBackupAt >= interval) {
        void this.serial(() => this.backupNow('berkala')).catch((e: unknown) => console.error('Pencadangan berkala gagal:', e))
      }
    }, 60_000)
    this.timer.unref()
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.queue
    await this.pool?.close()
    this.book.close()
  }
}

export function createExecutor(book: Book, options: LocalExecutorOptions = {}): BookHost {
  return new BookHost(book, options.pool ?? null, options)
}
