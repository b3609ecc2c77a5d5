import { createHash, randomBytes } from 'node:crypto'
import { CommandError } from '../../shared/errors'
import type { AuthUser } from '../../shared/commands/auth'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { qb, type Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { DUMMY_PASSWORD_HASH, verifyPasswordAsync } from './passwords'
import { getSetting, setSetting } from '../settings'
import { credentialOf, sessionFingerprint } from '../audit/rederive'

const ENABLED_KEY = 'auth.enabled'
const SESSION_HOURS = 12

type UserRow = Row<'users'>

const toUser = (r: UserRow): AuthUser => ({
  id: r.id,
  username: r.username,
  fullName: r.full_name,
  role: r.role,
  isActive: r.is_active === 1
})

export function authEnabled(book: Book): boolean {
  return getSetting(book, ENABLED_KEY) === 'true'
}

function findUser(book: Book, username: string): UserRow | undefined {
  return book.q.first(qb.selectFrom('users').selectAll().where('username', '=', username))
}

export function getUser(book: Book, username: string, field = 'username'): AuthUser {
  const r = findUser(book, username)
  if (!r) throw new CommandError('NOT_FOUND', `Pengguna ${username} tidak ditemukan`, field)
  return toUser(r)
}

export function listUsers(book: Book): AuthUser[] {
  return book.q.all(qb.selectFrom('users').selectAll().orderBy('username')).map(toUser)
}

export const WRONG_CREDENTIALS = 'Nama pengguna atau kata sandi salah'

/**
 * Checks a username and password off the main thread. An unknown or inactive user is checked
 * against a dummy hash all the same, so every failure takes as long and reads the same.
 */
export async function checkCredentials(book: Book, username: string, password: string): Promise<AuthUser | null> {
  const r = findUser(book, username)
  const ok = await verifyPasswordAsync(password, r?.password_hash ?? DUMMY_PASSWORD_HASH)
  return ok && r !== undefined && r.is_active === 1 ? toUser(r) : null
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** Opens a session for a user whose password was checked; returns the token once (never stored). */
export function startSession(ctx: CommandContext, user: AuthUser) {
  const token = randomBytes(32).toString('base64url')
  const now = ctx.now()
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString()
  ctx.book.q.run(qb.deleteFrom('sessions').where('expires_at', '<', now.toISOString()))
  const d = ctx.device ?? null
  // The device columns are written only when a door names a device, so a book still at an older
  // schema (the migration tests open one) can log in through the other doors.
  const session = {
    token_hash: tokenHash(token),
    user_id: user.id,
    created_at: now.toISOString(),
    expires_at: expiresAt
  }
  ctx.book.q.run(
    qb
      .insertInto('sessions')
      .values(d ? { ...session, device_id: d.id, device_label: d.label, device_address: d.address } : session)
  )
  return { sessionToken: token, user, expiresAt, session: sessionFingerprint(tokenHash(token)) }
}

export function userForSession(book: Book, token: string | null | undefined, now: Date): AuthUser | null {
  if (!token) return null
  const r = book.q.first(
    qb
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .where('s.token_hash', '=', tokenHash(token))
      .where('s.expires_at', '>', now.toISOString())
      .where('u.is_active', '=', 1)
  )
  return r ? toUser(r) : null
}

export function logout(ctx: CommandContext): { ok: true } {
  if (ctx.sessionToken) ctx.book.q.run(qb.deleteFrom('sessions').where('token_hash', '=', tokenHash(ctx.sessionToken)))
  return { ok: true }
}

/** The logged-in user's new password, already hashed (the current one checked by the door). */
export function setOwnPassword(
  ctx: CommandContext,
  passwordHash: string
): { ok: true; username: string; credential: string } {
  if (!ctx.user)
    throw new CommandError('UNAUTHORIZED', 'Login pengguna tidak aktif; tidak ada kata sandi untuk diganti')
  ctx.book.q.run(
    qb
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: nowIso(ctx) })
      .where('id', '=', ctx.user.id)
  )
  return { ok: true, username: ctx.user.username, credential: credentialOf(passwordHash) }
}

function activeBendaharaCount(book: Book): number {
  return book.q.first(
    qb
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'bendahara')
      .where('is_active', '=', 1)
  )!.n
}

export function setAuthEnabled(ctx: CommandContext, enabled: boolean): { enabled: boolean } {
  if (enabled && activeBendaharaCount(ctx.book) === 0) {
    throw new CommandError(
      'CONFLICT',
      'Buat dulu paling sedikit satu pengguna aktif dengan peran bendahara sebelum menyalakan login',
      'enabled'
    )
  }
  setSetting(ctx.book, ENABLED_KEY, enabled ? 'true' : 'false')
  if (!enabled) ctx.book.q.run(qb.deleteFrom('sessions'))
  return { enabled }
}

export function assertUsernameFree(book: Book, username: string): void {
  if (findUser(book, username))
    throw new CommandError('CONFLICT', `Nama pengguna ${username} sudah dipakai`, 'username')
}

export function createUser(
  ctx: CommandContext,
  input: Omit<CommandParsedInput<'users.create'>, 'password'>,
  passwordHash: string
): AuthUser & { credential: string } {
  assertUsernameFree(ctx.book, input.username)
  const at = nowIso(ctx)
  ctx.book.q.run(
    qb.insertInto('users').values({
      username: input.username,
      full_name: input.fullName,
      role: input.role,
      password_hash: passwordHash,
      is_active: 1,
      created_at: at,
      updated_at: at
    })
  )
  return { ...getUser(ctx.book, input.username), credential: credentialOf(passwordHash) }
}

export function updateUser(ctx: CommandContext, input: CommandParsedInput<'users.update'>): AuthUser {
  const u = getUser(ctx.book, input.username)
  const role = input.role ?? u.role
  const active = input.active ?? u.isActive
  if (
    u.role === 'bendahara' &&
    u.isActive &&
    (role !== 'bendahara' || !active) &&
    authEnabled(ctx.book) &&
    activeBendaharaCount(ctx.book) <= 1
  ) {
    throw new CommandError(
      'CONFLICT',
      'Harus tetap ada paling sedikit satu bendahara aktif selama login menyala',
      'role'
    )
  }
  ctx.book.q.run(
    qb
      .updateTable('users')
      .set({ full_name: input.fullName ?? u.fullName, role, is_active: active ? 1 : 0, updated_at: nowIso(ctx) })
      .where('id', '=', u.id)
  )
  if (!active) ctx.book.q.run(qb.deleteFrom('sessions').where('user_id', '=', u.id))
  return getUser(ctx.book, input.username)
}

export function resetPassword(
  ctx: CommandContext,
  username: string,
  passwordHash: string
): AuthUser & { credential: string } {
  const u = getUser(ctx.book, username)
  ctx.book.q.run(
    qb
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: nowIso(ctx) })
      .where('id', '=', u.id)
  )
  ctx.book.q.run(qb.deleteFrom('sessions').where('user_id', '=', u.id))
  return { ...u, credential: credentialOf(passwordHash) }
}

/** Whether logins are on, who is logged in, and whether any user exists yet (the first one is set up then). */
export function authStatus(ctx: CommandContext) {
  return {
    enabled: authEnabled(ctx.book),
    user: ctx.user ?? null,
    hasUsers: ctx.book.q.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined
  }
}
