import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'
import { defaultChart } from '../../../main/ledger/default-chart'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
})
afterEach(() => tb.close())

describe('chart of accounts', () => {
  it('is seeded from DOMAIN.md §2 with type and group headers and the right normal balances', () => {
    const accounts = tb.run('accounts.list', {})
    expect(accounts.length).toBe(defaultChart().length)
    const by = new Map(accounts.map((a) => [a.code, a]))
    expect(by.get('1-1101')).toMatchObject({
      name: 'Kas Kantor / Kas Besar',
      type: 'ASET',
      normalBalance: 'D',
      isHeader: false,
      parentCode: '1-11'
    })
    expect(by.get('1-1490')).toMatchObject({ type: 'ASET', normalBalance: 'K' })
    expect(by.get('4-2109')).toMatchObject({ type: 'PENDAPATAN', normalBalance: 'D' })
    expect(by.get('2-1101')).toMatchObject({ type: 'LIABILITAS', normalBalance: 'K' })
    expect(by.get('3-1101')).toMatchObject({ name: 'Simpanan Pokok', type: 'EKUITAS', normalBalance: 'K' })
    expect(by.get('5-9101')).toMatchObject({ type: 'BEBAN', normalBalance: 'D' })
    expect(by.get('1')).toMatchObject({ isHeader: true, parentCode: null, depth: 0 })
    expect(by.get('1-11')).toMatchObject({ isHeader: true, parentCode: '1', depth: 1 })
    for (const code of [
      '1-1201',
      '1-1401',
      '2-1601',
      '2-1606',
      '3-4101',
      '3-5101',
      '3-5102',
      '3-9999',
      '4-1101',
      '4-1201',
      '4-1301',
      '5-2104'
    ]) {
      expect(by.has(code), code).toBe(true)
    }
  })

  it('adds sub-accounts; a used account cannot become a parent; only leaves take postings', () => {
    const bri = tb.run('accounts.create', { parentCode: '1-1201', code: '1-1201-01', name: 'Bank BRI Unit Cibeber' })
    expect(bri).toMatchObject({ parentCode: '1-1201', normalBalance: 'D', type: 'ASET', isHeader: false })
    tb.run('accounts.create', { parentCode: '1-1201', code: '1-1201-02', name: 'Bank Mandiri' })
    expect(tb.run('accounts.list', {}).find((a) => a.code === '1-1201')!.isHeader).toBe(true)
    expect(
      tb.fail('journal.post', {
        date: '2026-01-02',
        description: 'x',
        lines: [
          { account: '1-1201', debit: 5 },
          { account: '1-1101', credit: 5 }
        ]
      }).field
    ).toBe('lines.0.account')
    tb.run('journal.post', {
      date: '2026-01-02',
      description: 'Setor ke bank',
      lines: [
        { account: '1-1201-01', debit: 5 },
        { account: '1-1101', credit: 5 }
      ]
    })
    // 1-1101 is used now: it cannot get children.
    expect(tb.fail('accounts.create', { parentCode: '1-1101', code: '1-1101-01', name: 'Kas pusat' }).code).toBe(
      'CONFLICT'
    )
    // contra accounts pass their side to sub-accounts
    expect(
      tb.run('accounts.create', { parentCode: '1-3209', code: '1-3209-01', name: 'Akum. peny. gerai' }).normalBalance
    ).toBe('K')
    expect(tb.fail('accounts.create', { parentCode: '1-1201', code: '1-1201-01', name: 'dobel' }).code).toBe('CONFLICT')
    expect(tb.fail('accounts.create', { parentCode: '1-1201', code: '1-1301-01', name: 'salah induk' }).field).toBe(
      'code'
    )
    expect(tb.fail('accounts.create', { parentCode: '1-9999', code: '1-9999-01', name: 'x' }).field).toBe('parentCode')
    expect(tb.fail('accounts.create', { parentCode: '1-1201', code: 'abc', name: 'x' }).field).toBe('code')
  })

  it('renames any account; the code is immutable once used', () => {
    tb.run('accounts.update', { code: '1-1102', name: 'Kas Kecil Kantor' })
    expect(tb.run('accounts.update', { code: '1-1102', newCode: '1-1103' }).code).toBe('1-1103')
    tb.run('journal.post', {
      date: '2026-01-02',
      description: 'Isi kas kecil',
      lines: [
        { account: '1-1103', debit: 5 },
        { account: '1-1101', credit: 5 }
      ]
    })
    const err = tb.fail('accounts.update', { code: '1-1103', newCode: '1-1104' })
    expect(err.code).toBe('CONFLICT')
    expect(err.field).toBe('newCode')
    expect(tb.run('accounts.update', { code: '1-1103', name: 'Kas Kecil' }).name).toBe('Kas Kecil')
    expect(tb.fail('accounts.update', { code: '1-1110', newCode: '1-1101' }).code).toBe('CONFLICT')
    expect(tb.fail('accounts.update', { code: '1-1110', newCode: '1-1201-09' }).code).toBe('INVALID_INPUT')
  })

  it('deactivates and reactivates; an account with a balance or active children stays active', () => {
    tb.run('journal.post', {
      date: '2026-01-02',
      description: 'x',
      lines: [
        { account: '1-1102', debit: 5 },
        { account: '1-1101', credit: 5 }
      ]
    })
    expect(tb.fail('accounts.setActive', { code: '1-1102', active: false }).code).toBe('CONFLICT')
    expect(tb.fail('accounts.setActive', { code: '1-11', active: false }).code).toBe('CONFLICT')
    expect(tb.run('accounts.setActive', { code: '1-1110', active: false }).isActive).toBe(false)
    expect(tb.run('accounts.list', { includeInactive: false }).some((a) => a.code === '1-1110')).toBe(false)
    expect(tb.run('accounts.setActive', { code: '1-1110', active: true }).isActive).toBe(true)
    expect(tb.run('accounts.list', { postableOnly: true }).every((a) => !a.isHeader)).toBe(true)
  })
})

