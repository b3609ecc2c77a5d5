import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
})
afterEach(() => tb.close())

function journalCount(): number {
  return tb.run('journal.list', { page: 1, pageSize: 1 }).total
}

describe('buku kas: bukti kas masuk/keluar', () => {
  it('a receipt posts Dr kas / Cr each counter line in series KM, a payment Dr counter / Cr kas in KK', () => {
    const km = tb.run('cash.receipt', {
      date: '2026-01-05',
      cashAccount: '1-1101',
      partyName: 'Pemerintah Desa Sukamaju',
      description: 'Modal penyertaan Dana Desa',
      lines: [{ account: '3-2101', amount: 50_000_000 }]
    })
    expect(km.number).toBe('KM-2026-000001')
    expect(km.kind).toBe('MASUK')
    expect(km.total).toBe(50_000_000)
    expect(km.amountInWords).toBe('lima puluh juta rupiah')
    expect(km.cooperativeName).toBe('Koperasi Desa Merah Putih Sukamaju')
    expect(tb.run('journal.get', { id: km.entryId }).lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 50_000_000, 0],
      ['3-2101', 0, 50_000_000]
    ])

    const kk = tb.run('cash.payment', {
      date: '2026-01-10',
      partyName: 'Toko ATK Maju',
      description: 'Beli ATK dan bayar listrik',
      lines: [
        { account: '5-3202', amount: 350_000, unit: 'KANTOR', memo: 'kertas & tinta' },
        { account: '5-3201', amount: 1_249_275 }
      ]
    })
    expect(kk.number).toBe('KK-2026-000001')
    expect(kk.total).toBe(1_599_275)
    expect(kk.amountInWords).toBe('satu juta lima ratus sembilan puluh sembilan ribu dua ratus tujuh puluh lima rupiah')
    expect(kk.lines).toEqual([
      {
        accountCode: '5-3202',
        accountName: 'Beban ATK & Cetak',
        unitCode: 'KANTOR',
        memo: 'kertas & tinta',
        amount: 350_000
      },
      expect.objectContaining({ accountCode: '5-3201', amount: 1_249_275 })
    ])
    expect(tb.run('journal.get', { id: kk.entryId }).lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['5-3202', 350_000, 0],
      ['5-3201', 1_249_275, 0],
      ['1-1101', 0, 1_599_275]
    ])
    expect(tb.run('cash.voucher', { entryId: kk.entryId })).toEqual(kk)
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('refuses a non-cash account, a control counter account, the cash account as its own counter, in Indonesian, posting nothing', () => {
    const before = journalCount()
    const base = {
      date: '2026-01-05',
      partyName: 'Budi',
      description: 'Uji',
      lines: [{ account: '5-3202', amount: 1000 }]
    }
    let e = tb.fail('cash.payment', { ...base, cashAccount: '1-1601' })
    expect(e.field).toBe('cashAccount')
    expect(e.message).toBe(
      'Akun kas/bank: akun 1-1601 Persediaan Barang Dagangan – Sembako bukan akun kas atau bank (1-11xx atau 1-12xx)'
    )
    e = tb.fail('cash.payment', { ...base, lines: [{ account: '2-1101', amount: 1000 }] })
    expect(e.field).toBe('lines.0.account')
    expect(e.message).toMatch(/^Baris 1: akun 2-1101 .* dikelola menu Simpanan/)
    e = tb.fail('cash.receipt', { ...base, lines: [{ account: '1-1401', amount: 1000 }] })
    expect(e.message).toMatch(/menu Pinjaman/)
    e = tb.fail('cash.receipt', { ...base, lines: [{ account: '1-1101', amount: 1000 }] })
    expect(e.field).toBe('lines.0.account')
    e = tb.fail('cash.receipt', { ...base, lines: [{ account: '5-3202', amount: 0 }] })
    expect(e.field).toBe('lines.0.amount')
    expect(e.message).toContain('harus lebih dari Rp0')
    e = tb.fail('cash.receipt', { ...base, partyName: '' })
    expect(e.field).toBe('partyName')
    e = tb.fail('cash.receipt', { ...base, lines: [{ account: '5-32', amount: 1000 }] })
    expect(e.message).toContain('akun induk')
    expect(journalCount()).toBe(before)
  })

  it('the cash book shows every posting to the account, savings and loans included, with running balance', () => {
    tb.run('cash.receipt', {
      date: '2026-01-05',
      partyName: 'Desa',
      description: 'Modal penyertaan',
      lines: [{ account: '3-2101', amount: 10_000_000 }]
    })
    const siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
    tb.run('savings.deposit', { memberId: siti, type: 'SUKARELA', amount: 500_000, date: '2026-02-03' })
    tb.run('cash.payment', {
      date: '2026-02-10',
      partyName: 'PLN',
      description: 'Listrik Februari',
      lines: [{ account: '5-3201', amount: 275_500 }]
    })
    tb.run('journal.post', {
      date: '2026-02-12',
      description: 'Setor ke bank',
      series: 'KK',
      lines: [
        { account: '1-1201', debit: 2_000_000 },
        { account: '1-1101', credit: 2_000_000 }
      ]
    })
    tb.run('cash.payment', {
      date: '2026-03-01',
      partyName: 'X',
      description: 'Bulan berikutnya',
      lines: [{ account: '5-3201', amount: 1 }]
    })

    const b = tb.run('cash.book', { account: '1-1101', from: '2026-02-01', to: '2026-02-28' })
    expect(b.opening).toBe(10_000_000)
    expect(b.rows.map((r) => [r.date, r.number, r.in, r.out, r.balance, r.hasVoucher])).toEqual([
      ['2026-02-03', 'KM-2026-000002', 500_000, 0, 10_500_000, false],
      ['2026-02-10', 'KK-2026-000001', 0, 275_500, 10_224_500, true],
      ['2026-02-12', 'KK-2026-000002', 0, 2_000_000, 8_224_500, false]
    ])
    expect(b).toMatchObject({ totalIn: 500_000, totalOut: 2_275_500, closing: 8_224_500 })
    // The ledger agrees.
    const tbRow = tb.run('reports.trialBalance', { asOf: '2026-02-28' }).rows.find((r) => r.code === '1-1101')!
    expect(tbRow.closingDebit).toBe(8_224_500)
    const bank = tb.run('cash.book', { account: '1-1201', from: '2026-01-01', to: '2026-12-31' })
    expect(bank).toMatchObject({ opening: 0, totalIn: 2_000_000, closing: 2_000_000 })
    expect(tb.fail('cash.book', { account: '5-3201', from: '2026-01-01', to: '2026-01-31' }).field).toBe('account')
    expect(tb.fail('cash.book', { account: '1-1101', from: '2026-02-01', to: '2026-01-31' }).field).toBe('from')
  })

  it('a reversed voucher shows its reversal, and both appear in the cash book', () => {
    allowOverdraft(tb)
    const kk = tb.run('cash.payment', {
      date: '2026-01-10',
      partyName: 'PLN',
      description: 'Listrik',
      lines: [{ account: '5-3201', amount: 100_000 }]
    })
    const rev = tb.run('journal.reverse', { entryId: kk.entryId, date: '2026-01-11', reason: 'Salah akun' })
    expect(tb.run('cash.voucher', { entryId: kk.entryId }).reversedBy).toEqual({ id: rev.id, number: rev.number })
    const b = tb.run('cash.book', { account: '1-1101', from: '2026-01-01', to: '2026-01-31' })
    expect(b.rows.map((r) => [r.in, r.out])).toEqual([
      [0, 100_000],
      [100_000, 0]
    ])
    expect(b.closing).toBe(0)
    expect(tb.fail('cash.voucher', { entryId: rev.id }).code).toBe('NOT_FOUND')
  })
})
