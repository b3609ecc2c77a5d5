import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { startHttpBridge, type HttpBridge } from '../http/server'
import { RemoteExecutor } from '../host/remote'
import { defaultBookFile } from '../paths'
import { LAN_DEFAULT_PORT, type LanState } from '../../shared/commands/network'
import { listAddresses } from '../network/interfaces'
import { lanWarning } from '../network/lan'
import { lanStartFailed, listenAfterStart } from '../network/door'

/** Reads a password from the terminal without echoing it. */
function askPassword(prompt: string): Promise<string> {
  return new Promise((ok) => {
    const stdin = process.stdin
    process.stdout.write(prompt)
    let value = ''
    stdin.setRawMode?.(true)
    stdin.resume()
    const onData = (b: Buffer) => {
      for (const ch of b.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode?.(false)
          stdin.pause()
          stdin.off('data', onData)
          process.stdout.write('\n')
          return ok(value)
        }
        if (ch === '\u0003') process.exit(130)
        if (ch === '\u007f') value = value.slice(0, -1)
        else value += ch
      }
    }
    stdin.on('data', onData)
  })
}

/**
 * `--lan`: office network mode from the terminal. The one who switches it on logs in (a bendahara:
 * `--user`, the password from LUMBUNG_PASSWORD or asked here), so the audit trail names them.
 */
async function startLanFromTerminal(
  executor: RemoteExecutor,
  bridge: HttpBridge,
  args: { host: string | undefined; port: number; user: string | undefined }
): Promise<LanState> {
  const address = args.host ?? listAddresses().find((a) => !a.internal)?.address
  if (!address) throw new Error('Tidak ada alamat jaringan lokal di komputer ini; sebutkan dengan --host <alamat>.')
  if (!args.user)
    throw new Error(
      'Mode jaringan kantor dinyalakan oleh bendahara: tambahkan --user <nama> (kata sandi dari LUMBUNG_PASSWORD atau ditanyakan).'
    )
  const password =
    process.env.LUMBUNG_PASSWORD ?? (process.stdin.isTTY ? await askPassword(`Kata sandi ${args.user}: `) : '')
  const opts = { door: 'local' as const, source: 'terminal', lanDoor: true }
  const login = await executor.execute('auth.login', { username: args.user, password }, opts)
  if (!login.ok) throw new Error(login.error.message)
  const sessionToken = (login.result as { sessionToken: string }).sessionToken
  try {
    const r = await executor.execute('network.start', { address, port: args.port }, { ...opts, sessionToken })
    if (!r.ok) throw new Error(r.error.message)
    const state = r.result as LanState
    const failure = await listenAfterStart(bridge, executor, state, { ...opts, sessionToken })
    if (failure) throw new Error(lanStartFailed(failure))
    return state
  } finally {
    await executor.execute('auth.logout', {}, { ...opts, sessionToken })
  }
}

/** Browser mode: the same commands as the Electron window, over loopback HTTP (and HTTPS on the LAN with --lan). */
async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const opt = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const file = resolve(opt('--db') ?? process.env.LUMBUNG_DB ?? defaultBookFile())
  const lanOn = args.includes('--lan')
  // With --lan, --port is the office network's port; the loopback door takes any free one.
  const port = lanOn ? Number(opt('--loopback-port') ?? 0) : Number(opt('--port') ?? process.env.LUMBUNG_PORT ?? 0)
  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url))
  // The book lives in its own thread: the server answers (and the progress stream flows) while it works.
  const executor = await RemoteExecutor.start({
    bookFile: file,
    create: true,
    program: 'mode peramban',
    startBackups: true
  })
  if (executor.migration.backupFile) console.log(`Cadangan sebelum migrasi: ${executor.migration.backupFile}`)
  const bridge = await startHttpBridge({ executor, staticDir, port, bookFile: executor.file })
  console.log(`Lumbung (mode peramban) berjalan.\nBuku: ${file}\nBuka di peramban: ${bridge.openUrl}`)
  const stop = async () => {
    await bridge.close()
    await executor.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  if (lanOn) {
    try {
      const state = await startLanFromTerminal(executor, bridge, {
        host: opt('--host'),
        port: Number(opt('--port') ?? LAN_DEFAULT_PORT),
        user: opt('--user')
      })
      console.log(
        `\n${lanWarning(state)}\nAlamat untuk perangkat lain: ${state.url}\nSidik jari sertifikat (SHA-256): ${state.fingerprint}\nKode pasangan: ${state.pairingCode}`
      )
    } catch (e) {
      console.error(e instanceof Error ? e.message : e)
      await bridge.close()
      await executor.close()
      process.exit(1)
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
