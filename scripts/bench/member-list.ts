// npm run bench:member-list — the member register as a screen at 50.000 members, in Chromium
// through browser mode (issue 16 point 6): time until the list first shows, rows in the DOM, frame
// times while scrolling through it, and jumps to the middle and the end. Needs the built renderer
// (`npx electron-vite build`) and Chromium (/usr/bin/chromium or CHROMIUM_PATH).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { chromium, type Page } from '@playwright/test'
import { openBook } from '../../main/db/book'
import { runCommand } from '../../main/commands/dispatch'
import type { CommandContext } from '../../main/commands/context'
import { RemoteExecutor } from '../../main/host/remote'
import { startHttpBridge } from '../../main/http/server'

const N = Number(process.argv[2] ?? 50_000)
const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url))
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error('out/renderer belum ada: jalankan "npx electron-vite build" dulu')
  process.exit(2)
}

const FIRST = [
  'Siti',
  'Budi',
  'Agus',
  'Dewi',
  'Rina',
  'Joko',
  'Sri',
  'Ahmad',
  'Nur',
  'Wayan',
  'Made',
  'Putu',
  'Yohanes',
  'Maria',
  'Andi',
  'Fitri'
]
const LAST = [
  'Aminah',
  'Santoso',
  'Wijaya',
  'Lestari',
  'Hidayat',
  'Saputra',
  'Rahayu',
  'Pratama',
  'Kurniawan',
  'Susanti',
  'Nugroho',
  'Siregar'
]

const dir = mkdtempSync(join(tmpdir(), 'lumbung-bench-daftar-'))
const file = join(dir, 'buku.sqlite')
const t0 = performance.now()
{
  const book = await openBook(file, { create: true })
  const ctx: CommandContext = { book, actor: 'bench', now: () => new Date() }
  const must = (name: string, input: unknown) => {
    const r = runCommand(ctx, name, input)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result
  }
  must('setup.initialize', {
    profile: {
      name: 'Koperasi Bench',
      village: 'Sukamaju',
      district: 'Cibeber',
      regency: 'Kabupaten Cianjur',
      province: 'Jawa Barat',
      cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih'
    },
    firstFinancialYear: 2026,
    booksStartDate: '2026-01-01'
  })
  book.tx(() => {
    for (let i = 1; i <= N; i++) {
      must('members.create', {
        name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
        gender: i % 2 ? 'L' : 'P',
        joinedAt: '2026-01-05',
        village: `Desa ${i % 5}`,
        rt: String(1 + (i % 12)).padStart(3, '0'),
        rw: '002'
      })
    }
  })
  book.close()
}
const seeded = performance.now() - t0

const executor = await RemoteExecutor.start({ bookFile: file, program: 'bench daftar anggota' })
const bridge = await startHttpBridge({ executor, staticDir })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})
const rows: [string, string][] = []

/** Waits in the page until the row at `index` shows a member (not "Memuat…"); returns ms since `since` (page clock). */
async function untilRow(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    (i) => {
      const tr = document.querySelector(`tbody tr[data-index="${i}"]`)
      return tr !== null && !tr.classList.contains('table__pending')
    },
    index,
    { timeout: 60_000, polling: 'raf' }
  )
}

