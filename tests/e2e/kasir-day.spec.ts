import Database from 'better-sqlite3'
import { expect, test, type Browser } from '@playwright/test'
import { todayIso } from '../../shared/dates/calendar'
import { deskBook, logInAs, startApp, type RunningApp } from './app'

/**
 * Issue 19 points 2, 4 and 6: a kasir and a bendahara in two browsers on one book (the loopback
 * bridge). The kasir opens the day with Rp200.000, sells 1,5 kg beras (1,5 × Rp14.000 = Rp21.000)
 * and takes a sukarela deposit of Rp50.000 while the bendahara posts a deposit of her own; the
 * drawer should hold 200.000 + 21.000 + 50.000 = Rp271.000. The kasir counts 2 × Rp100.000 +
 * 3 × Rp20.000 + 1 × Rp10.000 = Rp270.000 (kurang Rp1.000) and hands it over; only when the
 * bendahara accepts does Rp1.000 go to 5-3405 Selisih Kurang Kas.
 */
test.describe.configure({ mode: 'serial' })

const SITI = { username: 'siti', fullName: 'Siti Bendahara', role: 'bendahara', password: 'bendahara-2026' } as const
const RINA = { username: 'rina', fullName: 'Rina Kasir', role: 'kasir', password: 'kasir-gerai-2026' } as const
const TONO = { username: 'tono', fullName: 'Tono Teller', role: 'teller', password: 'teller-usp-2026' } as const
const BUDI = { username: 'budi', fullName: 'Budi Pengawas', role: 'pengawas', password: 'awas-awas-2026' } as const
const TODAY = todayIso('Asia/Jakarta')

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await deskBook(app, [SITI, RINA, TONO, BUDI])
})

test.afterAll(async () => {
  await app?.close()
})

const logIn = (browser: Browser, who: { username: string; password: string }) => logInAs(browser, app, who)

/** Balance (debit − credit) of an account, read from the book file itself. */
function balanceOf(code: string): number {
  const db = new Database(app.file, { readonly: true })
  try {
    return (
      db
        .prepare(
          'SELECT COALESCE(SUM(l.debit - l.credit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ?'
        )
        .get(code) as { b: number }
    ).b
  } finally {
    db.close()
  }
}

