import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { openBook } from '../db/book'
import { createExecutor } from '../commands/executor'
import { startHttpBridge } from '../http/server'
import { WorkerPool } from '../worker/pool'
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
  const book = await openBook(file, { create: true })
  if (book.migration.backupFile) console.log(`Cadangan sebelum migrasi: ${book.migration.backupFile}`)
  const executor = createExecutor(book, { pool: new WorkerPool(file) })
  await executor.startBackups()
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
