import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { CommandParsedInput, HostCommandName } from '../../shared/commands'
import { CommandError } from '../../shared/errors'
import { todayOf } from '../setup/timezone'
import { confirmsFutureDate } from './context'
import type { Handler } from './handler'
import type { HostContext } from './host-context'
import { allBackups } from '../backup/settings'
import { appendAudit } from '../audit/trail'
import { findProfile, requireProfile } from '../setup/profile'
import { readTable } from '../import/table'
import { analyzeImport, commitImport } from '../import/members-import'
import { analyzeCollectionFile, collectSavings } from '../savings/collection'
import { closeWithBackup } from '../closing/close'
import { copyDatabaseSafely } from '../files/safe-write'
import { deliverDocument, describe, exportFolder, freeName, type ExportDocument } from '../files/deliver'
import { identify, bookFiles, sameFile } from '../files/file-identity'
import { exportFileName, type ExportNaming } from '../../shared/files/document-name'
import { hashPasswordAsync, verifyPasswordAsync } from '../auth/passwords'
import { assertUsernameFree, createUser, getUser, resetPassword, setOwnPassword, startSession } from '../auth/users'
import { authenticateAt } from '../auth/login'
import { disconnectDevice, listDevices } from '../auth/devices'
import { networkStatus, prepareLan } from '../network/lan'

/** Runs fn as one mutation: one transaction with its audit record. */
function mutate<T>(h: HostContext, command: string, input: unknown, fn: () => T, after?: (r: T) => unknown): T {
  if (h.book.readonly) throw new CommandError('READ_ONLY', 'Buku dibuka hanya-baca; perubahan tidak dapat disimpan.')
  const r = h.book.tx(() => {
    const result = fn()
    appendAuditNow(h, command, input, after ? after(result) : result)
    h.inTransaction?.(result)
    return result
  })
  h.services.changed()
  return r
}

function appendAuditNow(h: HostContext, command: string, input: unknown, after: unknown): void {
  appendAudit(h.book, {
    at: h.now().toISOString(),
    actor: h.user?.username ?? h.actor,
    command,
    input,
    after,
    device: h.device ?? null
  })
}

/**
 * The file a command is to read: a path (the CLI, a desktop dialog), an upload by id, or a backup of
 * this book by name. Over HTTP a path never reaches here (the executor refuses it first), so nothing
 * a browser sends can probe or read the computer's files.
 */
function source(
  h: HostContext,
  input: { file?: string | undefined; uploadId?: string | undefined; backup?: string | undefined }
): { path: string; name: string } {
  const given = [input.file, input.uploadId, input.backup].filter((v) => v !== undefined).length
  if (given !== 1)
    throw new CommandError(
      'INVALID_INPUT',
      'Berkas: pilih satu berkas (unggah berkasnya atau pilih dari daftar)',
      'file'
    )
  if (input.uploadId !== undefined) {
    const u = h.services.upload(input.uploadId)
    if (!u)
      throw new CommandError(
        'INVALID_INPUT',
        'Berkas: unggahan tidak dikenal atau sudah kedaluwarsa; unggah berkasnya lagi',
        'uploadId'
      )
    return u
  }
  if (input.backup !== undefined) {
    const b = allBackups(h.book).find((x) => x.name === input.backup)
    if (!b)
      throw new CommandError('NOT_FOUND', `Cadangan ${input.backup} tidak ada di daftar cadangan buku ini`, 'backup')
    return { path: b.file, name: b.name }
  }
  return { path: input.file!, name: basename(input.file!) }
}

/** Refuses reading the open book itself as a "backup": restoring it would destroy it. */
function notTheOpenBook(h: HostContext, path: string): void {
  const id = identify(path)
  for (const f of bookFiles(h.book.file)) {
    if (sameFile(id, identify(f)))
      throw new CommandError(
        'INVALID_INPUT',
        'Berkas: yang dipilih adalah buku yang sedang dibuka, bukan cadangan. Pilih berkas cadangan.',
        'file'
      )
  }
}