test('kasir opens, sells and closes; the bendahara accepts and the selisih posts; refusals for the kasir', async ({
  browser
}, testInfo) => {
  const kasir = await logIn(browser, RINA)
  const bendahara = await logIn(browser, SITI)
  const k = kasir.page
  const b = bendahara.page

  // The kasir lands on the Meja Kasir; the menu has nothing else.
  await expect(k.getByRole('form', { name: 'Buka kas hari ini' })).toBeVisible()
  await expect(k.getByRole('navigation', { name: 'Menu utama' }).getByRole('link')).toHaveText(['▭Meja Kasir'])
  await k.getByLabel('Modal awal kasir').fill('200.000')
  await k.getByRole('button', { name: 'Buka kas' }).click()
  await expect(k.getByTestId('till-float')).toHaveText('Rp200.000')
  await expect(k.getByTestId('till-expected')).toHaveText('Rp200.000')

  // A sale at the gerai while the bendahara takes a deposit at the office, at the same time.
  const sale = (async () => {
    await k.getByRole('link', { name: 'Penjualan', exact: true }).click()
    await expect(k.getByLabel('Tanggal')).toHaveCount(0)
    const search = k.getByLabel('Cari barang (kode atau nama)')
    await search.fill('brs')
    await expect(k.getByRole('button', { name: /BRS · Beras medium/ })).toBeVisible()
    await search.press('Enter')
    await k.getByLabel('Jumlah Beras medium').fill('1,5')
    await k.getByRole('button', { name: 'Posting penjualan' }).click()
    await expect(k.getByTestId('sale-receipt')).toBeVisible()
    await expect(k.getByTestId('receipt-total')).toHaveText('Rp21.000')
  })()
  const office = (async () => {
    await b.getByRole('link', { name: 'Simpanan', exact: true }).click()
    await b.getByRole('link', { name: 'Setor / tarik' }).click()
    await b.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
    await b.getByLabel('Jenis simpanan').selectOption('SUKARELA')
    await b.getByLabel('Jumlah', { exact: true }).fill('300.000')
    await b.getByRole('button', { name: 'Simpan setoran' }).click()
    await expect(b.getByText(/Rp300\.000/).first()).toBeVisible()
  })()
  await Promise.all([sale, office])
  await expect(k.getByTestId('till-in')).toHaveText('Rp21.000')

  // A savings deposit at the gerai goes through the kasir's drawer.
  await k.getByRole('link', { name: 'Simpanan', exact: true }).click()
  await k.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await k.getByLabel('Jenis simpanan').selectOption('SUKARELA')
  await k.getByLabel('Jumlah', { exact: true }).fill('50.000')
  await k.getByRole('button', { name: 'Simpan setoran' }).click()
  await expect(k.getByTestId('till-expected')).toHaveText('Rp271.000')
  await expect(k.getByTestId('till-in')).toHaveText('Rp71.000')

  // Role refusals, through the same door with the kasir's own session: no journal, no settings, no reports.
  const rpc = async (name: string, input: unknown) => {
    const r = await kasir.context.request.post(`${app.url}/rpc/${name}`, {
      headers: { 'X-Lumbung-Token': app.token },
      data: input
    })
    return (await r.json()) as { ok: boolean; error?: { code: string; message: string } }
  }
  for (const [name, input, action] of [
    [
      'journal.post',
      {
        date: TODAY,
        description: 'Coba',
        lines: [
          { account: '1-1110', debit: 1_000 },
          { account: '1-1101', credit: 1_000 }
        ]
      },
      'memposting jurnal'
    ],
    ['till.setSettings', { withdrawLimit: 50_000_000 }, 'menetapkan batas penarikan'],
    ['reports.trialBalance', { asOf: TODAY }, ''],
    ['till.accept', { sessionId: 1 }, 'menerima setoran kasir']
  ] as const) {
    const r = await rpc(name, input)
    expect(r, name).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(r.error!.message).toMatch(new RegExp(`^Peran Kasir gerai .* tidak berwenang untuk: ${action}`))
  }
  // An address of another screen still shows the Meja Kasir.
  await k.goto(`${app.url}/#/jurnal`)
  await expect(k.getByRole('heading', { name: 'Meja Kasir', level: 1 })).toBeVisible()
  await expect(k.getByRole('button', { name: 'Posting', exact: true })).toHaveCount(0)

  // Closing count with denominations, handed over.
  await k.getByRole('link', { name: 'Tutup kas' }).click()
  await k.getByLabel('Jumlah lembar/keping Rp100.000').fill('2')
  await k.getByLabel('Jumlah lembar/keping Rp20.000').fill('3')
  await k.getByLabel('Jumlah lembar/keping Rp10.000').fill('1')
  await expect(k.getByTestId('till-from-counts')).toHaveText('Rp270.000')
  await k.getByRole('button', { name: 'Tutup kas dan serahkan' }).click()
  const dialog = k.getByRole('dialog')
  await expect(dialog).toContainText('Serahkan kas Rp270.000? Kas seharusnya Rp271.000.')
  await dialog.getByRole('button', { name: 'Tutup kas dan serahkan' }).click()
  await expect(k.getByTestId('till-status')).toHaveText('Menunggu diterima bendahara')
  await expect(k.getByTestId('till-difference')).toHaveText('kurang Rp1.000')
  await k.screenshot({ path: testInfo.outputPath('01-kasir-diserahkan.png'), fullPage: true })
  // handed over, not accepted: no selisih yet
  expect(balanceOf('5-3405')).toBe(0)
  expect(balanceOf('1-1110')).toBe(271_000)

  // The bendahara accepts.
  await b.getByRole('link', { name: 'Meja Kasir' }).click()
  const row = b.getByRole('row', { name: /Rina Kasir/ })
  await expect(row).toContainText('kurang Rp1.000')
  await row.getByRole('button', { name: 'Terima setoran' }).click()
  const confirm = b.getByRole('dialog')
  await expect(confirm).toContainText('Terima setoran Rina Kasir sebesar Rp270.000? Selisih kas: kurang Rp1.000.')
  await confirm.getByRole('button', { name: 'Terima setoran' }).click()
  await expect(b.getByText(/Setoran Rina Kasir diterima; jurnal JU-/)).toBeVisible()
  await expect(b.getByTestId('till-status')).toHaveText('Diterima bendahara')
  await b.screenshot({ path: testInfo.outputPath('02-bendahara-diterima.png'), fullPage: true })
  expect(balanceOf('5-3405')).toBe(1_000)
  expect(balanceOf('1-1110')).toBe(0)

  // The kasir's next day starts from a fresh float.
  await k.reload()
  await expect(k.getByRole('form', { name: 'Buka kas hari ini' })).toBeVisible()

  await kasir.context.close()
  await bendahara.context.close()
})

