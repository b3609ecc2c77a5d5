import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
})
afterEach(() => tb.close())

const siti = {
  name: 'Siti Aminah',
  nik: '3273054508900001',
  gender: 'P' as const,
  birthPlace: 'Bandung',
  birthDate: '1990-08-05',
  occupation: 'Petani',
  rt: '001',
  rw: '002',
  dusun: 'Krajan',
  village: 'Sukamaju',
  phone: '0812-3456-7890',
  joinedAt: '2026-01-05'
}

describe('Buku Daftar Anggota', () => {
  it('registers a member with every column, a series number and a serial that is never reused', () => {
    const a = tb.run('members.create', siti)
    expect(a).toMatchObject({
      serial: 1,
      memberNo: 'A-0001',
      name: 'Siti Aminah',
      nik: '3273054508900001',
      gender: 'P',
      status: 'AKTIF',
      village: 'Sukamaju',
      rt: '001',
      joinedAt: '2026-01-05',
      signedRegister: false
    })
    const b = tb.run('members.create', {
      name: 'Budi Santoso',
      nik: '3404071203850003',
      gender: 'L',
      joinedAt: '2026-01-06',
      status: 'CALON'
    })
    expect(b).toMatchObject({ serial: 2, memberNo: 'A-0002', status: 'CALON', birthDate: '1985-03-12' })
    const c = tb.run('members.create', { name: 'Tanpa NIK', gender: 'L', joinedAt: '2026-01-06', memberNo: 'KDMP-77' })
    expect(c.memberNo).toBe('KDMP-77')
    expect(
      tb.fail('members.create', { name: 'x', gender: 'L', joinedAt: '2026-01-06', memberNo: 'KDMP-77' }).field
    ).toBe('memberNo')
    expect(() => tb.book.sqlite.prepare('DELETE FROM members WHERE id = 3').run()).toThrow(/tidak dapat dihapus/)
  })

  it('refuses NIK errors and duplicates; warnings need to be accepted', () => {
    expect(tb.fail('members.create', { ...siti, nik: '3273056013900001' })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'nik'
    })
    expect(tb.fail('members.create', { ...siti, nik: '327305450890000' }).message).toMatch(/16 digit/)
    tb.run('members.create', siti)
    const dup = tb.fail('members.create', { ...siti, name: 'Orang Lain' })
    expect(dup).toMatchObject({ code: 'CONFLICT', field: 'nik' })
    expect(dup.message).toContain('Siti Aminah')
    const warn = tb.fail('members.create', { ...siti, nik: '3273054508900002', gender: 'L' })
    expect(warn).toMatchObject({ code: 'NEEDS_CONFIRMATION', field: 'nik' })
    expect(warn.message).toMatch(/Jenis kelamin/)
    expect(
      tb.run('members.create', { ...siti, nik: '3273054508900002', gender: 'L', acceptNikWarnings: true }).gender
    ).toBe('L')
    expect(tb.run('members.list', {}).total).toBe(2)
  })

  it('checkNik reports the reading, the warnings and a duplicate', () => {
    const m = tb.run('members.create', siti)
    const r = tb.run('members.checkNik', { nik: '3273054508900001', gender: 'L' })
    expect(r).toMatchObject({
      valid: true,
      gender: 'P',
      provinceName: 'Jawa Barat',
      duplicateOf: { id: m.id, memberNo: 'A-0001' }
    })
    expect(r.warnings[0]).toMatch(/Jenis kelamin/)
    expect(tb.run('members.checkNik', { nik: '3273054508900001', exceptMemberId: m.id }).duplicateOf).toBeNull()
  })

  it('edits keep a history of who, when, old → new, and leave other fields alone', () => {
    const m = tb.run('members.create', siti)
    const u = tb.run('members.update', { id: m.id, phone: '0813-0000-1111', rt: '003' })
    expect(u).toMatchObject({
      phone: '0813-0000-1111',
      rt: '003',
      nik: siti.nik,
      village: 'Sukamaju',
      occupation: 'Petani'
    })
    tb.run('members.update', { id: m.id, occupation: '' })
    const h = tb.run('members.history', { id: m.id })
    expect(h.map((x) => [x.field, x.oldValue, x.newValue])).toEqual([
      ['occupation', 'Petani', null],
      ['phone', '0812-3456-7890', '0813-0000-1111'],
      ['rt', '001', '003']
    ])
    expect(h[0]!.actor).toBe('penguji')
    // nothing changed: no history row
    tb.run('members.update', { id: m.id, rt: '003' })
    expect(tb.run('members.history', { id: m.id })).toHaveLength(3)
    // a NIK edit is validated like a new one
    const other = tb.run('members.create', {
      name: 'Budi',
      nik: '3404071203850003',
      gender: 'L',
      joinedAt: '2026-01-06'
    })
    expect(tb.fail('members.update', { id: other.id, nik: siti.nik }).code).toBe('CONFLICT')
    expect(tb.fail('members.update', { id: 999, name: 'x' }).code).toBe('NOT_FOUND')
  })

  it('activates a calon member', () => {
    const m = tb.run('members.create', { ...siti, status: 'CALON' })
    expect(tb.run('members.activate', { id: m.id, date: '2026-02-01' })).toMatchObject({
      status: 'AKTIF',
      joinedAt: '2026-02-01'
    })
    expect(tb.fail('members.activate', { id: m.id, date: '2026-02-01' }).code).toBe('CONFLICT')
  })

  it('searches by name, number or NIK ignoring case, with filters and paging', () => {
    tb.run('members.create', siti)
    tb.run('members.create', {
      name: 'Budi Santoso',
      nik: '3404071203850003',
      gender: 'L',
      joinedAt: '2026-01-06',
      village: 'Cibeber',
      rt: '004'
    })
    tb.run('members.create', {
      name: 'siti rahayu',
      gender: 'P',
      joinedAt: '2026-01-07',
      village: 'sukamaju',
      status: 'CALON'
    })
    expect(tb.run('members.list', { search: 'SITI' }).items.map((m) => m.name)).toEqual(['Siti Aminah', 'siti rahayu'])
    expect(tb.run('members.list', { search: 'a-0002' }).items.map((m) => m.name)).toEqual(['Budi Santoso'])
    expect(tb.run('members.list', { search: '340407' }).total).toBe(1)
    expect(tb.run('members.list', { gender: 'P' }).total).toBe(2)
    expect(tb.run('members.list', { status: 'CALON' }).total).toBe(1)
    expect(tb.run('members.list', { village: 'SUKAMAJU' }).total).toBe(2)
    expect(tb.run('members.list', { rt: '004' }).total).toBe(1)
    expect(tb.run('members.list', { pageSize: 2, page: 2 }).items).toHaveLength(1)
    expect(tb.run('members.list', { search: '%' }).total).toBe(0)
  })
})