function deliver(
  h: HostContext,
  doc: ExportDocument,
  target: { file?: string | undefined; overwrite?: boolean | undefined }
) {
  return deliverDocument(doc, target, { door: h.door, bookFile: h.book.file, guard: h.services.guard() })
}

/** The document under its default name `<koperasi>-<dokumen>-<periode>.<ext>` (the same the save dialog suggests). */
function named<D extends ExportDocument>(h: HostContext, doc: D, naming: ExportNaming): D {
  return { ...doc, name: exportFileName(requireProfile(h.book).name, naming) }
}

async function bookExport(h: HostContext, input: CommandParsedInput<'book.export'>) {
  const profile = requireProfile(h.book)
  const name = exportFileName(profile.name, { command: 'book.export', today: todayOf(h) })
  const verify = (partial: string) => h.services.offload('book.export', 'book.checkCopy', { path: partial }, h)
  if (h.door === 'http') {
    mkdirSync(h.services.scratchDir, { recursive: true })
    const tmp = join(h.services.scratchDir, `ekspor-${process.pid}-${Date.now()}.lumbung`)
    try {
      await copyDatabaseSafely(h.book.sqlite, tmp, h.services.guard(), { verify })
      const out = describe({ name, mime: 'application/x-sqlite3', bytes: readFileSync(tmp) }, null, true)
      h.book.tx(() => appendAuditNow(h, 'book.export', input, { file: null, size: out.size, sha256: out.sha256 }))
      return out
    } finally {
      rmSync(tmp, { force: true })
    }
  }
  let target = input.file
  if (target !== undefined && !/\.(sqlite|lumbung)$/i.test(target))
    throw new CommandError('INVALID_INPUT', 'Berkas: nama berkas harus berakhiran .lumbung atau .sqlite', 'file')
  if (target === undefined) {
    mkdirSync(exportFolder(h.book.file), { recursive: true })
    target = freeName(exportFolder(h.book.file), name)
  }
  const written = await copyDatabaseSafely(h.book.sqlite, target, h.services.guard(), {
    overwrite: input.overwrite ?? false,
    verify
  })
  h.book.tx(() =>
    appendAuditNow(h, 'book.export', input, { file: written.file, size: written.size, sha256: written.sha256 })
  )
  return {
    file: written.file,
    name: basename(written.file),
    size: written.size,
    mime: 'application/x-sqlite3',
    sha256: written.sha256
  }
}