test('a teller gets the savings and instalment desk without sales; a pengawas reads the kasir days and accepts nothing', async ({
  browser
}) => {
  const teller = await logIn(browser, TONO)
  const p = teller.page
  await p.getByLabel('Modal awal kasir').fill('0')
  await p.getByRole('button', { name: 'Buka kas' }).click()
  await expect(p.getByRole('navigation', { name: 'Meja Kasir' }).getByRole('link')).toHaveText([
    'Simpanan',
    'Angsuran',
    'Tutup kas',
    'Laporan kas'
  ])
  const sale = await teller.context.request.post(`${app.url}/rpc/trading.sell`, {
    headers: { 'X-Lumbung-Token': app.token },
    data: { date: TODAY, unit: 'SEMBAKO', lines: [{ itemId: 1, qty: 1 }] }
  })
  expect(await sale.json()).toMatchObject({
    ok: false,
    error: {
      code: 'UNAUTHORIZED',
      message: expect.stringMatching(/^Peran Teller simpan pinjam .* tidak berwenang untuk: penjualan barang/)
    }
  })
  // a withdrawal above the bendahara's limit (Rp1.000.000 by default) is refused at the desk
  await p.getByRole('link', { name: 'Simpanan', exact: true }).click()
  await p.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await p.getByLabel('Jenis simpanan').selectOption('SUKARELA')
  await p.getByRole('radio', { name: 'Tarik' }).check()
  await p.getByLabel('Jumlah', { exact: true }).fill('1.500.000')
  await p.getByRole('button', { name: /Simpan penarikan/ }).click()
  await expect(
    p.getByText(
      'Jumlah: kasir/teller boleh membayar penarikan paling banyak Rp1.000.000 per transaksi (batas dari bendahara); penarikan yang lebih besar dilayani bendahara'
    )
  ).toBeVisible()
  await teller.context.close()

  const pengawas = await logIn(browser, BUDI)
  const q = pengawas.page
  await q.getByRole('link', { name: 'Meja Kasir' }).click()
  await q.getByLabel('Status').selectOption('')
  await expect(q.getByRole('row', { name: /Rina Kasir/ })).toContainText('Diterima bendahara')
  await expect(q.getByRole('row', { name: /Tono Teller/ })).toContainText('Dibuka')
  await expect(q.getByRole('button', { name: 'Terima setoran' })).toHaveCount(0)
  await expect(q.getByRole('form', { name: 'Batas penarikan oleh kasir/teller' })).toHaveCount(0)
  const accept = await pengawas.context.request.post(`${app.url}/rpc/till.accept`, {
    headers: { 'X-Lumbung-Token': app.token },
    data: { sessionId: 1 }
  })
  expect(await accept.json()).toMatchObject({
    ok: false,
    error: {
      code: 'UNAUTHORIZED',
      message: expect.stringMatching(/^Peran Pengawas \(hanya baca\) tidak berwenang untuk: menerima setoran kasir/)
    }
  })
  await pengawas.context.close()
})
