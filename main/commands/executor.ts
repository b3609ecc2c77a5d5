import { join } from 'node:path'
import { tmpdir } from 'node:os'
import type { Readable } from 'node:stream'
import {
  commands,
  isCommandName,
  type CommandName,
  type CommandParsedInput,
  type HostCommandName
} from '../../shared/commands'
import { CommandError, type CommandResponse } from '../../shared/errors'
import type { BookVerification } from '../../shared/commands/backup'
import type { AuthUser } from '../../shared/commands/auth'
import type { UploadedFile } from '../../shared/commands/files'
import { openBook, type Book } from '../db/book'
import type { DeviceInfo, Progress } from './context'
import {
  checkKeyFormat,
  inputHash,
  replaceAnswer,
  storeAnswer,
  storedAnswer,
  type IdempotencyClaim
} from './idempotency'
import {
  authorizeCommand,
  hostHandlers,
  isHostCommand,
  parseCommandInput,
  runCommand,
  toErrorResponse
} from './dispatch'
import { PRE_SETUP_COMMANDS } from './policy'
import type { DevicePresence, HostContext, HostServices } from './host-context'
import { authenticateAt } from '../auth/login'
import { WorkerPool } from '../worker/pool'
import { appendAudit } from '../audit/trail'
import { createBackup, guardFor, type BackupReason } from '../backup/backups'
import { writeBookFrom } from '../backup/backups'
import { backupSettings } from '../backup/settings'
import { findProfile } from '../setup/profile'
import { UploadStore } from '../files/uploads'
import type { Door } from '../files/deliver'
import { LoginThrottle } from '../auth/throttle'
import type { TaskContext } from '../worker/tasks'

/** Bytes come back from the worker as Uint8Array (structured clone); the host works with Buffers. */
function revive(v: unknown): unknown {
  if (v instanceof Uint8Array && !Buffer.isBuffer(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength)
  if (Array.isArray(v)) return v.map(revive)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]))
  return v
}

export interface ExecuteOptions {
  onProgress?: (p: Progress) => void
  /** The caller's login session, when users are on. */
  sessionToken?: string | null
  /** A user already authenticated by the door itself (the CLI's --user). */
  user?: AuthUser | null
  /** Which door asks (default 'local': the CLI, the desktop app after its own dialogs, tests). */
  door?: Door
  /** Where the request came from, for the login back-off (an HTTP address, 'cli', 'aplikasi'). */
  source?: string
  /** The Idempotency-Key a door received with a write: a retry with it gets the stored answer. */
  idempotencyKey?: string | null
  /** The browser a request over HTTP came from (office network mode). */
  device?: DeviceInfo | null
  /** The door can serve the office network (main/http/server.ts with a book file). */
  lanDoor?: boolean
}

export type { DevicePresence }

/** What every door talks to: Electron IPC, the HTTP bridge and the CLI. */
export interface Executor {
  execute(name: string, input: unknown, opts?: ExecuteOptions): Promise<CommandResponse<unknown>>
  /** Keeps a file a browser uploaded for a later command, by id. */
  receiveUpload(stream: Readable, name: string): Promise<UploadedFile>
  close(): Promise<void>
  /** The HTTP door tells whether a device's event stream is open (devices.list shows it). */
  setStream?(deviceId: string, open: boolean): void
  /** Called when devices.disconnect ended a device's sessions: the door closes its event streams. */
  onDisconnect?(listener: (deviceId: string) => void): void
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
 * Owns the open book: runs domain commands, sends heavy queries to the worker, and runs the host
 * commands (hostHandlers) that copy or replace the book file, read files handed over by a door or
 * check passwords off the main thread.
 */
export class BookHost implements Executor {
  private queue: Promise<unknown> = Promise.resolve()
  private changesSinceBackup = 0
  private lastBackupAt = 0
  private timer: NodeJS.Timeout | null = null
  private readonly actor: string
  private readonly now: () => Date
  private readonly usePool: boolean
  private readonly uploads = new UploadStore()
  private readonly throttle = new LoginThrottle(() => this.book)
  private readonly services: HostServices
  private readonly presence: DevicePresence = { streams: new Map(), lastSeen: new Map() }
  private readonly disconnectListeners = new Set<(deviceId: string) => void>()