describe('business units', () => {
  it('seeds the seven KDKMP units and lets the treasurer edit them', () => {
    expect(tb.run('units.list', {}).map((u) => u.code)).toEqual([
      'KANTOR',
      'SEMBAKO',
      'USP',
      'KLINIK',
      'APOTEK',
      'GUDANG',
      'LOGISTIK'
    ])
    expect(tb.run('units.create', { code: 'PUPUK', name: 'Kios Pupuk' }).sortOrder).toBe(7)
    expect(tb.fail('units.create', { code: 'PUPUK', name: 'lagi' }).code).toBe('CONFLICT')
    expect(tb.fail('units.create', { code: 'pupuk kecil', name: 'x' }).field).toBe('code')
    expect(tb.run('units.update', { code: 'KLINIK', name: 'Klinik Desa Sehat' }).name).toBe('Klinik Desa Sehat')
    expect(tb.run('units.setActive', { code: 'LOGISTIK', active: false }).isActive).toBe(false)
    expect(tb.run('units.list', { includeInactive: false })).toHaveLength(7)
  })
})

describe('setup and profile', () => {
  it('refuses a second setup and commands before setup', async () => {
    expect(
      tb.fail('setup.initialize', {
        profile: { name: 'x', village: 'a', district: 'b', regency: 'c', province: 'd', cooperativeType: 'e' },
        firstFinancialYear: 2026,
        booksStartDate: '2026-01-01'
      }).code
    ).toBe('ALREADY_INITIALIZED')
    const fresh = await createTestBook({ initialize: false })
    try {
      expect(fresh.run('setup.status', {}).initialized).toBe(false)
      expect(fresh.fail('journal.list', {}).code).toBe('NOT_INITIALIZED')
      const err = fresh.fail('setup.initialize', {
        profile: { name: 'Kop', village: '', district: 'b', regency: 'c', province: 'd', cooperativeType: 'e' },
        firstFinancialYear: 2026,
        booksStartDate: '2026-01-01'
      })
      expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'profile.village' })
      expect(err.message).toBe('Profil koperasi › Desa/kelurahan: wajib diisi')
      expect(fresh.book.sqlite.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 })
    } finally {
      fresh.close()
    }
  })

  it('honours excluded and extra accounts and custom units at setup', async () => {
    const t = await createTestBook({ initialize: false })
    try {
      t.run('setup.initialize', {
        profile: {
          name: 'Kop',
          village: 'a',
          district: 'b',
          regency: 'c',
          province: 'd',
          cooperativeType: 'Koperasi Serba Usaha'
        },
        firstFinancialYear: 2025,
        booksStartDate: '2026-01-01',
        excludeAccounts: ['1-1604', '4-23'],
        extraAccounts: [{ parentCode: '1-1201', code: '1-1201-01', name: 'BRI' }],
        units: [
          { code: 'KANTOR', name: 'Kantor' },
          { code: 'USP', name: 'Simpan Pinjam' }
        ]
      })
      const codes = t.run('accounts.list', {}).map((a) => a.code)
      expect(codes).not.toContain('1-1604')
      expect(codes).not.toContain('4-2301')
      expect(codes).not.toContain('4-23')
      expect(codes).toContain('1-1201-01')
      expect(t.run('accounts.list', {}).find((a) => a.code === '1-1201')!.isHeader).toBe(true)
      expect(t.run('units.list', {}).map((u) => u.code)).toEqual(['KANTOR', 'USP'])
      expect(t.run('profile.get', {})).toMatchObject({ firstFinancialYear: 2025, booksStartDate: '2026-01-01' })
      expect(
        t.run('profile.update', {
          name: 'Kop Baru',
          village: 'a',
          district: 'b',
          regency: 'c',
          province: 'd',
          cooperativeType: 'Koperasi Serba Usaha'
        }).name
      ).toBe('Kop Baru')
    } finally {
      t.close()
    }
  })
})
