import Database from 'better-sqlite3'
import { expect, test, type Browser } from '@playwright/test'
import { deskBook, logInAs, startApp, type RunningApp } from './app'

/**
 * Issue 19 (office network mode): a kasir and a bendahara in two browsers on one book. While the
 * bendahara has the journal open, the kasir sells 1,5 kg beras (Rp21.000) and the bendahara takes a
 * deposit at the same time; the bendahara's journal shows the kasir's sale without being reloaded.
 * Then the first answer to a deposit is dropped on its way back (as a lost connection would): the app
 * retries with the same Idempotency-Key and the deposit is in the book once.
 */
test.describe.configure({ mode: 'serial' })

const SITI = { username: 'siti', fullName: 'Siti Bendahara', role: 'bendahara', password: 'bendahara-2026' } as const
const RINA = { username: 'rina', fullName: 'Rina Kasir', role: 'kasir', password: 'kasir-gerai-2026' } as const

let app: RunningApp
let memberId = 0

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  memberId = await deskBook(app, [SITI, RINA])
})

test.afterAll(async () => {
  await app?.close()
})

const logIn = (browser: Browser, who: { username: string; password: string }) => logInAs(browser, app, who)

function count(sql: string, ...params: unknown[]): number {
  const db = new Database(app.file, { readonly: true })
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n
  } finally {
    db.close()
  }
}

test('the bendahara’s open journal shows the kasir’s sale by itself; a deposit whose answer was lost posts once', async ({
  browser
}) => {
  const kasir = await logIn(browser, RINA)
  const bendahara = await logIn(browser, SITI)
  const k = kasir.page
  const b = bendahara.page

  await k.getByLabel('Modal awal kasir').fill('200.000')
  await k.getByRole('button', { name: 'Buka kas' }).click()
  await expect(k.getByTestId('till-float')).toHaveText('Rp200.000')

  await expect(k.getByText('Terputus — mencoba menyambung lagi')).toHaveCount(0, { timeout: 8000 })
  await b.getByRole('link', { name: 'Jurnal & Buku Besar', exact: true }).click()
  await b.getByRole('link', { name: 'Daftar jurnal' }).click()
  await expect(b.getByText('Modal penyertaan desa').first()).toBeVisible()
  await expect(b.getByRole('row', { name: /Penjualan tunai/ })).toHaveCount(0)

  // The sale at the gerai and a deposit at the office at the same time.
  const sale = (async () => {
    await k.getByRole('link', { name: 'Penjualan', exact: true }).click()
    const search = k.getByLabel('Cari barang (kode atau nama)')
    await search.fill('brs')
    await expect(k.getByRole('button', { name: /BRS · Beras medium/ })).toBeVisible()
    await search.press('Enter')
    await k.getByLabel('Jumlah Beras medium').fill('1,5')
    await k.getByRole('button', { name: 'Posting penjualan' }).click()
    await expect(k.getByTestId('receipt-total')).toHaveText('Rp21.000')
  })()
  const office = (async () => {
    const r = await bendahara.context.request.post(`${app.url}/rpc/savings.deposit`, {
      headers: { 'X-Lumbung-Token': app.token, 'Idempotency-Key': 'e2e-setoran-serentak-1' },
      data: { memberId, type: 'SUKARELA', amount: 300_000, date: '2026-02-02' }
    })
    expect(await r.json()).toMatchObject({ ok: true })
  })()
  await Promise.all([sale, office])
  // Nobody touched the bendahara's page: the journal read its entries again on the kasir's change.
  await expect(b.getByRole('row', { name: /Penjualan tunai .* 21\.000$/ })).toBeVisible({ timeout: 10_000 })

  // A deposit whose first answer is lost on the way back: the app retries with the same key.
  let dropped = 0
  const keys: string[] = []
  await b.route('**/rpc/savings.deposit', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '')
    if (dropped++ === 0) {
      await route.fetch() // reaches the book, which posts it…
      await route.abort('connectionreset') // …but the answer never arrives
    } else await route.continue()
  })
  const before = count(
    `SELECT count(*) AS n FROM savings_transactions WHERE member_id = ? AND amount = 123000`,
    memberId
  )
  expect(before).toBe(0)
  await b.getByRole('link', { name: 'Simpanan', exact: true }).click()
  await b.getByRole('link', { name: 'Setor / tarik' }).click()
  await b.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await b.getByLabel('Jenis simpanan').selectOption('SUKARELA')
  await b.getByLabel('Jumlah', { exact: true }).fill('123.000')
  await b.getByRole('button', { name: 'Simpan setoran' }).click()
  await expect(b.getByText(/Rp123\.000/).first()).toBeVisible()
  expect(keys.length).toBe(2)
  expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/)
  expect(keys[1]).toBe(keys[0])
  expect(
    count(`SELECT count(*) AS n FROM savings_transactions WHERE member_id = ? AND amount = 123000`, memberId)
  ).toBe(1)

  await kasir.context.close()
  await bendahara.context.close()
})
