import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpBridge } from '../../../main/http/server'
import type { CommandResponse } from '../../../shared/errors'
import { buildDeskTemplate, openDesk, TODAY, USERS, type Desk, type DeskTemplate, type Username } from './fixture'

/**
 * Issue 19 point 2: what each role may do, proved at the command level (the one place every door
 * passes) and again over the HTTP bridge. A refusal is UNAUTHORIZED with a message in Bahasa
 * Indonesia naming the role and the action; a permitted command gets past the role check (it may
 * still fail on its own terms, e.g. loan 999 does not exist).
 */
type Probe = { what: string; name: string; input: (d: Desk) => unknown }
const PROBES: Probe[] = [
  { what: 'buka kas', name: 'till.open', input: () => ({ date: TODAY, openingFloat: 100_000 }) },
  {
    what: 'penjualan gerai',
    name: 'trading.sell',
    input: (d) => ({ date: TODAY, unit: 'SEMBAKO', lines: [{ itemId: d.ids.beras, qty: 1 }] })
  },
  {
    what: 'setoran simpanan',
    name: 'savings.deposit',
    input: (d) => ({ memberId: d.ids.siti, type: 'SUKARELA', amount: 20_000, date: TODAY, cashAccount: '1-1110' })
  },
  {
    what: 'penarikan simpanan',
    name: 'savings.withdraw',
    input: (d) => ({ memberId: d.ids.siti, type: 'SUKARELA', amount: 10_000, date: TODAY, cashAccount: '1-1110' })
  },
  {
    what: 'angsuran pinjaman',
    name: 'loans.pay',
    input: () => ({ loanId: 999, amount: 10_000, date: TODAY, cashAccount: '1-1110' })
  },
  { what: 'cari anggota', name: 'members.list', input: () => ({ search: 'Siti' }) },
  { what: 'daftar barang', name: 'trading.items', input: () => ({ unit: 'SEMBAKO' }) },
  { what: 'baca jurnal', name: 'journal.list', input: () => ({}) },
  { what: 'neraca saldo', name: 'reports.trialBalance', input: () => ({ asOf: TODAY }) },
  {
    what: 'jurnal umum',
    name: 'journal.post',
    input: () => ({
      date: TODAY,
      description: 'Coba',
      lines: [
        { account: '1-1101', debit: 1_000 },
        { account: '3-3101', credit: 1_000 }
      ]
    })
  },
  { what: 'ubah akun', name: 'accounts.update', input: () => ({ code: '1-1102', name: 'Kas Kecil Kantor' }) },
  { what: 'batas penarikan', name: 'till.setSettings', input: () => ({ withdrawLimit: 500_000 }) },
  {
    what: 'pengaturan simpanan',
    name: 'savings.setSettings',
    input: () => ({ effectiveFrom: '2026-03-01', pokokAmount: 50_000, wajibAmount: 25_000 })
  },
  { what: 'daftar pengguna', name: 'users.list', input: () => ({}) },
  { what: 'terima setoran kasir', name: 'till.accept', input: () => ({ sessionId: 999 }) },
  { what: 'daftar sesi kas', name: 'till.list', input: () => ({}) },
  { what: 'kunci periode', name: 'periods.lock', input: () => ({ month: '2026-02' }) }
]

const ALL = PROBES.map((p) => p.name)
const READS = ['members.list', 'trading.items', 'journal.list', 'reports.trialBalance', 'till.list']
/** What each role may do; everything else is refused. */
const ALLOWED: Record<(typeof USERS)[number]['role'], string[]> = {
  bendahara: ALL,
  ketua: [...READS, 'periods.lock'],
  pengawas: READS,
  viewer: READS,
  kasir: ['till.open', 'trading.sell', 'savings.deposit', 'savings.withdraw', 'members.list', 'trading.items'],
  teller: ['till.open', 'savings.deposit', 'savings.withdraw', 'loans.pay', 'members.list', 'trading.items']
}

const ROLE_OF = Object.fromEntries(USERS.map((u) => [u.username, u.role])) as Record<
  Username,
  (typeof USERS)[number]['role']
