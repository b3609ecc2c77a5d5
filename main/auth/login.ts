import { CommandError } from '../../shared/errors'
import type { AuthUser } from '../../shared/commands/auth'
import type { HostContext } from '../commands/host-context'
import { checkCredentials, WRONG_CREDENTIALS } from './users'
import { waitMessage } from './throttle'

function loginKeys(h: HostContext, username: string): string[] {
  // Per device too (office network): several desks behind one address do not block each other's counts away.
  return [`pengguna:${username.toLowerCase()}`, `sumber:${h.source}`, ...(h.device ? [`perangkat:${h.device.id}`] : [])]
}

/** Checks a password with back-off; a failure is audited (name tried, time, door) and counted. */
export async function authenticateAt(h: HostContext, username: string, password: string): Promise<AuthUser> {
  const keys = loginKeys(h, username)
  return h.services.throttle.exclusive(keys, () => checkWithBackoff(h, keys, username, password))
}

async function checkWithBackoff(h: HostContext, keys: string[], username: string, password: string): Promise<AuthUser> {
  const now = h.now()
  const wait = h.services.throttle.waitSeconds(keys, now)
  if (wait > 0) throw new CommandError('UNAUTHORIZED', waitMessage(wait), 'password')
  const user = await checkCredentials(h.book, username, password)
  if (!user) {
    const f = h.services.throttle.fail(keys, h.now())
    h.services.auditEvent(
      'auth.loginFailed',
      '(tidak dikenal)',
      { username, door: h.door, source: h.source, ...(h.device ? { device: h.device } : {}) },
      { failures: f.failures, waitSeconds: f.waitSeconds }
    )
    throw new CommandError(
      'UNAUTHORIZED',
      f.waitSeconds > 0 ? `${WRONG_CREDENTIALS}. ${waitMessage(f.waitSeconds)}` : WRONG_CREDENTIALS,
      'password'
    )
  }
  h.services.throttle.succeed(keys, h.now())
  return user
}
