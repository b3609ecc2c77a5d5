import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { commands, COMMAND_NAMES, type CommandName } from '../../../shared/commands'
import { FIELD_LABELS } from '../../../shared/validation/field-labels'
import { fieldLabel } from '../../../shared/validation/issues'
import { openBook, type Book } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { badInputsFor, exampleOf, jsonSchemaOf, type FieldValues } from '../../helpers/schema-inputs'

/*
 * Every command, from its own schema: a valid input (built from the zod schema, with ids of rows
 * that exist in a small book) must succeed or be refused by a rule of the book, never crash; and
 * each field made wrong (type, left out, out of range) must be refused by the schema naming that
 * field in Indonesian, with nothing written. A new command is covered without any change here; one
 * whose input the generator cannot build must get a sample in MANUAL, or this test fails.
 */

const t = tempDir('lumbung-semua-perintah-')
afterAll(() => t.cleanup())
const fixtureFile = join(t.dir, 'contoh.sqlite')
const NOW = new Date('2026-06-30T03:00:00.000Z')

/** Ids of the rows the set-up book holds, filled in beforeAll. */
const FIX: Record<string, number> = {}

const values: FieldValues = (key, command, schema) => {
  const mod = command.split('.')[0]
  switch (key) {
    case 'memberId':
      return FIX.member
    case 'exceptMemberId':
      return FIX.member2
    case 'memberIds':
      return [FIX.member]
    case 'loanId':
      return FIX.loan
    case 'itemId':
      return FIX.item
    case 'supplierId':
      return FIX.supplier
    case 'entryId':
      return FIX.entry
    case 'saleId':
    case 'docId':
    case 'causeDocId':
      return FIX.sale
    case 'purchaseId':
      return FIX.purchase
    case 'assetId':
      return FIX.asset ?? 1
    case 'ratId':
      return FIX.rat ?? 1
    case 'officerId':
      return FIX.officer ?? 1
    case 'attemptId':
      return FIX.attempt ?? 1
    case 'id':
      if (mod === 'journal') return FIX.entry
      if (mod === 'members') return FIX.member
      if (command === 'trading.doc') return FIX.sale
      if (mod === 'recurring') return FIX.recurring ?? 1
      if (command === 'org.end') return FIX.officer ?? 1
      return undefined
    case 'account':
    case 'cashAccount':
      return '1-1101'
    case 'productCode':
      return 'UMUM'
    case 'unit':
      return mod === 'units' ? undefined : 'SEMBAKO'
    case 'username':
      return 'budi'
    case 'password':
    case 'newPassword':
    case 'currentPassword':
    case 'oldPassword':
      return 'sandi-rahasia-9'
    case 'year':
    case 'firstFinancialYear':
      return 2026
    case 'from':
      return '2026-01-01'
    case 'to':
    case 'asOf':
      return '2026-06-30'
    case 'file':
      return join(t.dir, 'tidak-ada.xlsx')
    case 'extraFolder':
      return join(t.dir, 'cadangan-tambahan')
    case 'reason':
      return schema.enum ? undefined : 'Koreksi faktur pemasok'
    case 'address':
      return '127.0.0.1'
    case 'profile':
      return SAMPLE_PROFILE
    default:
      return undefined
  }
}

const RENT = [
  { account: '5-3101', debit: 300_000 },
  { account: '1-1101', credit: 300_000 }
]

/** Inputs the generator cannot build from the schema alone (cross-field rules). */
const MANUAL: Partial<Record<CommandName, () => Record<string, unknown>>> = {
  'journal.post': () => ({
    date: '2026-06-15',
    description: 'Uji',
    lines: [
      { account: '1-1101', debit: 1000 },
      { account: '3-3101', credit: 1000 }
    ]
  }),
  'accounts.create': () => ({ parentCode: '1-1201', code: '1-1201-01', name: 'Bank desa' }),
  'accounts.update': () => ({ code: '1-1102', name: 'Kas kecil' }),
  'accounts.setActive': () => ({ code: '1-1110', active: false }),
  'units.create': () => ({ code: 'PUPUK', name: 'Kios pupuk' }),
  'units.update': () => ({ code: 'KLINIK', name: 'Klinik' }),
  'units.setActive': () => ({ code: 'LOGISTIK', active: false }),
  'recurring.create': () => ({ description: 'Sewa kios', dayOfMonth: 5, startMonth: '2026-07', lines: RENT }),
  'recurring.update': () => ({
    id: FIX.recurring ?? 1,
    description: 'Sewa kios',
    dayOfMonth: 5,
    startMonth: '2026-07',
    lines: RENT
  }),
  'org.save': () => ({ body: 'PENGURUS', position: 'KETUA', memberId: FIX.member, termStart: '2026-01-01' }),
  // The RAT of a year is held after the year ends.
  'rat.save': () => ({ year: 2025, number: 1, date: '2026-03-20', place: 'Balai Desa Sukamaju' })
}