/** Every command the book host runs itself, one entry each; the compiler refuses a missing one. */
export const hostHandlers: { [K in HostCommandName]: Handler<K> } = {
  'backup.create': async (h) => {
    const r = await h.services.backupNow('manual')
    h.book.tx(() => {
      appendAuditNow(h, 'backup.create', {}, { backups: r.backups.map((b) => b.file), warnings: r.warnings })
      h.inTransaction?.(r)
    })
    return r
  },
  'backup.verify': async (h, input) => {
    const s = source(h, input)
    const v = await h.services.offload(
      'backup.verify',
      'backup.verifyFile',
      { path: s.path, scratchDir: h.services.scratchDir },
      h
    )
    const cur = h.book.sqlite.prepare('SELECT count(*) AS n, max(date) AS d FROM journal_entries').get() as {
      n: number
      d: string | null
    }
    return {
      ...v,
      file: s.name,
      current: { cooperative: findProfile(h.book)?.name ?? null, entries: cur.n, lastEntryDate: cur.d }
    }
  },
  'backup.restore': async (h, input) => {
    const s = source(h, input)
    notTheOpenBook(h, s.path)
    const v = await h.services.offload(
      'backup.restore',
      'backup.verifyFile',
      { path: s.path, scratchDir: h.services.scratchDir },
      h
    )
    if (!v.ok)
      throw new CommandError('CONFLICT', `Berkas tidak dapat dipulihkan: ${v.problems.slice(0, 3).join('; ')}`, 'file')
    const r = await h.services.restoreFrom(s.path, { ...v, file: s.name }, h.user?.username ?? h.actor)
    return { ...r, restoredFrom: s.name }
  },
  'book.export': bookExport,
  'members.importPreview': async (h, input) => {
    requireProfile(h.book)
    const s = source(h, input)
    const table = await readTable(s.path, s.name)
    return analyzeImport(h.book, s.name, table, input.mapping, input.openingDate, todayOf(h)).preview
  },
  'members.import': async (h, input) => {
    requireProfile(h.book)
    const s = source(h, input)
    const table = await readTable(s.path, s.name)
    return mutate(
      h,
      'members.import',
      { ...input, file: s.name },
      () => {
        const analysis = analyzeImport(h.book, s.name, table, input.mapping, input.openingDate, todayOf(h))
        return commitImport(
          { ...h, allowFutureDate: confirmsFutureDate(input) },
          analysis,
          input.openingDate,
          input.offsetAccount,
          input.acceptWarnings
        )
      },
      (r) => ({ members: r.members, entry: r.entry, totals: r.totals })
    )
  },
  'savings.collectionImportPreview': async (h, input) => {
    requireProfile(h.book)
    const s = source(h, input)
    return { ...analyzeCollectionFile(h.book, s.name, await readTable(s.path, s.name)), file: s.name }
  },
  'savings.collectionImport': async (h, input) => {
    requireProfile(h.book)
    const s = source(h, input)
    const table = await readTable(s.path, s.name)
    return mutate(h, 'savings.collectionImport', { ...input, file: s.name }, () => {
      const p = analyzeCollectionFile(h.book, s.name, table)
      if (p.errors.length) {
        throw new CommandError(
          'CONFLICT',
          `${p.errors.length} kesalahan di berkas (mis. baris ${p.errors[0]!.row}: ${p.errors[0]!.message}). Perbaiki lalu impor lagi; belum ada yang disimpan.`,
          'file'
        )
      }
      if (p.items.length === 0)
        throw new CommandError('INVALID_INPUT', 'Tidak ada baris potongan untuk dibukukan', 'file')
      return collectSavings(
        { ...h, allowFutureDate: confirmsFutureDate(input) },
        {
          date: input.date,
          cashAccount: input.cashAccount,
          reference: input.reference ?? null,
          description: `Potongan gaji / setoran massal (${p.items.length} anggota)`,
          items: p.items.map((it) => ({ memberId: it.memberId, type: it.type, amount: it.amount }))
        }
      )
    })
  },
  'book.exportJournal': async (h, input) => {
    const profile = requireProfile(h.book)
    const text = await h.services.offload(
      'book.exportJournal',
      'journal.plainText',
      { format: input.format, from: input.from ?? null, to: input.to ?? null },
      h
    )
    const name = exportFileName(profile.name, {
      command: 'book.exportJournal',
      format: input.format,
      from: input.from,
      to: input.to
    })
    return deliver(h, { name, mime: 'text/plain; charset=utf-8', bytes: Buffer.from(text, 'utf8') }, input)
  },
  'panduan.memberSheetExport': async (h, input) => {
    requireProfile(h.book)
    const doc = named(
      h,
      await h.services.offload(
        'panduan.memberSheetExport',
        'panduan.memberSheets',
        { year: input.year, format: input.format },
        h
      ),
      { command: 'panduan.memberSheetExport', year: input.year, format: input.format }
    )
    return { ...deliver(h, doc, input), members: doc.members, ...(doc.pages !== undefined ? { pages: doc.pages } : {}) }
  },
  'devices.list': async (h) => listDevices(h.book, h.services.presence, h.now()),
  'devices.disconnect': async (h, input) => {
    const r = mutate(h, 'devices.disconnect', input, () => disconnectDevice(h.book, input.deviceId))
    h.services.disconnected(input.deviceId)
    return { deviceId: r.deviceId, users: r.users, sessions: r.sessions.length }
  },
  'jobs.cancel': async (h, input) => ({ cancelled: await h.services.cancel(input.command) }),
  'closing.close': async (h, input) => {
    const r = await closeWithBackup(
      { book: h.book, actor: h.user?.username ?? h.actor, user: h.user, now: h.now },
      input,
      () => h.services.backupNow('sebelum-tutup-tahun')
    )
    h.services.changed()
    return r
  },
  'statements.export': async (h, input) => {
    requireProfile(h.book)
    const doc = await h.services.offload('statements.export', 'statements.document', input, h)
    const asOf = input.asOf ?? input.to ?? todayOf(h)
    return deliver(
      h,
      named(h, doc, {
        command: 'statements.export',
        statement: input.statement,
        format: input.format,
        asOf,
        from: input.from,
        to: input.to ?? asOf
      }),
      input
    )
  },
  'statements.periodicExport': async (h, input) => {
    requireProfile(h.book)
    const doc = await h.services.offload('statements.periodicExport', 'statements.periodicDocument', input, h)
    return deliver(
      h,
      named(h, doc, {
        command: 'statements.periodicExport',
        kind: input.kind,
        year: input.year,
        number: input.number,
        format: input.format
      }),
      input
    )
  },
  'books.export': async (h, input) => {
    requireProfile(h.book)
    const doc = await h.services.offload('books.export', 'books.document', input, h)
    return { ...deliver(h, doc, input), rows: doc.rows, ...(doc.pages !== undefined ? { pages: doc.pages } : {}) }
  },
  'ratbook.pdf': async (h, input) => {
    requireProfile(h.book)
    const doc = named(h, await h.services.offload('ratbook.pdf', 'ratbook.document', { year: input.year }, h), {
      command: 'ratbook.pdf',
      year: input.year
    })
    return { ...deliver(h, doc, input), pages: doc.pages }
  },
  'dinas.export': async (h, input) => {
    requireProfile(h.book)
    const docs = await h.services.offload(
      'dinas.export',
      'dinas.documents',
      { year: input.year, format: input.format },
      h
    )
    const main = named(h, docs.main, { command: 'dinas.export', year: input.year, format: input.format })
    const payload =
      docs.payload && named(h, docs.payload, { command: 'dinas.export', year: input.year, format: 'json' })
    const out = deliver(h, main, input)
    if (!payload) return { ...out, payloadFile: input.format === 'json' ? out.file : null, payload: null }
    const companion = out.file
      ? {
          file: out.file.replace(new RegExp(`${extname(out.file).replace('.', '\\.')}$`, 'i'), '.lumbung.json'),
          overwrite: input.overwrite
        }
      : {}
    const p = deliver(h, payload, companion)
    return { ...out, payloadFile: p.file, payload: p }
  },
  'dinas.periodicExport': async (h, input) => {
    requireProfile(h.book)
    const docs = await h.services.offload(
      'dinas.periodicExport',
      'dinas.periodicDocuments',
      { year: input.year, quarter: input.quarter, format: input.format },
      h
    )
    const main = named(h, docs.main, {
      command: 'dinas.periodicExport',
      year: input.year,
      quarter: input.quarter,
      format: input.format
    })
    const out = deliver(h, main, input)
    if (!docs.payload) return { ...out, payloadFile: out.file, payload: null }
    const payload = named(h, docs.payload, {
      command: 'dinas.periodicExport',
      year: input.year,
      quarter: input.quarter,
      format: 'json'
    })
    const companion = out.file
      ? { file: out.file.replace(/\.xlsx$/i, '.lumbung.json'), overwrite: input.overwrite }
      : {}
    const p = deliver(h, payload, companion)
    return { ...out, payloadFile: p.file, payload: p }
  },
  'dinas.periodicRecapExport': async (h, input) => {
    requireProfile(h.book)
    const doc = await h.services.offload(
      'dinas.periodicRecapExport',
      'dinas.periodicRecapDocument',
      { year: input.year },
      h
    )
    return {
      ...deliver(h, named(h, doc, { command: 'dinas.periodicRecapExport', year: input.year }), input),
      payloadFile: null,
      payload: null
    }
  },
  'dinas.importExport': async (h, input) => {
    requireProfile(h.book)
    const s = source(h, input)
    const { importSubmission } = await import('../dinas/consolidation')
    return mutate(h, 'dinas.importExport', { ...input, file: s.name }, () =>
      importSubmission(h.book, s.path, h.user?.username ?? h.actor, h.now(), s.name)
    )
  },
  'dinas.recapExport': async (h, input) => {
    requireProfile(h.book)
    const doc = await h.services.offload(
      'dinas.recapExport',
      'dinas.recapDocument',
      { year: input.year, format: input.format },
      h
    )
    return {
      ...deliver(h, named(h, doc, { command: 'dinas.recapExport', year: input.year, format: input.format }), input),
      payloadFile: null,
      payload: null
    }
  },
  'auth.login': async (h, input) => {
    const user = await authenticateAt(h, input.username, input.password)
    // The audit record names who logged in.
    const r = mutate(
      { ...h, user, actor: user.username },
      'auth.login',
      { username: input.username },
      () => startSession(h, user),
      (s) => ({ user: s.user.username, expiresAt: s.expiresAt, session: s.session, door: h.door, source: h.source })
    )
    return { sessionToken: r.sessionToken, user: r.user, expiresAt: r.expiresAt }
  },
  'auth.changePassword': async (h, input) => {
    if (!h.user)
      throw new CommandError('UNAUTHORIZED', 'Login pengguna tidak aktif; tidak ada kata sandi untuk diganti')
    const row = h.book.sqlite.prepare('SELECT password_hash FROM users WHERE id = ?').get(h.user.id) as
      { password_hash: string } | undefined
    if (!row || !(await verifyPasswordAsync(input.currentPassword, row.password_hash)))
      throw new CommandError('UNAUTHORIZED', 'Kata sandi saat ini salah', 'currentPassword')
    const hash = await hashPasswordAsync(input.newPassword)
    mutate(h, 'auth.changePassword', {}, () => setOwnPassword(h, hash))
    return { ok: true as const }
  },
  'users.create': async (h, input) => {
    assertUsernameFree(h.book, input.username)
    const hash = await hashPasswordAsync(input.password)
    const { password: _pw, ...rest } = input
    const r = mutate(h, 'users.create', rest, () => createUser(h, rest, hash))
    const { credential: _c, ...user } = r
    return user
  },
  'users.resetPassword': async (h, input) => {
    getUser(h.book, input.username)
    const hash = await hashPasswordAsync(input.password)
    const r = mutate(h, 'users.resetPassword', { username: input.username }, () =>
      resetPassword(h, input.username, hash)
    )
    const { credential: _c, ...user } = r
    return user
  },
  'network.status': async (h) => networkStatus(h.book, h.lanDoor, h.services.lan.current),
  'network.start': async (h, input) => {
    const state = await prepareLan(h.book, {
      available: h.lanDoor,
      running: h.services.lan.current,
      address: input.address,
      port: input.port,
      actor: h.user?.username ?? h.actor,
      now: h.now()
    })
    mutate(
      h,
      'network.start',
      input,
      () => state,
      (s) => ({
        address: s.address,
        port: s.port,
        interface: s.interfaceName,
        url: s.url,
        fingerprint: s.fingerprint,
        door: h.door,
        source: h.source
      })
    )
    h.services.lan.current = state
    return state
  },
  'network.stop': async (h, input) => {
    const was = h.services.lan.current
    if (!was) return { stopped: false, was: null }
    mutate(
      h,
      'network.stop',
      input,
      () => was,
      (s) => ({
        address: s.address,
        port: s.port,
        fingerprint: s.fingerprint,
        ...(input.failure ? { failure: input.failure } : {}),
        door: h.door,
        source: h.source
      })
    )
    h.services.lan.current = null
    return { stopped: true, was }
  }
}