>
/** One user per role. */
const PEOPLE: Username[] = ['siti', 'pak.ketua', 'bu.pengawas', 'peninjau', 'kasir1', 'teller1']

type Call = (user: Username, name: string, input: unknown) => Promise<CommandResponse<unknown>>

async function matrix(user: Username, d: Desk, call: Call): Promise<{ allowed: string[]; refusals: string[] }> {
  const allowed: string[] = []
  const refusals: string[] = []
  for (const p of PROBES) {
    const r = await call(user, p.name, p.input(d))
    if (r.ok || r.error.code !== 'UNAUTHORIZED') allowed.push(p.name)
    else refusals.push(r.error.message)
  }
  return { allowed, refusals }
}

let template: DeskTemplate
beforeAll(async () => {
  template = await buildDeskTemplate()
}, 120_000)
afterAll(() => template.cleanup())

describe('roles at the command level', () => {
  for (const user of PEOPLE) {
    const role = ROLE_OF[user]
    it(`${role}: ${ALLOWED[role].length === ALL.length ? 'everything' : ALLOWED[role].join(', ')}`, async () => {
      const d = await openDesk(template)
      try {
        const { allowed, refusals } = await matrix(user, d, d.as)
        expect(allowed).toEqual(ALLOWED[role])
        for (const m of refusals) expect(m).toMatch(/^Peran [A-Z][a-z]+.* tidak berwenang untuk: [a-z]/)
        // a permitted command that reached the book posted what it said
        if (ALLOWED[role].includes('trading.sell'))
          expect((await d.ok<unknown[]>('siti', 'trading.docs', { type: 'JUAL' })).length).toBe(1)
      } finally {
        d.tb.close()
      }
    })
  }

  it('the refusal names the role and the action in Bahasa Indonesia', async () => {
    const d = await openDesk(template)
    try {
      expect(await d.as('kasir1', 'journal.post', PROBES.find((p) => p.name === 'journal.post')!.input(d))).toEqual({
        ok: false,
        error: {
          code: 'UNAUTHORIZED',
          message:
            'Peran Kasir gerai (penjualan dan simpanan di loket) tidak berwenang untuk: memposting jurnal seimbang (Σ debit = Σ kredit); nomor otomatis per seri dan tahun'
        }
      })
      expect(await d.as('teller1', 'trading.sell', PROBES[1]!.input(d))).toMatchObject({
        ok: false,
        error: {
          code: 'UNAUTHORIZED',
          message: expect.stringMatching(/^Peran Teller simpan pinjam .* tidak berwenang untuk: penjualan barang/)
        }
      })
      expect(await d.as('bu.pengawas', 'till.open', PROBES[0]!.input(d))).toMatchObject({
        ok: false,
        error: {
          message: expect.stringMatching(/^Peran Pengawas \(hanya baca\) tidak berwenang untuk: membuka kas kasir/)
        }
      })
    } finally {
      d.tb.close()
    }
  })
})

describe('roles over the HTTP bridge', () => {
  it('each role gets the same answers through POST /rpc/<command> with its session', async () => {
    const d = await openDesk(template)
    const bridge = await startHttpBridge({ executor: d.host, staticDir: null })
    try {
      const call: Call = async (user, name, input) => {
        const res = await fetch(`${bridge.url}/rpc/${name}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Lumbung-Token': bridge.token,
            'X-Lumbung-Session': d.token[user]
          },
          body: JSON.stringify(input)
        })
        return (await res.json()) as CommandResponse<unknown>
      }
      for (const user of ['kasir1', 'teller1', 'bu.pengawas', 'pak.ketua'] as const) {
        const { allowed, refusals } = await matrix(user, d, call)
        expect(allowed, user).toEqual(ALLOWED[ROLE_OF[user]])
        for (const m of refusals) expect(m).toMatch(/tidak berwenang untuk: /)
      }
      // without a session nothing but the public commands
      const res = await fetch(`${bridge.url}/rpc/till.current`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lumbung-Token': bridge.token },
        body: '{}'
      })
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Silakan masuk (login) terlebih dahulu' }
      })
    } finally {
      await bridge.close()
      d.tb.close()
    }
  })
})