  constructor(
    private book: Book,
    private pool: WorkerPool | null,
    options: LocalExecutorOptions = {}
  ) {
    this.actor = options.actor ?? 'bendahara'
    this.now = options.now ?? (() => new Date())
    this.usePool = pool !== null
    const scratchDir = options.scratchDir ?? join(tmpdir(), 'lumbung-periksa')
    this.services = {
      scratchDir,
      backupNow: (reason) => this.backupNow(reason),
      restoreFrom: (file, verification, actor) => this.restore(file, verification, actor),
      guard: () => guardFor(this.book, backupSettings(this.book).extraFolder),
      upload: (id) => this.uploads.resolve(id),
      changed: () => {
        this.changesSinceBackup++
      },
      throttle: this.throttle,
      auditEvent: (command, actor, input, after) => {
        if (this.book.readonly || !findProfile(this.book)) return
        this.book.tx(() => appendAudit(this.book, { at: this.now().toISOString(), actor, command, input, after }))
      },
      offload: async (label, task, input, ctx) => {
        if (!this.pool) {
          // Loaded when first needed: a CLI call that runs no task never loads the document builders.
          const { TASKS } = await import('../worker/tasks')
          return (TASKS[task] as (c: TaskContext, i: unknown) => Promise<never>)(
            { book: this.book, now: ctx.now, user: ctx.user, ...(ctx.progress ? { progress: ctx.progress } : {}) },
            input
          )
        }
        const r = await this.pool.runTask(label, task, input, ctx.progress, ctx.user, ctx.now())
        if (!r.ok) throw new CommandError(r.error.code, r.error.message, r.error.field)
        return revive(r.result) as never
      },
      cancel: async (label) => (this.pool ? this.pool.cancel(label) : 0),
      presence: this.presence,
      disconnected: (deviceId) => {
        for (const l of this.disconnectListeners) l(deviceId)
      },
      lan: { current: null }
    }
  }

  get file(): string {
    return this.book.file
  }

  /** The open connection, for the CLI's batch runner to bracket a whole file in one transaction. */
  sqliteForBatch(): Book['sqlite'] {
    return this.book.sqlite
  }

  /** Host operations run one at a time, and commands wait while one runs: a restore swaps the book. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Host mutations (backup, restore, import, close) run one at a time and hold other commands back
   * while they run: a restore swaps the book. Host queries (exports, checks) and password commands
   * only wait for a running one to finish; a cancellation goes through at once.
   */
  async execute(name: string, input: unknown, opts: ExecuteOptions = {}): Promise<CommandResponse<unknown>> {
    const def = isCommandName(name) ? commands[name] : null
    if (name === 'jobs.cancel') return this.executeNow(name, input, opts)
    if (def && 'host' in def && def.host && def.kind === 'mutation' && !PASSWORD_COMMANDS.has(name))
      return this.serial(() => this.executeNow(name, input, opts))
    await this.queue
    return this.executeNow(name, input, opts)
  }

  receiveUpload(stream: Readable, name: string): Promise<UploadedFile> {
    return this.uploads.receive(stream, name)
  }

  setStream(deviceId: string, open: boolean): void {
    const n = (this.presence.streams.get(deviceId) ?? 0) + (open ? 1 : -1)
    if (n > 0) this.presence.streams.set(deviceId, n)
    else this.presence.streams.delete(deviceId)
  }

  onDisconnect(listener: (deviceId: string) => void): void {
    this.disconnectListeners.add(listener)
  }

  /** A file received by another thread, handed over with its name. */
  adoptUpload(path: string, name: string): UploadedFile {
    return this.uploads.adopt(path, name)
  }

  private hostContext(opts: ExecuteOptions, user: AuthUser | null): HostContext {
    const door = opts.door ?? 'local'
    return {
      book: this.book,
      actor: user?.username ?? this.actor,
      user,
      now: this.now,
      sessionToken: opts.sessionToken ?? null,
      ...(opts.onProgress ? { progress: opts.onProgress } : {}),
      door,
      source: opts.source ?? (door === 'http' ? 'http' : 'lokal'),
      device: opts.device ?? null,
      lanDoor: opts.lanDoor === true,
      services: this.services
    }
  }

  /** The CLI's --user: the same checks, back-off and audit as a login at any other door. */
  async authenticate(username: string, password: string, opts: ExecuteOptions = {}): Promise<AuthUser> {
    await this.queue
    return authenticateAt(this.hostContext(opts, null), username, password)
  }

