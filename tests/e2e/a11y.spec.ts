import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startHttpBridge } from '../../main/http/server'
import { RemoteExecutor } from '../../main/host/remote'
import { NAV } from '../../renderer/src/screens/shell/nav'
import { generateBook } from '../../scripts/bench/generate'
import { tempDir } from '../helpers/book'

/**
 * Readable for weak eyes on an old laptop (issue 16 point 8): every screen of a book with data passes
 * axe (WCAG 2.1 A and AA) at 1366×768, and at 683×768 (200 % zoom) the sidebar folds away and no page
 * scrolls sideways. The screens are found, not listed: the shell's menu, every tab and link met on
 * the way, and every route the renderer's source names in href()/navigate(); a route named in the
 * source and never reached fails the test, so a new screen is covered by itself.
 */

test.describe.configure({ mode: 'serial' })

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const RENDERER = fileURLToPath(new URL('../../renderer/src', import.meta.url))

/**
 * Routes only reached by a row click or a button (no link to follow), with the query that gives
 * them something to show. A route the source names that the crawl cannot reach belongs here.
 */
const START: readonly string[] = [
  'anggota/detail?id=1',
  'pinjaman/detail?id=1',
  'simpanan/buku?anggota=1',
  'anggota/cetak?kartu=1',
  'jurnal/daftar?buka=1'
]

let app: { url: string; openUrl: string; executor: RemoteExecutor; close(): Promise<void> }

async function must(name: string, input: unknown): Promise<unknown> {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result
}

test.beforeAll(async () => {
  const { dir, cleanup } = tempDir('lumbung-a11y-')
  const file = join(dir, 'buku.sqlite')
  // A year of a small cooperative: 60 members, savings, loans, gerai sales, ~5.000 journal lines.
  await generateBook(file, { preset: 'tiny', seed: 1 })
  const executor = await RemoteExecutor.start({
    bookFile: file,
    program: 'mode peramban (uji a11y)',
    fixedNow: Date.parse('2026-01-20T03:00:00Z')
  })
  const bridge = await startHttpBridge({
    executor,
    staticDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
    bookFile: file
  })
  app = {
    url: bridge.url,
    openUrl: bridge.openUrl,
    executor,
    async close() {
      await bridge.close()
      await executor.close()
      cleanup()
    }
  }
  // What the generator does not make: stock items with a purchase and a sale, a fixed asset,
  // officers and the RAT meeting, so those screens have rows too.
  const unit = 'SEMBAKO'
  await must('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan desa',
    lines: [
      { account: '1-1101', debit: 50_000_000 },
      { account: '3-2101', credit: 50_000_000 }
    ]
  })
  await must('trading.saveItem', { unit, code: 'BRS-5', name: 'Beras 5 kg', uom: 'karung', sellPrice: 75_000 })
  const items = (await must('trading.items', { unit })) as { id: number }[]
  const supplier = (await must('trading.saveSupplier', { name: 'UD Tani Makmur' })) as { id: number }
  await must('trading.purchase', {
    date: '2026-01-05',
    unit,
    supplierId: supplier.id,
    payment: 'TUNAI',
    lines: [{ itemId: items[0]!.id, qty: '10', unitCost: 65_000 }]
  })
  await must('trading.sell', { date: '2026-01-06', unit, memberId: 1, lines: [{ itemId: items[0]!.id, qty: '2' }] })
  await must('assets.create', {
    name: 'Laptop kantor',
    group: 'PERALATAN',
    acquiredAt: '2026-01-02',
    cost: 6_000_000,
    lifeMonths: 48
  })
  await must('org.save', { body: 'PENGURUS', position: 'KETUA', memberId: 1, termStart: '2025-01-01' })
  await must('rat.save', { year: 2025, number: 1, date: '2026-01-15', place: 'Balai Desa' })
})

test.afterAll(async () => {
  await app?.close()
})

/** The shell's menu (NAV): every screen a user can choose. */
function menuRoutes(): string[] {
  return NAV.map((n) => n.id)
}

/** Every `href('a/b')` / `navigate('a/b')` path the renderer's source names. */
function sourceRoutes(): string[] {
  const found = new Set<string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.tsx?$/.test(name))
        for (const m of readFileSync(p, 'utf8').matchAll(/\b(?:href|navigate)\(\s*'([a-z0-9-]+(?:\/[a-z0-9-]+)*)'/g))
          found.add(m[1]!)
    }
  }
  walk(RENDERER)
  return [...found].sort()
}

