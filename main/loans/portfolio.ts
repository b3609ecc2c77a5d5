import { CommandError } from '../../shared/errors'
import type { ArrearsRow, LoanPortfolio } from '../../shared/commands/loans'
import { formatRupiah } from '../../shared/money/rupiah'
import {
  classify,
  portfolioProvision,
  type Kolektibilitas,
  type PortfolioLoan,
  type ProvisionPolicy
} from '../../shared/loans/provisioning'
import type { Book } from '../db/book'
import type { CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { daysBetween } from '../../shared/dates/calendar'
import { installmentDenda } from './dues'
import { provisionPolicy } from './policy'
import { productName } from './products'

export const PPAP_ACCOUNT = '1-1490'
const PPAP_EXPENSE = '5-2104'

/**
 * Loans that changed after the date (paid, closed or written off later): their stored position is
 * not the position on the date, so what they had paid by then is summed from the payments.
 */
const CHANGED_SINCE = `SELECT id FROM loans WHERE disbursed_at <= :asOf AND (last_paid_date > :asOf OR (status = 'HAPUS_BUKU' AND written_off_at > :asOf))`

/**
 * One row per loan with overdue (due before the date), uncovered installments; `pp`/`pj` are what it had paid.
 * Payments cover the oldest installments first, so the overdue pokok is the cumulative pokok of the
 * last due installment less what was paid, and likewise for jasa; `dues` lists each uncovered
 * installment's due date and unpaid amount for denda.
 */
const arrearsSelect = (pp: string, pj: string, last: string) => `
  SELECT l.id, l.loan_no, l.principal - ${pp}, MIN(i.due_date), ${last}, l.denda_mode, l.denda_value, l.grace_days, m.member_no, m.name, m.phone,
         MAX(0, MAX(i.cum_pokok) - ${pp}), MAX(0, MAX(i.cum_jasa) - ${pj}),
         group_concat(i.due_date || (MAX(0, MIN(i.pokok, i.cum_pokok - ${pp})) + MAX(0, MIN(i.jasa, i.cum_jasa - ${pj}))), ';')`

type ArrearsTuple = [
  id: number,
  loanNo: string,
  outstanding: number,
  firstDue: string,
  last: string | null,
  dendaMode: string,
  dendaValue: string,
  graceDays: number,
  memberNo: string,
  name: string,
  phone: string | null,
  overduePokok: number,
  overdueJasa: number,
  dues: string
]

/**
 * Arrears of every loan running on a date, with denda by the same rule as a loan's own dues. A loan
 * not touched since the date uses its stored position (paid totals and the due date of its oldest
 * open installment, kept by a trigger), so only loans that are behind are visited; loans changed
 * since are summed from their payments. SQL sums per loan; rows come back as arrays.
 */
export function loanArrears(book: Book, asOf: string, policy: ProvisionPolicy = provisionPolicy(book)) {
  const current = book.q.tuples<ArrearsTuple>(
    `${arrearsSelect('l.paid_pokok', 'l.paid_jasa', 'l.last_paid_date')}
       FROM loans l
       JOIN loan_installments i ON i.loan_id = l.id AND i.due_date >= l.first_open_due AND i.due_date < :asOf
       JOIN members m ON m.id = l.member_id
       WHERE l.status = 'CAIR' AND l.first_open_due < :asOf AND l.disbursed_at <= :asOf AND (l.last_paid_date IS NULL OR l.last_paid_date <= :asOf)
       GROUP BY l.first_open_due, l.id`, // the index's own order: no temporary b-tree
    { asOf }
  )
  const changed = book.q.tuples<ArrearsTuple>(
    `WITH paid AS (
         SELECT loan_id, SUM(pokok) AS pp, SUM(jasa) AS pj, MAX(date) AS last FROM loan_payments
         WHERE date <= :asOf AND loan_id IN (${CHANGED_SINCE}) GROUP BY loan_id
       )
       ${arrearsSelect('COALESCE(p.pp, 0)', 'COALESCE(p.pj, 0)', 'p.last')}
       FROM loans l LEFT JOIN paid p ON p.loan_id = l.id
       JOIN loan_installments i ON i.loan_id = l.id AND i.due_date < :asOf AND (i.cum_pokok > COALESCE(p.pp, 0) OR i.cum_jasa > COALESCE(p.pj, 0))
       JOIN members m ON m.id = l.member_id
       WHERE l.id IN (${CHANGED_SINCE})
       GROUP BY l.id`,
    { asOf }
  )
  const rows: ArrearsRow[] = []
  const collateral = collateralOn(book, asOf)
  const dayOf = new Map<string, number>()
  const lateDays = (due: string) => {
    let d = dayOf.get(due)
    if (d === undefined) dayOf.set(due, (d = daysBetween(due, asOf)))
    return d
  }
  for (const [
    id,
    loanNo,
    outstanding,
    firstDue,
    last,
    dendaMode,
    dendaValue,
    graceDays,
    memberNo,
    name,
    phone,
    op,
    oj,
    dues
  ] of current.concat(changed)) {
    const daysPastDue = lateDays(firstDue)
    if (daysPastDue <= 0 || op + oj === 0) continue
    const terms = { denda_mode: dendaMode, denda_value: dendaValue, grace_days: graceDays }
    let denda = 0
    for (const item of dues.split(';')) {
      const due = item.slice(0, 10)
      const unpaid = Number(item.slice(10))
      const late = lateDays(due)
      if (unpaid > 0 && late > graceDays) denda += installmentDenda(terms, unpaid, due, last, asOf, late)
    }
    rows.push({
      loanId: id,
      loanNo,
      memberNo,
      name,
      phone,
      outstandingPokok: outstanding,
      overduePokok: op,
      overdueJasa: oj,
      denda,
      daysPastDue,
      kolektibilitas: classify(daysPastDue, policy, {
        asOf,
        collateral: collateral.get(id) ?? 0,
        debt: outstanding + oj
      })
    })
  }
  rows.sort((a, b) => b.daysPastDue - a.daysPastDue || a.loanId - b.loanId)
  const total = rows.reduce(
    (t, r) => ({
      overduePokok: t.overduePokok + r.overduePokok,
      overdueJasa: t.overdueJasa + r.overdueJasa,
      denda: t.denda + r.denda
    }),
    { overduePokok: 0, overdueJasa: 0, denda: 0 }
  )
  return { asOf, rows, total }
}

/**
 * Days past due of every loan in arrears on a date, by the arrears list's rule without its denda: a
 * loan untouched since the date is behind from its stored oldest open installment (kept by a
 * trigger), so only loans that are behind are read; loans changed since are summed from payments.
 */
function daysPastDueByLoan(book: Book, asOf: string): Map<number, number> {
  const out = new Map<number, number>()
  const dayOf = new Map<string, number>()
  const add = (rows: [number, string][]) => {
    for (const [id, firstDue] of rows) {
      let d = dayOf.get(firstDue)
      if (d === undefined) dayOf.set(firstDue, (d = daysBetween(firstDue, asOf)))
      if (d > 0) out.set(id, d)
    }
  }
  add(
    book.q.tuples<[number, string]>(
      `SELECT id, first_open_due FROM loans WHERE status = 'CAIR' AND first_open_due < :asOf AND disbursed_at <= :asOf AND (last_paid_date IS NULL OR last_paid_date <= :asOf)`,
      { asOf }
    )
  )
  add(
    book.q.tuples<[number, string]>(
      `WITH paid AS (SELECT loan_id, SUM(pokok) AS pp, SUM(jasa) AS pj FROM loan_payments WHERE date <= :asOf AND loan_id IN (${CHANGED_SINCE}) GROUP BY loan_id)
       SELECT l.id, MIN(i.due_date) FROM loans l LEFT JOIN paid p ON p.loan_id = l.id
       JOIN loan_installments i ON i.loan_id = l.id AND i.due_date < :asOf AND (i.cum_pokok > COALESCE(p.pp, 0) OR i.cum_jasa > COALESCE(p.pj, 0))
       WHERE l.id IN (${CHANGED_SINCE}) GROUP BY l.id`,
      { asOf }
    )
  )
  return out
}

/** How many loans are in arrears on a date (the Beranda's count; the same loans as loanArrears lists). */
export function loansInArrearsCount(book: Book, asOf: string): number {
  return daysPastDueByLoan(book, asOf).size
}

/** The agunan pengurang valid on a date per loan that has any (DOMAIN.md §4.4): values carry the date they take effect. */
function collateralOn(book: Book, asOf: string): Map<number, number> {
  const out = new Map<number, number>()
  for (const [loanId, amount] of book.q.tuples<[number, number]>(
    'SELECT loan_id, amount FROM loan_collateral WHERE effective_from <= ? ORDER BY loan_id, effective_from',
    asOf
  )) {
    out.set(loanId, amount)
  }
  return out
}

/** Jasa due before the date and not paid by it (payments cover the oldest jasa first). */
function overdueJasaOn(book: Book, loanId: number, asOf: string): number {
  const r = book.q.row<{ j: number }>(
    `SELECT MAX(0, COALESCE((SELECT MAX(cum_jasa) FROM loan_installments WHERE loan_id = :id AND due_date < :asOf), 0)
                      - COALESCE((SELECT SUM(jasa) FROM loan_payments WHERE loan_id = :id AND date <= :asOf), 0)) AS j`,
    { id: loanId, asOf }
  )!
  return r.j
}

/** Principal still owed on every loan running on a date, as [id, product, outstanding]. */
function outstandingLoans(book: Book, asOf: string): [number, string, number][] {
  const current = book.q.tuples<[number, string, number]>(
    `SELECT id, product_code, principal - paid_pokok FROM loans
              WHERE status = 'CAIR' AND disbursed_at <= :asOf AND (last_paid_date IS NULL OR last_paid_date <= :asOf)`,
    { asOf }
  )
  const changed = book.q.tuples<[number, string, number]>(
    `SELECT l.id, l.product_code, l.principal - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p WHERE p.loan_id = l.id AND p.date <= :asOf), 0)
              FROM loans l WHERE l.id IN (${CHANGED_SINCE})`,
    { asOf }
  )
  return current.concat(changed).filter((l) => l[2] > 0)
}

const CLASSES: Kolektibilitas[] = ['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET']

/** Outstanding portfolio by product and kolektibilitas, NPL, PPAP required against PPAP formed. */
export function loanPortfolio(
  book: Book,
  asOf: string,
  policy: ProvisionPolicy = provisionPolicy(book)
): LoanPortfolio {
  const dpd = daysPastDueByLoan(book, asOf)
  const collateral = collateralOn(book, asOf)
  const byProduct = new Map<string, { count: number; outstanding: number; byClass: Record<Kolektibilitas, number> }>()
  const portfolio: PortfolioLoan[] = []
  for (const [id, product, out] of outstandingLoans(book, asOf)) {
    const days = dpd.get(id) ?? 0
    const agunan = collateral.get(id) ?? 0
    // The debt incl. jasa tertunggak matters only to the collateral test past the Diragukan days.
    const debt = days > policy.maxDays.DIRAGUKAN && agunan > 0 ? out + overdueJasaOn(book, id, asOf) : out
    const cls = classify(days, policy, { asOf, collateral: agunan, debt })
    let p = byProduct.get(product)
    if (!p)
      byProduct.set(
        product,
        (p = {
          count: 0,
          outstanding: 0,
          byClass: Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<Kolektibilitas, number>
        })
      )
    p.count++
    p.outstanding += out
    p.byClass[cls] += out
    portfolio.push({ bakiDebet: out, agunanPengurang: collateral.get(id) ?? 0, kolektibilitas: cls })
  }
  const provision = portfolioProvision(portfolio, policy)
  const acc = book.q.row<{ id: number }>('SELECT id FROM accounts WHERE code = ?', PPAP_ACCOUNT)
  const formed = acc
    ? book.q.row<{ b: number }>(
        'SELECT COALESCE(SUM(credit) - SUM(debit), 0) AS b FROM journal_lines WHERE account_id = ? AND date <= ?',
        acc.id,
        asOf
      )!.b
    : 0
  return {
    asOf,
    byProduct: [...byProduct.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([productCode, v]) => ({ productCode, name: productName(book, productCode, asOf), ...v })),
    provision,
    formed,
    difference: provision.total.ppapwd - formed
  }
}

/** Tops PPAP up (or releases it) so that what is formed equals what is required on the date. */
export function postProvision(ctx: CommandContext, date: string) {
  const p = loanPortfolio(ctx.book, date)
  if (p.difference === 0)
    throw new CommandError(
      'CONFLICT',
      `PPAP yang dibentuk sudah sama dengan PPAP wajib dibentuk (${formatRupiah(p.formed)})`,
      'date'
    )
  const up = p.difference > 0
  const amount = Math.abs(p.difference)
  const entry = postEntryId(
    ctx,
    {
      date,
      description: up
        ? 'Penambahan PPAP (cadangan kerugian pinjaman)'
        : 'Pengurangan PPAP (cadangan kerugian pinjaman)',
      reference: null,
      series: 'JU',
      lines: [
        {
          account: up ? PPAP_EXPENSE : PPAP_ACCOUNT,
          debit: amount,
          credit: 0,
          memberId: null,
          unit: null,
          pihak: null,
          memo: null
        },
        {
          account: up ? PPAP_ACCOUNT : PPAP_EXPENSE,
          debit: 0,
          credit: amount,
          memberId: null,
          unit: null,
          pihak: null,
          memo: null
        }
      ]
    },
    { source: 'PINJAMAN' }
  )
  return { ...loanPortfolio(ctx.book, date), entry }
}

/**
 * Loans whose stored position (kept by triggers for the arrears list) differs from their payments
 * and schedule: the position is derived data, so the whole-book check proves it.
 */
export function loanPositionMismatches(book: Book): string[] {
  return book.q
    .rows<{ loan_no: string }>(
      `SELECT l.loan_no FROM loans l
       LEFT JOIN (SELECT loan_id, SUM(pokok) AS pp, SUM(jasa) AS pj, MAX(date) AS last FROM loan_payments GROUP BY loan_id) p ON p.loan_id = l.id
       WHERE l.paid_pokok != COALESCE(p.pp, 0) OR l.paid_jasa != COALESCE(p.pj, 0) OR l.last_paid_date IS NOT p.last
          OR l.first_open_due IS NOT (SELECT MIN(i.due_date) FROM loan_installments i
                                      WHERE i.loan_id = l.id AND (i.cum_pokok > COALESCE(p.pp, 0) OR i.cum_jasa > COALESCE(p.pj, 0)))
       LIMIT 100`
    )
    .map((r) => r.loan_no)
}