  private async executeNow(name: string, input: unknown, opts: ExecuteOptions): Promise<CommandResponse<unknown>> {
    if (opts.device) this.presence.lastSeen.set(opts.device.id, this.now().toISOString())
    if (!isCommandName(name)) return runCommand(this.baseContext(opts), name, input)
    if (isHostCommand(name)) return this.executeHost(name, input, opts)
    return this.executeDomain(name, input, opts)
  }

  private baseContext(opts: ExecuteOptions) {
    return {
      book: this.book,
      actor: this.actor,
      now: this.now,
      sessionToken: opts.sessionToken ?? null,
      user: opts.user ?? null,
      device: opts.device ?? null
    }
  }

  /**
   * What every command goes through at the host before it runs: its input validated, no file path
   * from a browser, the login switch kept on while the office network is up, and a retried write
   * answered from its Idempotency-Key.
   */
  private admit<K extends CommandName>(
    name: K,
    input: unknown,
    opts: ExecuteOptions
  ): { answer: CommandResponse<unknown> } | { input: CommandParsedInput<K>; claim: IdempotencyClaim | null } {
    const def = commands[name]
    let parsed: CommandParsedInput<K>
    try {
      parsed = parseCommandInput(name, input)
      refusePathsFrom(opts.door ?? 'local', def, parsed)
      if (name === 'auth.setEnabled' && fieldOf(parsed, 'enabled') === false && this.services.lan.current) {
        throw new CommandError(
          'CONFLICT',
          `Login pengguna tidak dapat dimatikan selama mode jaringan kantor menyala (${this.services.lan.current.url}); matikan mode jaringan kantor dulu.`,
          'enabled'
        )
      }
    } catch (e) {
      return { answer: toErrorResponse(e) }
    }
    // A write that came with an Idempotency-Key: a retry gets the answer kept with the first one.
    if (!opts.idempotencyKey || def.kind !== 'mutation' || UNKEPT_ANSWERS.has(name) || this.book.readonly)
      return { input: parsed, claim: null }
    try {
      checkKeyFormat(opts.idempotencyKey)
      const user = authorizeCommand(this.baseContext(opts), name)
      const claim: IdempotencyClaim = {
        key: opts.idempotencyKey,
        username: user?.username ?? null,
        command: name,
        inputHash: inputHash(input)
      }
      const stored = findProfile(this.book) ? storedAnswer(this.book, claim) : null
      if (stored) return { answer: { ok: true, result: stored.result, replayed: true } }
      return { input: parsed, claim }
    } catch (e) {
      return { answer: toErrorResponse(e) }
    }
  }

  private keeper(claim: IdempotencyClaim | null) {
    return claim ? (result: unknown) => storeAnswer(this.book, claim, result, this.now()) : undefined
  }

  /** A command of the domain: in one transaction with its audit record, or in the worker when heavy. */
  private executeDomain(
    name: CommandName,
    input: unknown,
    opts: ExecuteOptions
  ): CommandResponse<unknown> | Promise<CommandResponse<unknown>> {
    const admitted = this.admit(name, input, opts)
    if ('answer' in admitted) return admitted.answer
    const def = commands[name]
    const base = this.baseContext(opts)
    if (this.pool && def.heavy && def.kind === 'query') {
      let user: AuthUser | null
      try {
        // The session is resolved here; the worker re-checks the role of the user it is sent.
        user = authorizeCommand(base, name)
      } catch (e) {
        return toErrorResponse(e)
      }
      return this.pool.run(name, input, opts.onProgress, user)
    }
    const keep = this.keeper(admitted.claim)
    const r = runCommand(
      { ...base, ...(opts.onProgress ? { progress: opts.onProgress } : {}), ...(keep ? { inTransaction: keep } : {}) },
      name,
      input
    )
    if (r.ok && def.kind === 'mutation') this.changesSinceBackup++
    return r
  }

  /** A command the host runs itself, from the same registry, with the host context. */
  private async executeHost<K extends HostCommandName>(
    name: K,
    input: unknown,
    opts: ExecuteOptions
  ): Promise<CommandResponse<unknown>> {
    const admitted = this.admit(name, input, opts)
    if ('answer' in admitted) return admitted.answer
    const { claim } = admitted
    const keep = this.keeper(claim)
    try {
      const user = authorizeCommand(this.baseContext(opts), name)
      if (!PRE_SETUP_COMMANDS.has(name) && !findProfile(this.book)) {
        throw new CommandError(
          'NOT_INITIALIZED',
          'Buku belum disiapkan. Selesaikan wizard penyiapan (setup.initialize) terlebih dahulu.'
        )
      }
      const result = await hostHandlers[name](
        { ...this.hostContext(opts, user), ...(keep ? { inTransaction: keep } : {}) },
        admitted.input
      )
      // Kept in the write's transaction where the handler has one; its final form (or, for a handler
      // without one, the answer itself) is written now.
      if (claim && findProfile(this.book)) {
        const has = this.book.q.prepare('SELECT 1 FROM idempotency_keys WHERE key = ?').get(claim.key) !== undefined
        if (has) replaceAnswer(this.book, claim.key, result)
        else storeAnswer(this.book, claim, result, this.now())
      }
      return { ok: true, result }
    } catch (e) {
      return toErrorResponse(e)
    }
  }