/** A route's identity is its path: `simpanan/buku?anggota=1` and `simpanan/buku` are one screen. */
function routeKey(hash: string): string {
  return hash
    .replace(/^#?\/?/, '')
    .split('?', 2)[0]!
    .replace(/\/+$/, '')
}

/** Waits until the screen has its heading, nothing is busy and no /rpc call is in flight for a moment. */
function settler(page: Page): () => Promise<void> {
  let inflight = 0
  const isRpc = (u: string) => u.includes('/rpc/')
  page.on('request', (r) => {
    if (isRpc(r.url())) inflight++
  })
  page.on('requestfinished', (r) => {
    if (isRpc(r.url())) inflight--
  })
  page.on('requestfailed', (r) => {
    if (isRpc(r.url())) inflight--
  })
  return async () => {
    await page.waitForFunction(
      () => !!document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]')
    )
    for (let quiet = 0; quiet < 3;) {
      await page.waitForTimeout(80)
      quiet = inflight === 0 ? quiet + 1 : 0
    }
  }
}

/**
 * axe with the WCAG 2.1 A/AA rules, plus label-content-name-mismatch (WCAG 2.5.3, "experimental" in
 * axe and off unless asked for). Legacy mode runs axe in the page itself instead of finishing each
 * run in a fresh page; only violations carry their nodes. Both keep the run short.
 */
function audit(page: Page) {
  return new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(WCAG)
    .setLegacyMode(true)
    .analyze()
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h
  }, `#/${hash}`)
}

async function links(page: Page): Promise<string[]> {
  return page.$$eval('a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href')!.slice(2)))
}

