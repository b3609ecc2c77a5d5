import { expect, test, type Page } from '@playwright/test'
import { startApp, type RunningApp } from './app'

/**
 * Issue 14 point 10 in the browser, on 15 March 2027: closing a year, reopening it, posting the SHU
 * and writing off a loan each show what will happen and wait for a yes. Figures by hand:
 * 2026 sales 1.500.000 (4-2101) − salary 500.000 (5-3101) = SHU 1.000.000; SHU settings 40/20/20/5/5/5/2,5/2,5
 * → jasa modal 200.000 over pokok Ani 100.000 and Budi 300.000 (no member transactions, no jasa usaha).
 * Ani's loan of 2.000.000 (first due 5 February 2026) was never paid: macet, PPAP 100 % formed.
 */
const NOW = new Date('2027-03-15T03:00:00Z')
let app: RunningApp
let loanId = 0

async function run(name: string, input: unknown) {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as { id: number }
}

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  app = await startApp({ initialized: true, now: NOW })
  await run('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1101', debit: 10_000_000 },
      { account: '3-2101', credit: 10_000_000 }
    ]
  })
  await run('journal.post', {
    date: '2026-06-10',
    description: 'Penjualan',
    lines: [
      { account: '1-1101', debit: 1_500_000 },
      { account: '4-2101', credit: 1_500_000, pihak: 'ANGGOTA' }
    ]
  })
  await run('journal.post', {
    date: '2026-06-30',
    description: 'Gaji',
    lines: [
      { account: '5-3101', debit: 500_000 },
      { account: '1-1101', credit: 500_000 }
    ]
  })
  await run('savings.setSettings', {
    effectiveFrom: '2026-01-01',
    pokokAmount: 300_000,
    pokokInstallments: 3,
    wajibAmount: 0
  })
  const ani = await run('members.create', { name: 'Ani', gender: 'P', joinedAt: '2026-01-05' })
  const budi = await run('members.create', { name: 'Budi', gender: 'L', joinedAt: '2026-01-05' })
  await run('savings.deposit', { memberId: ani.id, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
  await run('savings.deposit', { memberId: budi.id, type: 'POKOK', amount: 300_000, date: '2026-01-05' })
  await run('shu.setSettings', {
    year: 2026,
    percentages: {
      cadangan: '40',
      jasaModal: '20',
      jasaUsaha: '20',
      pengurus: '5',
      karyawan: '5',
      pendidikan: '5',
      sosial: '2,5',
      pembangunan: '2,5'
    }
  })
  await run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '0'
  })
  loanId = (
    await run('loans.apply', {
      memberId: ani.id,
      productCode: 'UMUM',
      principal: 2_000_000,
      tenorMonths: 10,
      date: '2026-01-05'
    })
  ).id
  await run('loans.decide', { loanId, approve: true, date: '2026-01-05' })
  await run('loans.disburse', { loanId, date: '2026-01-05', firstDueDate: '2026-02-05' })
})
test.afterAll(async () => app?.close())

async function open(page: Page, route: string) {
  await page.clock.setFixedTime(NOW)
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.goto(`${app.url}/#/${route}`)
}

const rowsOf = (page: Page, name: string) => page.getByRole('table', { name }).locator('tbody tr')

test('closing 2026: the first open year is offered; the dialog shows the SHU, the closing journal and the months it locks', async ({
  page
}) => {
  // The loan interest is not income until paid: the 2026 P&L is the sale and the salary only.
  await open(page, 'rat/tutup-buku')
  await expect(page.getByLabel('Tahun buku')).toHaveValue('2026')
  await page.getByLabel('Pajak penghasilan').selectOption('NONE')
  await expect(page.getByTestId('close-shu')).toHaveText('Rp1.000.000')
  await page.getByRole('button', { name: 'Tutup buku…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tutup buku tahun 2026?' })
  await expect(dialog.getByTestId('confirm-close-shu')).toHaveText('Rp1.000.000')
  const lines = rowsOf(page, 'Jurnal penutup yang akan diposting (31 Desember)')
  await expect(lines).toHaveCount(3)
  await expect(lines.nth(0)).toContainText('4-2101')
  await expect(lines.nth(0)).toContainText('1.500.000')
  await expect(lines.nth(1)).toContainText('5-3101')
  await expect(lines.nth(1)).toContainText('500.000')
  await expect(lines.nth(2)).toContainText('3-9999 Ikhtisar Hasil Usaha')
  await expect(lines.nth(2)).toContainText('1.000.000')
  await expect(dialog.getByTestId('confirm-close-months')).toHaveText(
    `Bulan yang dikunci: ${['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'].map((m) => `${m} 2026`).join(', ')}.`
  )
  await dialog.getByLabel('Saya sudah memeriksa neraca saldo dan laporan tahun ini').check()
  await dialog.getByRole('button', { name: 'Ya, tutup buku' }).click()
  await expect(page.getByText('Buku tahun 2026 sudah ditutup.')).toBeVisible()
})

