import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { startHttpBridge } from '../http/server'
import { RemoteExecutor } from '../host/remote'
import { defaultBookFile } from '../paths'

/** Browser mode: the same commands as the Electron window, over loopback HTTP. */
async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const opt = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const file = resolve(opt('--db') ?? process.env.LUMBUNG_DB ?? defaultBookFile())
  const port = Number(opt('--port') ?? process.env.LUMBUNG_PORT ?? 0)
  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url))
  // The book lives in its own thread: the server answers (and the progress stream flows) while it works.
  const executor = await RemoteExecutor.start({ bookFile: file, create: true, program: 'mode peramban', startBackups: true })
  if (executor.migration.backupFile) console.log(`Cadangan sebelum migrasi: ${executor.migration.backupFile}`)
  const bridge = await startHttpBridge({ executor, staticDir, port })
  console.log(`Lumbung (mode peramban) berjalan.\nBuku: ${file}\nBuka di peramban: ${bridge.openUrl}`)
  const stop = async () => {
    await bridge.close()
    await executor.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
