import { join } from 'node:path'
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
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
export async function startApp(
  opts: { initialized?: boolean; booksStartDate?: string; now?: Date; province?: string; lan?: boolean } = {}
): Promise<RunningApp> {
  const { dir, cleanup } = tempDir('lumbung-e2e-')
  const file = join(dir, 'buku.sqlite')
  const executor = await RemoteExecutor.start({
    bookFile: file,
    create: true,
    program: 'mode peramban (uji)',
    ...(opts.now ? { fixedNow: opts.now.getTime() } : {})
  })
  if (opts.initialized) {
    const start = opts.booksStartDate ?? '2026-01-01'
    const r = await executor.execute('setup.initialize', {
      profile: { ...SAMPLE_PROFILE, ...(opts.province ? { province: opts.province } : {}) },
      firstFinancialYear: Number(start.slice(0, 4)),
      booksStartDate: start
    })
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
  const r = await app.executor.execute('journal.post', {
    date,
    description: 'Modal penyertaan desa',
    lines: [
      { account, debit: amount },
      { account: '3-2101', credit: amount }
    ]
  })
  if (!r.ok) throw new Error(r.error.message)
}

/**
 * A book for the desks (kasir days, office network): a member with simpanan pokok, 20 kg beras in
 * stock at Rp14.000, the given users, and login switched on. Returns the member's id.
 */
export async function deskBook(
  app: RunningApp,
  users: readonly { username: string; fullName: string; role: string; password: string }[]
): Promise<number> {
  await fundCash(app, 5_000_000, '2026-01-02')
  const run = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await app.executor.execute(name as never, input as never)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result as T
  }
  await run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  const memberId = (
    await run<{ id: number }>('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' })
  ).id
  await run('savings.deposit', { memberId, type: 'POKOK', amount: 50_000, date: '2026-01-05' })
  const beras = await run<{ id: number }>('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14_000
  })
  const sup = await run<{ id: number }>('trading.saveSupplier', { name: 'UD Makmur' })
  await run('trading.purchase', {
    date: '2026-01-06',
    unit: 'SEMBAKO',
    supplierId: sup.id,
    payment: 'TUNAI',
    lines: [{ itemId: beras.id, qty: 20, unitCost: 12_000 }]
  })
  for (const u of users) await run('users.create', u)
  await run('auth.setEnabled', { enabled: true })
  return memberId
}

/** A browser of its own (cookies and all) logged in as `who`. */
export async function logInAs(
  browser: Browser,
  app: RunningApp,
  who: { username: string; password: string }
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(app.openUrl)
  await page.getByLabel('Nama pengguna').fill(who.username)
  await page.getByLabel('Kata sandi').fill(who.password)
  await page.getByLabel('Kata sandi').press('Enter')
  return { context, page }
}
