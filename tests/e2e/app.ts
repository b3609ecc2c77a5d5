import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import type { Executor } from '../../main/commands/executor'
import { startHttpBridge } from '../../main/http/server'
import { RemoteExecutor } from '../../main/host/remote'
import { SAMPLE_PROFILE, tempDir } from '../helpers/book'

export interface RunningApp {
  /** URL with the session token in its fragment, as `npm run web` prints it. */
  openUrl: string
  url: string
  token: string
  executor: Executor
  file: string
  close(): Promise<void>
}

/**
 * Starts browser mode on a fresh book in a temp folder (optionally already set up), as `npm run web`
 * does: the book in its own thread (`lan`: able to serve office network mode). `now` fixes the book's clock (the browser's is fixed with
 * page.clock); `province` sets the cooperative's province, and with it its time zone.
 */
export async function startApp(opts: { initialized?: boolean; booksStartDate?: string; now?: Date; province?: string; lan?: boolean } = {}): Promise<RunningApp> {
  const { dir, cleanup } = tempDir('lumbung-e2e-')
  const file = join(dir, 'buku.sqlite')
  const executor = await RemoteExecutor.start({ bookFile: file, create: true, program: 'mode peramban (uji)', ...(opts.now ? { fixedNow: opts.now.getTime() } : {}) })
  if (opts.initialized) {
    const start = opts.booksStartDate ?? '2026-01-01'
    const r = await executor.execute('setup.initialize', { profile: { ...SAMPLE_PROFILE, ...(opts.province ? { province: opts.province } : {}) }, firstFinancialYear: Number(start.slice(0, 4)), booksStartDate: start })
    if (!r.ok) throw new Error(r.error.message)
  }
  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url))
  const bridge = await startHttpBridge({ executor, staticDir, ...(opts.lan ? { bookFile: file } : {}) })
  return {
    openUrl: bridge.openUrl,
    url: bridge.url,
    token: bridge.token,
    executor,
    file,
    async close() {
      await bridge.close()
      await executor.close()
      cleanup()
    }
  }
}

/** Picks an account in the journal form's line picker by typing part of its code or name. */
export async function chooseAccount(page: Page, line: number, query: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: `Akun baris ${line}` })
  await picker.fill(query)
  await expect(page.getByRole('listbox', { name: 'Pilihan akun' })).toBeVisible()
  await picker.press('Enter')
}

/**
 * Puts money in the kas (modal penyertaan) on a date: a posting that takes kas below zero is refused,
 * so fixtures that pay out start with money in hand, as a real cooperative does.
 */
export async function fundCash(app: RunningApp, amount: number, date: string, account = '1-1101'): Promise<void> {
  const r = await app.executor.execute('journal.post', { date, description: 'Modal penyertaan desa', lines: [{ account, debit: amount }, { account: '3-2101', credit: amount }] })
  if (!r.ok) throw new Error(r.error.message)
}