function validInput(name: CommandName): { input: Record<string, unknown>; how: string } | null {
  const schema = commands[name].input as z.ZodType
  const manual = MANUAL[name]
  if (manual) {
    const input = manual()
    return schema.safeParse(input).success ? { input, how: 'contoh' } : null
  }
  const js = jsonSchemaOf(name)
  for (const withOptional of [false, true]) {
    const input = exampleOf(js, name, values, withOptional) as Record<string, unknown>
    if (schema.safeParse(input).success) return { input, how: withOptional ? 'skema+opsional' : 'skema' }
  }
  return null
}

function fingerprint(book: Book): string {
  const h = createHash('sha256')
  const tables = (
    book.sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
      name: string
    }[]
  ).map((r) => r.name)
  for (const name of tables)
    h.update(name).update(JSON.stringify(book.sqlite.prepare(`SELECT * FROM "${name}"`).raw().all()))
  return h.digest('hex')
}

async function must(host: BookHost, name: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await host.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`)
  return r.result as Record<string, unknown>
}

/** The set-up book: members with savings, a loan, gerai stock and sales, and one row of each register. */
beforeAll(async () => {
  const book = await openBook(fixtureFile, { create: true })
  const host = createExecutor(book, { now: () => new Date(NOW) })
  try {
    await must(host, 'setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
    FIX.entry = (
      (await must(host, 'journal.post', {
        date: '2026-01-02',
        description: 'Modal penyertaan desa',
        lines: [
          { account: '1-1101', debit: 50_000_000 },
          { account: '3-2101', credit: 50_000_000 }
        ]
      })) as { id: number }
    ).id
    await must(host, 'savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 25_000 })
    FIX.member = (
      (await must(host, 'members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' })) as {
        id: number
      }
    ).id
    FIX.member2 = (
      (await must(host, 'members.create', { name: 'Budi Santoso', gender: 'L', joinedAt: '2026-01-05' })) as {
        id: number
      }
    ).id
    for (const m of [FIX.member, FIX.member2]) {
      await must(host, 'savings.deposit', { memberId: m, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
      await must(host, 'savings.deposit', { memberId: m, type: 'WAJIB', amount: 75_000, date: '2026-03-01' })
      await must(host, 'savings.deposit', { memberId: m, type: 'SUKARELA', amount: 500_000, date: '2026-03-01' })
    }
    await must(host, 'loans.setProduct', {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Pinjaman Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 50_000_000
    })
    const loan = (await must(host, 'loans.apply', {
      memberId: FIX.member,
      productCode: 'UMUM',
      principal: 6_000_000,
      tenorMonths: 12,
      date: '2026-02-10'
    })) as { id: number }
    await must(host, 'loans.decide', { loanId: loan.id, approve: true, date: '2026-02-10' })
    await must(host, 'loans.disburse', { loanId: loan.id, date: '2026-02-10', firstDueDate: '2026-03-10' })
    FIX.loan = loan.id
    FIX.supplier = ((await must(host, 'trading.saveSupplier', { name: 'UD Makmur' })) as { id: number }).id
    FIX.item = (
      (await must(host, 'trading.saveItem', {
        unit: 'SEMBAKO',
        code: 'BRS',
        name: 'Beras medium',
        uom: 'kg',
        sellPrice: 14_000
      })) as { id: number }
    ).id
    FIX.purchase = (
      (await must(host, 'trading.purchase', {
        date: '2026-02-01',
        unit: 'SEMBAKO',
        supplierId: FIX.supplier,
        payment: 'TUNAI',
        lines: [{ itemId: FIX.item, qty: 200, unitCost: 12_000 }]
      })) as { id: number }
    ).id
    FIX.sale = (
      (await must(host, 'trading.sell', {
        date: '2026-03-02',
        unit: 'SEMBAKO',
        memberId: FIX.member,
        lines: [{ itemId: FIX.item, qty: 10 }]
      })) as { id: number }
    ).id
    await must(host, 'users.create', {
      username: 'budi',
      fullName: 'Budi',
      role: 'viewer',
      password: 'sandi-rahasia-9'
    })
    // One row of each register, from the generator itself (its ids feed the commands that name them).
    for (const [name, key] of [
      ['assets.create', 'asset'],
      ['recurring.create', 'recurring'],
      ['rat.save', 'rat'],
      ['org.save', 'officer'],
      ['panduan.quizStart', 'attempt']
    ] as const) {
      const v = validInput(name)
      if (!v) continue
      const r = await host.execute(name, v.input)
      const id = r.ok ? (r.result as { id?: number; attemptId?: number }) : null
      if (id?.id ?? id?.attemptId) FIX[key] = (id!.id ?? id!.attemptId)!
    }
  } finally {
    await host.close()
  }
}, 60_000)

describe('every command, valid and invalid input generated from its schema', () => {
  it('valid: succeeds or a rule of the book refuses it; invalid: refused naming the field, nothing written', async () => {
    const uncovered: string[] = []
    const problems: string[] = []
    const unlabelled = new Set<string>()
    const tally = { succeeded: 0, refused: 0, internal: 0, bad: 0 }
    const refusedBy: Record<string, string[]> = {}
    for (const [i, name] of COMMAND_NAMES.entries()) {
      const valid = validInput(name)
      if (!valid) {
        uncovered.push(name)
        continue
      }
      const dir = join(t.dir, String(i))
      mkdirSync(dir)
      const file = join(dir, 'buku.sqlite')
      copyFileSync(fixtureFile, file)
      const book = await openBook(file)
      const host = createExecutor(book, { now: () => new Date(NOW), scratchDir: join(dir, 'periksa') })
      try {
        const before = fingerprint(book)
        const union = jsonSchemaOf(name).anyOf !== undefined
        for (const bad of badInputsFor(name, valid.input)) {
          tally.bad++
          const where = `${name} [${bad.field || '(seluruh isian)'} ${bad.how}] ${JSON.stringify(bad.input).slice(0, 160)}`
          const r = await host.execute(name, bad.input)
          if (r.ok) {
            problems.push(`${where}: diterima`)
            continue
          }
          const e = r.error
          if (e.code !== 'INVALID_INPUT') problems.push(`${where}: kode ${e.code} (${e.message})`)
          if (bad.field === '') {
            if (!/isian tidak dikenal: isianAsing/.test(e.message)) problems.push(`${where}: pesan "${e.message}"`)
            continue
          }
          // An input of several shapes with none closer than another: the schema's summary names the choice.
          if (e.field === undefined && union && e.message.startsWith('Isian: isi ') && e.message.includes(bad.field))
            continue
          if (e.field !== bad.field && !e.field?.startsWith(`${bad.field}.`)) {
            problems.push(`${where}: kolom ${String(e.field)} (${e.message})`)
            continue
          }
          const path = e.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))
          for (const seg of path) if (typeof seg === 'string' && !(seg in FIELD_LABELS)) unlabelled.add(seg)
          if (!e.message.startsWith(`${fieldLabel(path)}: `)) problems.push(`${where}: pesan "${e.message}"`)
          if (/Expected|Invalid input|Required|undefined|\[object Object\]/.test(e.message))
            problems.push(`${where}: pesan bukan bahasa Indonesia "${e.message}"`)
        }
        if (fingerprint(book) !== before) problems.push(`${name}: isian yang ditolak mengubah isi buku`)

        const r = await host.execute(name, valid.input)
        if (r.ok) tally.succeeded++
        else if (r.error.code === 'INTERNAL') {
          tally.internal++
          problems.push(`${name} ${JSON.stringify(valid.input).slice(0, 200)}: INTERNAL ${r.error.message}`)
        } else {
          tally.refused++
          ;(refusedBy[r.error.code] ??= []).push(name)
          if (
            r.error.message.length < 6 ||
            /Expected|Invalid input|undefined|\[object Object\]|SqliteError/.test(r.error.message)
          )
            problems.push(`${name}: pesan penolakan tidak jelas "${r.error.message}"`)
        }
      } finally {
        await host.close()
      }
    }
    console.log(
      `[semua perintah] ${COMMAND_NAMES.length} perintah: isian sah ${tally.succeeded} berhasil, ${tally.refused} ditolak aturan buku, ${tally.internal} INTERNAL; ${tally.bad} isian salah dicoba`
    )
    console.log(`[semua perintah] ditolak aturan buku: ${JSON.stringify(refusedBy)}`)
    expect(uncovered, 'perintah tanpa contoh isian sah (tambahkan ke MANUAL)').toEqual([])
    expect([...unlabelled].sort(), 'kolom tanpa label bahasa Indonesia di FIELD_LABELS').toEqual([])
    expect(problems).toEqual([])
  }, 180_000)
})