test('reopening shows the entries it will reverse and the months it unlocks; cancelling changes nothing', async ({
  page
}) => {
  await open(page, 'rat/tutup-buku?tahun=2026')
  await page.getByRole('button', { name: 'Buka kembali…' }).click()
  const preview = page.getByTestId('reopen-preview')
  await expect(preview).toContainText('SHU tahun ini (Rp1.000.000)')
  await expect(preview.locator('li')).toHaveCount(3)
  await expect(preview.locator('li').nth(0)).toContainText('Reklasifikasi → 3-5102')
  await expect(preview.locator('li').nth(0)).toContainText('Rp1.000.000')
  await expect(preview.locator('li').nth(2)).toContainText('Penutup')
  await expect(preview.locator('li').nth(2)).toContainText('Rp1.500.000')
  await expect(preview).toContainText('Bulan yang dibuka kuncinya: Januari 2026')
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click()
  await expect(page.getByTestId('close-state')).toHaveText('Ditutup')
})

test('posting the SHU shows the journal and the members who receive their share before it is booked', async ({
  page
}) => {
  await open(page, 'rat/shu?tahun=2026')
  await page.getByLabel('Tanggal RAT').fill('15/03/2027')
  await page.getByLabel('Tanggal RAT').blur()
  await page.getByRole('button', { name: 'Bukukan pembagian' }).click()
  const dialog = page.getByRole('dialog', { name: 'Bukukan pembagian SHU tahun buku 2026?' })
  await expect(dialog.getByTestId('shu-post-members')).toHaveText(
    '2 anggota menerima SHU bagian anggota, jumlah Rp200.000.'
  )
  const lines = rowsOf(page, 'Jurnal yang akan dibukukan')
  await expect(lines.first()).toContainText('3-5102')
  await expect(lines.first()).toContainText('1.000.000')
  await expect(page.getByRole('table', { name: 'Jurnal yang akan dibukukan' }).locator('tfoot')).toContainText(
    '1.000.0001.000.000'
  )
  expect(
    ((await app.executor.execute('shu.payables', { year: 2026 })) as { result: { rows: unknown[] } }).result.rows
  ).toHaveLength(0)
  await dialog.getByRole('button', { name: 'Ya, bukukan' }).click()
  await expect(page.getByText(/Pembagian SHU dibukukan: JU-2027-\d+\./)).toBeVisible()
  const payables = (await app.executor.execute('shu.payables', { year: 2026 })) as {
    result: { rows: { name: string; amount: number }[] }
  }
  expect(payables.result.rows.map((r) => [r.name, r.amount])).toEqual([
    ['Ani', 50_000],
    ['Budi', 150_000]
  ])
})

test('writing off a loan shows the principal, the journal and the PPAP before and after', async ({ page }) => {
  await run('loans.provision', { date: '2027-03-15' })
  await open(page, `pinjaman/detail?id=${loanId}`)
  const form = page.getByRole('form', { name: 'Hapus buku' })
  await form.getByLabel('Alasan hapus buku').fill('Anggota pindah, tidak dapat ditagih')
  await form.getByRole('button', { name: 'Hapus buku' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Hapus buku pinjaman PJ-2026-00001?')
  await expect(dialog).toContainText('A-0001 · Ani')
  await expect(dialog.getByTestId('writeoff-pokok')).toHaveText('Rp2.000.000')
  const lines = rowsOf(page, 'Jurnal yang akan dibukukan')
  await expect(lines.nth(0)).toContainText('1-1490')
  await expect(lines.nth(0)).toContainText('2.000.000')
  await expect(lines.nth(1)).toContainText('1-1401')
  await expect(dialog.getByTestId('writeoff-ppap')).toHaveText(
    'PPAP yang sudah dibentuk: Rp2.000.000 → sesudah hapus buku Rp0.'
  )
  await dialog.getByRole('button', { name: 'Ya, hapus buku' }).click()
  await expect(page.getByText('Pinjaman dihapus buku.')).toBeVisible()
})