  async backupNow(reason: BackupReason) {
    const r = await createBackup(this.book, reason, backupSettings(this.book).extraFolder, this.now())
    this.changesSinceBackup = 0
    this.lastBackupAt = this.now().getTime()
    return r
  }

  /** Saves the current book first (so the restore can be undone), then writes the verified file over it and reopens. */
  private async restore(file: string, verification: BookVerification, actor: string) {
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
    if (findProfile(this.book)) {
      this.book.tx(() =>
        appendAudit(this.book, {
          at: this.now().toISOString(),
          actor,
          command: 'backup.restore',
          input: { file: verification.file },
          after: { safetyBackup: safety.backups[0]?.name ?? null, entries: verification.entries }
        })
      )
    }
    return { restoredFrom: file, safetyBackup: safety.backups[0]?.file ?? '', verification }
  }

  /** At start: a backup of a set-up book, then a backup every N minutes while there are changes. */
  async startBackups(): Promise<void> {
    if (findProfile(this.book)) await this.backupNow('mulai')
    this.timer = setInterval(() => {
      const interval = backupSettings(this.book).intervalMinutes * 60_000
      if (this.changesSinceBackup > 0 && this.now().getTime() - this.lastBackupAt >= interval) {
        void this.serial(() => this.backupNow('berkala')).catch((e: unknown) =>
          console.error('Pencadangan berkala gagal:', e)
        )
      }
    }, 60_000)
    this.timer.unref()
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.queue
    const lan = this.services.lan.current
    if (lan) {
      // The program stops, and the office network with it: the trail says so.
      this.services.auditEvent(
        'network.stop',
        'sistem',
        { reason: 'program berhenti' },
        { address: lan.address, port: lan.port, fingerprint: lan.fingerprint }
      )
      this.services.lan.current = null
    }
    await this.pool?.close()
    this.uploads.close()
    this.book.close()
  }
}

/**
 * Host commands that only check or hash a password (on libuv's threads) before one short
 * transaction: they wait for a running backup or restore, but never hold others up, so a storm of
 * logins cannot stall the commands of people already at work.
 */
const PASSWORD_COMMANDS: ReadonlySet<string> = new Set([
  'auth.login',
  'auth.changePassword',
  'users.create',
  'users.resetPassword'
])

/**
 * Writes whose answer is not kept under an idempotency key: a login's answer holds the session token
 * (never stored), a restore replaces the very file the answer would be kept in, and setting up the book
 * happens before the table exists in its profile.
 */
const UNKEPT_ANSWERS: ReadonlySet<string> = new Set(['auth.login', 'backup.restore', 'setup.initialize'])

/**
 * Over HTTP no input may name a file on this computer: reads arrive as uploads, documents leave as
 * downloads. Refused before anything looks at the path, with the same answer whatever it names.
 */
export function refusePathsFrom(
  door: Door,
  def: { files?: { read?: readonly string[]; write?: readonly string[] } },
  input: unknown
): void {
  if (door !== 'http' || !def.files) return
  const fields = [...(def.files.read ?? []), ...(def.files.write ?? [])]
  for (const f of fields) {
    const v = fieldOf(input, f)
    if (v !== undefined && v !== null) {
      throw new CommandError(
        'INVALID_INPUT',
        'Berkas: lokasi berkas di komputer tidak diterima lewat peramban. Unggah berkasnya, atau unduh hasilnya.',
        f
      )
    }
  }
}

/** A field of an already validated input, read without asserting its shape. */
function fieldOf(input: unknown, key: string): unknown {
  return typeof input === 'object' && input !== null ? Reflect.get(input, key) : undefined
}

export function createExecutor(book: Book, options: LocalExecutorOptions = {}): BookHost {
  return new BookHost(book, options.pool ?? null, options)
}
