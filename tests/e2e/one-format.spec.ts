// Issue 16 point 4: every screen of a seeded book, in Chromium, shows no ISO date and no dot
// decimal (tests/shared/format-scan.ts says precisely what counts): page text, field values,
// and the calendar of a date field, which speaks Bahasa Indonesia.
import { expect, test, type Page } from '@playwright/test'
import { startApp, type RunningApp } from './app'
import { buildPanduanFixture, YEAR, type PanduanFixture } from '../helpers/panduan-fixture'
import { describeFindings, findFormatProblems } from '../shared/format-scan'
import { screenRoutes } from '../shared/screens'

test.describe.configure({ mode: 'serial' })

let app: RunningApp
let fx: PanduanFixture
const run = async (name: string, input: unknown) => {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as any
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: `${YEAR}-01-01` })
  fx = await buildPanduanFixture(run)
})

test.afterAll(async () => {
  await app?.close()
})

/** Each text node on its own line (cells side by side must not run together), then every field's value. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const tag = n.parentElement?.tagName
      if (tag !== 'STYLE' && tag !== 'SCRIPT' && n.textContent?.trim()) out.push(n.textContent)
    }
    for (const el of Array.from(document.querySelectorAll('input, textarea, select')))
      out.push((el as HTMLInputElement).value)
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!)
    }
    return out.join('\n')
  })
}

test('no screen shows an ISO date or a dot decimal', async ({ page }) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  const problems: string[] = []
  for (const route of screenRoutes({ memberId: fx.ids.A, loanId: fx.loanId })) {
    await page.evaluate((r) => {
      window.location.hash = `#/${r}`
    }, route)
    await expect(page.locator('main, .shell__main').first()).toBeVisible()
    await expect(page.getByText(/^Memuat/)).toHaveCount(0, { timeout: 15_000 })
    problems.push(...describeFindings(route, findFormatProblems(await screenText(page))))
  }
  expect(problems).toEqual([])
})

test('the date field takes 31/03/2025 and its calendar is in Bahasa Indonesia', async ({ page }) => {
  await page.goto(app.openUrl)
  await page.evaluate(() => {
    window.location.hash = '#/jurnal/catat'
  })
  const date = page.getByLabel('Tanggal', { exact: true })
  await date.fill('31/03/2025')
  await date.press('Tab')
  await expect(date).toHaveValue('31 Maret 2025')
  await date.focus()
  await date.press('Alt+ArrowDown')
  const cal = page.getByRole('dialog', { name: 'Kalender' })
  await expect(cal).toBeVisible()
  await expect(cal.getByRole('grid', { name: 'Maret 2025' })).toBeVisible()
  await expect(cal.getByRole('columnheader')).toHaveText(['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'])
  await expect(page.getByRole('button', { name: '31 Maret 2025' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Enter')
  await expect(cal).toBeHidden()
  await expect(date).toHaveValue('30 Maret 2025')
  await expect(date).toBeFocused()
})