try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(bridge.openUrl)
  await page.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor()

  // First render: from the route change to the first member on screen.
  const firstStart = performance.now()
  await page.evaluate(() => {
    window.location.hash = '#/anggota/daftar'
  })
  await untilRow(page, 0)
  const first = performance.now() - firstStart
  const dom = await page.evaluate(() => ({
    rows: document.querySelectorAll('tbody tr[data-index]').length,
    all: document.querySelectorAll('tr').length,
    rowcount: document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount')
  }))
  rows.push(['Time from opening Anggota › Daftar to the first member on screen', `${first.toFixed(0)} ms`])
  rows.push([
    `Rows in the DOM (of ${N.toLocaleString('id-ID')} members; aria-rowcount ${dom.rowcount})`,
    `${dom.rows} member rows, ${dom.all} <tr> in the page`
  ])

  // Scrolling at a wheel's pace (100 px per frame) and flung (600 px per frame), 4 s each, frame times recorded in the page.
  for (const px of [0, 100, 600]) {
    // A string, not a function: tsx would wrap the inner functions in a helper the page lacks.
    const scroll = (await page.evaluate(`(async () => {
    const box = document.querySelector('[data-testid="virtual-table"]')
    const frames = []
    let maxRows = 0
    let last = performance.now()
    const end = last + 4000
    await new Promise((done) => {
      const step = (now) => {
        frames.push(now - last)
        last = now
        box.scrollTop += ${px}
        maxRows = Math.max(maxRows, document.querySelectorAll('tbody tr[data-index]').length)
        if (now < end) requestAnimationFrame(step)
        else done()
      }
      requestAnimationFrame(step)
    })
    frames.sort((a, b) => a - b)
    const q = (p) => frames[Math.min(frames.length - 1, Math.floor(frames.length * p))]
    return { frames: frames.length, median: q(0.5), p95: q(0.95), max: frames[frames.length - 1], slow: frames.filter((f) => f > 50).length, maxRows }
  })()`)) as { frames: number; median: number; p95: number; max: number; slow: number; maxRows: number }
    rows.push([
      px === 0
        ? 'Baseline, not scrolling, 4 s: frames, median / p95 / max frame time'
        : `Scrolling ${px} px per frame for 4 s: frames, median / p95 / max frame time`,
      `${scroll.frames} frames, ${scroll.median.toFixed(1)} / ${scroll.p95.toFixed(1)} / ${scroll.max.toFixed(1)} ms, ${scroll.slow} frames over 50 ms`
    ])
    rows.push([`Most member rows in the DOM while scrolling ${px} px per frame`, String(scroll.maxRows)])
  }

  // Jumps: the middle and the last member, loaded page by page as they come into view.
  for (const [label, index] of [
    ['the middle', Math.floor(N / 2)],
    ['the last member', N - 1]
  ] as const) {
    const s = performance.now()
    await page.evaluate((i) => {
      const box = document.querySelector<HTMLElement>('[data-testid="virtual-table"]')!
      const rowH =
        box.scrollHeight / (Number(document.querySelector('table[aria-rowcount]')!.getAttribute('aria-rowcount')) - 1)
      box.scrollTop = i * rowH
    }, index)
    await untilRow(page, index)
    rows.push([
      `Jump to ${label} (row ${(index + 1).toLocaleString('id-ID')}) until it shows`,
      `${(performance.now() - s).toFixed(0)} ms`
    ])
  }

  // Keyboard: Ctrl+End from the first row lands on the last member.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-testid="virtual-table"]')!.scrollTop = 0
  })
  await untilRow(page, 0)
  await page.locator('tbody tr[data-index="0"] button').first().focus()
  const k = performance.now()
  await page.keyboard.press('Control+End')
  await page.waitForFunction(
    (n) => document.activeElement?.closest('tr')?.getAttribute('data-index') === String(n - 1),
    N,
    { timeout: 60_000 }
  )
  rows.push(['Ctrl+End from the first row until the last member has focus', `${(performance.now() - k).toFixed(0)} ms`])

  const heap = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0
  )
  if (heap) rows.push(['JS heap of the page afterwards', `${(heap / 1024 / 1024).toFixed(1)} MB`])
} finally {
  await browser.close()
  await bridge.close()
  await executor.close()
  rmSync(dir, { recursive: true, force: true })
}

console.log(`# Member list screen at ${N.toLocaleString('id-ID')} members (Chromium, 1366×768, browser mode)\n`)
console.log(`Book seeded in ${(seeded / 1000).toFixed(1)} s.\n`)
console.log('| Measure | Result |\n|---|---|')
for (const [m, r] of rows) console.log(`| ${m} | ${r} |`)
