import { lastDayOfMonth } from '../../shared/dates/calendar'
import {
  addMonths,
  type ChecklistItem,
  type ChecklistKey,
  type FirstMonthChecklist
} from '../../shared/panduan/calendar'
import type { CommandContext } from '../commands/context'
import { qb } from '../db/query'
import { backupSettings } from '../backup/settings'
import { currentOpening, OPENING_SOURCE } from '../bookkeeping/opening'
import { isMonthLocked } from '../ledger/periods'
import { productsAt } from '../loans/products'
import { listOfficers, membersOn } from '../rat'
import { ON_REGISTER } from '../members/on-register'
import { wajibArrears } from '../savings/wajib'
import { settingsAt } from '../savings/settings'
import { requireProfile } from '../setup/profile'
import { marks } from './calendar'

/**
 * Langkah bulan pertama: what a new book needs for a correct first month, each ticked from what
 * the book shows (DOMAIN.md §1.3, §1.5, §3, §9.3, §9.8). Only "no opening balances" (a new
 * cooperative) is ticked by hand.
 */
export function firstMonthChecklist(ctx: CommandContext, asOf: string): FirstMonthChecklist {
  const { book } = ctx
  const profile = requireProfile(book)
  const firstMonth = profile.booksStartDate.slice(0, 7)
  const firstEnd = lastDayOfMonth(firstMonth)
  const marked = marks(book)
  const items: ChecklistItem[] = []
  const add = (key: ChecklistKey, done: boolean, route: string, basis: string, extra: Partial<ChecklistItem> = {}) =>
    items.push({ key, done, count: null, total: null, notNeeded: false, manual: false, route, basis, ...extra })

  add('PROFIL', Boolean(profile.legalEntityNumber), 'pengaturan/profil', '§7.1')

  const pengurus = listOfficers(book, asOf, 'PENGURUS')
  const pengawas = listOfficers(book, asOf, 'PENGAWAS')
  const seat = (p: string) => pengurus.some((o) => o.position === p)
  add('PENGURUS', seat('KETUA') && seat('BENDAHARA') && pengawas.length > 0, 'rat/organisasi', '§1.4, §6.1', {
    count: pengurus.length + pengawas.length
  })

  const s = settingsAt(book, asOf)
  add('PENGATURAN_SIMPANAN', s !== null && s.pokokAmount > 0 && s.wajibAmount > 0, 'simpanan/pengaturan', '§3.1')

  const members = membersOn(book, asOf).total
  add('ANGGOTA', members >= 9, 'anggota/daftar', '§1.3, §1.5', { count: members, total: 9 })

  add('SALDO_AWAL', currentOpening(book) !== null || marked.has('SALDO_AWAL'), 'kas/saldo-awal', '§9.8', {
    manual: true
  })

  // Two plain queries (members on the register; pokok per member) rather than one join, which SQLite plans poorly here.
  const onRegister = book.q.rows<{ id: number }>(`SELECT id FROM members WHERE ${ON_REGISTER}`, asOf, asOf)
  const paidPokok = new Set(
    book.q
      .rows<{ member_id: number }>(
        `SELECT member_id FROM savings_transactions WHERE type = 'POKOK' AND date <= ? GROUP BY member_id HAVING SUM(amount) > 0`,
        asOf
      )
      .map((r) => r.member_id)
  )
  const pokok = { n: onRegister.length, paid: onRegister.filter((m) => paidPokok.has(m.id)).length }
  add('SIMPANAN_POKOK', pokok.n > 0 && pokok.paid === pokok.n, 'simpanan/saldo', '§3.1', {
    count: pokok.paid,
    total: pokok.n
  })

  const cash =
    book.q.row(
      `SELECT 1 FROM journal_lines l JOIN accounts a ON a.id = l.account_id JOIN journal_entries e ON e.id = l.entry_id
              WHERE (a.code LIKE '1-11%' OR a.code LIKE '1-12%') AND e.source IS NOT ? LIMIT 1`,
      OPENING_SOURCE
    ) !== undefined
  add('KAS', cash, 'kas/buku', '§1.5')

  add('PRODUK_PINJAMAN', productsAt(book, asOf).length > 0, 'pinjaman/produk', '§4.2, §4.3')

  // The first month's wajib: due on its last day, so it can be checked only after that.
  const firstDue = firstEnd < asOf
  const behind =
    firstDue && s !== null && s.wajibAmount > 0 ? wajibArrears(ctx.book, asOf, firstMonth).rows.length : null
  add('WAJIB_BULAN_PERTAMA', firstDue && behind === 0, 'simpanan/penagihan', '§3.2', { count: behind })

  const fs = settingsAt(book, `${firstMonth}-01`)
  const sukarela =
    fs !== null &&
    Number(fs.sukarelaRate) > 0 &&
    book.q.first(
      qb
        .selectFrom('savings_transactions')
        .select('id')
        .where('type', '=', 'SUKARELA')
        .where('date', '<=', firstEnd)
        .limit(1)
    ) !== undefined
  const posted =
    book.q.first(qb.selectFrom('savings_interest_runs').select('month').where('month', '=', firstMonth)) !== undefined
  add('JASA_BULAN_PERTAMA', !sukarela || posted, 'simpanan/jasa', '§3.3', { notNeeded: !sukarela })

  add('TUTUP_BULAN_PERTAMA', isMonthLocked(book, firstMonth), 'pengaturan/periode', '§9.3')
  add('CADANGAN', backupSettings(book).extraFolder !== null, 'pengaturan/cadangan', '§9.8')
  add(
    'TES_PENGURUS',
    book.q.first(
      qb
        .selectFrom('quiz_attempts')
        .select('id')
        .where('role', '=', 'PENGURUS')
        .where('submitted_at', 'is not', null)
        .limit(1)
    ) !== undefined,
    'panduan/tes',
    '§8.1'
  )

  const done = items.filter((i) => i.done).length
  const hidden = marked.has('CHECKLIST_HIDDEN')
  return {
    firstMonth,
    asOf,
    items,
    done,
    total: items.length,
    hidden,
    showOnHome: !hidden && done < items.length && asOf <= addMonths(firstEnd, 2)
  }
}