test('every screen passes axe (WCAG 2.1 AA) at 1366×768 and reflows at 683×768', async ({ page }) => {
  // About 1,5 minutes on an idle 2-core laptop; the ceiling leaves room for a busy CI machine.
  test.setTimeout(Number(process.env.A11Y_TIMEOUT ?? 420_000))
  await page.setViewportSize({ width: 1366, height: 768 })
  const settle = settler(page)
  await page.goto(app.openUrl)
  await settle()

  // The routes with data first, so that a screen is checked with rows rather than empty.
  const only = process.env.A11Y_ONLY?.split(',')
  const queue: string[] = only ?? [...START, ...menuRoutes()]
  const visited = new Map<string, string>()
  const problems: string[] = []
  while (queue.length) {
    const hash = queue.shift()!
    const key = routeKey(hash)
    if (visited.has(key)) continue
    visited.set(key, hash)
    const t0 = Date.now()
    await page.setViewportSize({ width: 1366, height: 768 })
    await go(page, hash)
    await settle()
    // A screen's own address shows one of its tabs: that tab is the same page.
    const tab = await page
      .locator('.tabs [aria-current="page"]')
      .first()
      .getAttribute('href', { timeout: 100 })
      .catch(() => null)
    if (tab && !key.includes('/')) visited.set(routeKey(tab.slice(2)), hash)
    if (!only) for (const l of await links(page)) if (!visited.has(routeKey(l))) queue.push(l)

    const t1 = Date.now()
    const axe = await audit(page)
    for (const v of axe.violations)
      problems.push(
        `${hash} — ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
          .slice(0, 4)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1, 2).join('').trim()}]` : ''}`
          )
          .join(' | ')}`
      )

    const t2 = Date.now()
    await page.setViewportSize({ width: 683, height: 768 })
    const reflow = await page.evaluate(() => {
      const doc = document.scrollingElement!
      const main = document.querySelector('main')!
      // What sticks out past the right edge, outside a scroll box of its own.
      const out = (el: Element) =>
        el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('[role="region"][tabindex="0"]')
      // The culprits: elements wider than their parent's box (a long unbreakable line, a min-width).
      const wide = Array.from(document.querySelectorAll<HTMLElement>('main *'))
        .filter(
          (el) =>
            out(el) &&
            el.parentElement &&
            el.getBoundingClientRect().right > el.parentElement.getBoundingClientRect().right + 1
        )
        .slice(0, 3)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} «${(el.textContent ?? '').trim().slice(0, 30)}»`
        )
      const sidebar = document.querySelector('.sidebar')
      const folded =
        !sidebar ||
        sidebar.getBoundingClientRect().right <= 0 ||
        getComputedStyle(sidebar).visibility === 'hidden' ||
        getComputedStyle(sidebar).display === 'none'
      return { page: doc.scrollWidth - doc.clientWidth, main: main.scrollWidth - main.clientWidth, wide, folded }
    })
    if (reflow.page > 1 || reflow.main > 1)
      problems.push(
        `${hash} — 683 px: scrolls sideways (halaman +${reflow.page} px, konten +${reflow.main} px): ${reflow.wide.join(', ')}`
      )
    if (process.env.A11Y_DEBUG) console.log(`${hash} ${t1 - t0}+${t2 - t1}+${Date.now() - t2} ms`)
    if (!reflow.folded) problems.push(`${hash} — 683 px: sidebar not folded`)
  }

  const reached = new Set(visited.keys())
  const missing = [...sourceRoutes(), ...menuRoutes()].filter((r) => !reached.has(r))
  if (!only) expect(missing, 'routes named in the source but never visited: add them to START').toEqual([])
  expect(problems).toEqual([])
})

/** Focus is on `target`, or inside it. */
async function expectFocusIn(page: Page, target: ReturnType<Page['locator']>, what: string): Promise<void> {
  await expect
    .poll(
      async () =>
        target
          .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
          .catch(() => false),
      { message: what }
    )
    .toBe(true)
}

test('after saving, focus is on the result: the message, the error or the kwitansi', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 768 })
  const settle = settler(page)
  await page.goto(app.openUrl)
  await settle()

  // Nothing filled in: the answer is the errors, and focus goes to them.
  await go(page, 'anggota/tambah')
  await settle()
  await page.getByRole('button', { name: 'Daftarkan anggota' }).click()
  await expect
    .poll(() =>
      page.evaluate(() => {
        const a = document.activeElement
        return !!a && (a.getAttribute('aria-invalid') === 'true' || a.closest('[role="alert"]') !== null)
      })
    )
    .toBe(true)

  // A member registered: the message above the form (far above it at 200 % zoom) takes the focus.
  await page.getByLabel('Nama lengkap').fill('Ratna Sari')
  await page.getByLabel('Jenis kelamin').selectOption('P')
  await page.getByLabel('Tanggal masuk').fill('15/01/2026')
  await page.getByLabel('Desa/kelurahan').fill('Sukamaju')
  await page.getByRole('button', { name: 'Daftarkan anggota' }).click()
  const created = page.getByRole('status').filter({ hasText: 'berhasil didaftarkan' })
  await expect(created).toBeVisible()
  await expectFocusIn(page, created, 'the success message has the focus')
  await expect(created).toBeInViewport()

  // A deposit: the kwitansi takes the focus.
  await go(page, 'simpanan/transaksi')
  await settle()
  await page.getByLabel('Anggota', { exact: true }).selectOption({ index: 1 })
  await page.getByLabel('Jenis simpanan').selectOption('SUKARELA')
  await page.getByLabel('Jumlah', { exact: true }).fill('25.000')
  await page.getByLabel('Tanggal', { exact: true }).fill('15/01/2026')
  await page.getByRole('button', { name: 'Simpan setoran' }).click()
  const receipt = page.getByTestId('receipt')
  await expect(receipt).toBeVisible()
  await expectFocusIn(page, receipt, 'the kwitansi has the focus')
})

/** Each dialog: how to reach its opener, and how to close it. Focus must come back to the opener. */
const DIALOGS: {
  name: string
  route: string
  opener: (page: Page) => ReturnType<Page['locator']>
  close: 'Escape' | 'Tutup' | ((page: Page) => Promise<void>)
  after?: (page: Page) => ReturnType<Page['locator']>
}[] = [
  {
    name: 'jurnal: detail entri',
    route: 'jurnal/daftar',
    opener: (p) => p.getByRole('button', { name: /^Buka jurnal / }).first(),
    close: 'Escape'
  },
  {
    name: 'glosarium dari "?"',
    route: 'simpanan/transaksi',
    opener: (p) => p.locator('main .term-help').first(),
    close: 'Tutup'
  },
  {
    name: 'barang: tambah',
    route: 'unit-usaha/barang',
    opener: (p) => p.getByRole('button', { name: 'Tambah barang' }),
    close: 'Escape'
  },
  {
    name: 'barang: ubah',
    route: 'unit-usaha/barang',
    opener: (p) => p.getByRole('button', { name: 'Ubah barang' }).first(),
    close: 'Escape'
  },
  {
    name: 'barang: kartu stok',
    route: 'unit-usaha/barang',
    opener: (p) => p.getByRole('button', { name: 'Kartu stok' }).first(),
    close: 'Tutup'
  },
  {
    name: 'periode: tutup buku',
    route: 'pengaturan/periode',
    opener: (p) => p.getByRole('button', { name: /^Tutup buku s\.d\. bulan ini/ }).first(),
    close: 'Escape'
  },
  {
    name: 'bagan akun: ubah',
    route: 'pengaturan/akun',
    opener: (p) => p.getByRole('button', { name: 'Ubah akun 1-1101' }),
    close: 'Escape'
  },
  {
    name: 'RAT: tambah pengurus',
    route: 'rat/organisasi',
    opener: (p) => p.getByRole('button', { name: 'Tambah' }).first(),
    close: 'Escape'
  },
  {
    name: 'laporan: rincian angka',
    route: 'laporan/posisi-keuangan',
    opener: (p) => p.locator('main .stmt-fig').first(),
    close: 'Tutup'
  },
  {
    name: 'unit: ubah dan simpan (daftar dimuat ulang)',
    route: 'pengaturan/unit',
    opener: (p) => p.getByRole('button', { name: 'Ubah unit SEMBAKO' }),
    close: async (p) => {
      await p
        .getByRole('dialog')
        .getByRole('button', { name: /^Simpan/ })
        .click()
    }
  }
]

test('every dialog gives focus back to its opener', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const settle = settler(page)
  await page.goto(app.openUrl)
  await settle()
  for (const d of DIALOGS) {
    await go(page, d.route)
    await settle()
    const opener = d.opener(page)
    // As a keyboard user opens it.
    await opener.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expect(dialog, d.name).toBeVisible()
    if (d.close === 'Escape') await page.keyboard.press('Escape')
    else if (d.close === 'Tutup') await dialog.getByRole('button', { name: 'Tutup' }).first().click()
    else await d.close(page)
    await expect(dialog, d.name).toHaveCount(0)
    await settle()
    await expect(d.after?.(page) ?? d.opener(page), `${d.name}: focus back on the opener`).toBeFocused()
  }
})

test('the folded sidebar opens from the Menu button and is used by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 768 })
  const settle = settler(page)
  await page.goto(app.openUrl)
  await settle()
  const menu = page.getByRole('button', { name: 'Menu' })
  const sidebar = page.locator('#sidebar')
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(sidebar.getByRole('link', { name: 'Anggota', exact: true })).toBeHidden()
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(sidebar.getByRole('link', { name: 'Beranda', exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeFocused()
  await expect(sidebar.getByRole('link', { name: 'Anggota', exact: true })).toBeHidden()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(sidebar.getByRole('link', { name: 'Anggota', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Anggota', level: 1 })).toBeVisible()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(page.locator('main')).toBeFocused()
  // At full width the menu is always there and the button is not.
  await page.setViewportSize({ width: 1366, height: 768 })
  await expect(menu).toBeHidden()
  await expect(sidebar.getByRole('link', { name: 'Anggota', exact: true })).toBeVisible()
})

test('every control met with Tab shows a solid focus ring of at least 3:1', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const settle = settler(page)
  await page.goto(app.openUrl)
  await settle()
  const problems: string[] = []
  for (const route of ['simpanan/transaksi', 'jurnal/catat', 'pinjaman/detail?id=1']) {
    await go(page, route)
    await settle()
    await page.locator('main').focus()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number)
        const lum = (c: number[]) => {
          const [r, g, b] = c.map((v) => {
            const s = v / 255
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
          })
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
        }
        const cs = getComputedStyle(el)
        // The colour the ring is drawn on: what lies just outside it, and that element's first background.
        const r = el.getBoundingClientRect()
        const reach = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) + 2
        const x = r.left - reach >= 0 ? r.left - reach : r.right + reach
        const under = document.elementsFromPoint(x, r.top + r.height / 2).find((e) => e !== el && !el.contains(e))
        let bg = 'rgb(255, 255, 255)'
        for (let a: Element | null = under ?? el.parentElement; a; a = a.parentElement) {
          const c = getComputedStyle(a).backgroundColor
          if (c && c !== 'transparent' && !/,\s*0\)$/.test(c)) {
            bg = c
            break
          }
        }
        const [l1, l2] = [lum(rgb(cs.outlineColor)), lum(rgb(bg))].sort((a, b) => b - a)
        return {
          what: `${el.tagName.toLowerCase()} «${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}»`,
          style: cs.outlineStyle,
          width: parseFloat(cs.outlineWidth),
          ratio: (l1! + 0.05) / (l2! + 0.05)
        }
      })
      if (!ring) continue
      if (ring.style !== 'solid' || ring.width < 2 || ring.ratio < 3)
        problems.push(`${route}: ${ring.what} — ${ring.style} ${ring.width}px, ${ring.ratio.toFixed(2)}:1`)
    }
  }
  expect(problems).toEqual([])
})
