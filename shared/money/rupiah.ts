// Rupiah formatting and parsing (DOMAIN.md §9.1, §9.2).
// Money is an integer number of whole rupiah. Output is built by hand: Intl's id-ID currency
// output uses an NBSP after "Rp" and its fraction digits vary between ICU versions.
//
// The one format rule (README "Money, dates, numbers"): lists, forms and messages show
// `Rp1.234.567` and `-Rp267.850` (formatRupiah); statements show `1.234.567` and `(267.850)`
// without Rp (formatAmount); counts `12.345` (formatNumberId); chart axes `Rp500 rb`
// (shared/charts/axis); rates and percentages `1,5` and `1,5 %` (./decimal-text). A dot decimal or
// an ISO date never reaches a screen, a message or paper.

export type NegativeStyle = 'minus' | 'parentheses'

export interface FormatRupiahOptions {
  /** Prefix "Rp". Defaults to true, except with negativeStyle 'parentheses' where it defaults to false. */
  withSymbol?: boolean
  negativeStyle?: NegativeStyle
  /** 2 appends ",00" (money is whole rupiah, so sen are always zero). */
  decimals?: 0 | 2
}

export type ParseRupiahResult = { ok: true; value: number } | { ok: false; message: string }

export const PARSE_RUPIAH_MESSAGES = {
  required: 'Jumlah wajib diisi',
  invalid: 'Format angka tidak valid',
  sen: 'Jumlah harus dalam rupiah penuh (tanpa sen)',
  tooLarge: 'Jumlah terlalu besar'
} as const

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** Splits an integer into sign and decimal digits of its magnitude; throws RangeError for non-integers. */
function toSignAndDigits(amount: number | bigint): { negative: boolean; digits: string } {
  if (typeof amount === 'bigint') {
    return amount < 0n
      ? { negative: true, digits: (-amount).toString() }
      : { negative: false, digits: amount.toString() }
  }
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw new RangeError(`Amount must be a safe integer number of rupiah, got ${String(amount)}`)
  }
  // -0 is formatted as 0.
  if (amount < 0) return { negative: true, digits: String(-amount) }
  return { negative: false, digits: String(Math.abs(amount)) }
}

function groupThousands(digits: string): string {
  const firstLength = digits.length % 3 || 3
  const groups = [digits.slice(0, firstLength)]
  for (let i = firstLength; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3))
  return groups.join('.')
}

/**
 * PUEBI rupiah: `Rp1.234.567`, `-Rp1.500`, `(1.500)`, `Rp500.000,00`.
 * Throws RangeError for non-integer, NaN, infinite or unsafe numbers.
 */
export function formatRupiah(amount: number | bigint, opts: FormatRupiahOptions = {}): string {
  const negativeStyle = opts.negativeStyle ?? 'minus'
  const withSymbol = opts.withSymbol ?? negativeStyle !== 'parentheses'
  const decimals = opts.decimals ?? 0
  if (decimals !== 0 && decimals !== 2) throw new RangeError(`decimals must be 0 or 2, got ${String(decimals)}`)

  const { negative, digits } = toSignAndDigits(amount)
  const body = (withSymbol ? 'Rp' : '') + groupThousands(digits) + (decimals === 2 ? ',00' : '')
  if (!negative) return body
  return negativeStyle === 'parentheses' ? `(${body})` : `-${body}`
}

/** Financial-statement style: no symbol, negatives in parentheses — `1.234.567`, `(267.850)`, `0`. */
export function formatAmount(amount: number | bigint): string {
  return formatRupiah(amount, { withSymbol: false, negativeStyle: 'parentheses' })
}

/** Integer with dots as thousands separators, for counts: `12.345`, `-7`. */
export function formatNumberId(n: number | bigint): string {
  const { negative, digits } = toSignAndDigits(n)
  return (negative ? '-' : '') + groupThousands(digits)
}

// Whole part: plain digits, or dotted thousands groups whose first group has no leading zero.
// Then either a ",d" / ",dd" sen part or ",-" (common on receipts: "Rp1.500,-").
const AMOUNT_PATTERN = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2})|,[-\u2013\u2014])?$/

/**
 * Lenient parser for amounts typed by a treasurer. Accepts `Rp1.234.567`, `Rp 1.234.567`,
 * `1234567`, `1.234.567,00`, `1.234.567,-`, `(1.500)`, `-Rp1.500`. Refuses non-zero sen,
 * English-style commas and malformed dot groups. Messages are in Bahasa Indonesia.
 */
export function parseRupiah(text: string): ParseRupiahResult {
  // NBSP and other Unicode spaces count as whitespace for trim and \s.
  let s = String(text).trim()
  if (s === '') return { ok: false, message: PARSE_RUPIAH_MESSAGES.required }

  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  const takeMinus = (): boolean => {
    const m = /^[-\u2212]\s*/.exec(s)
    if (!m) return true
    if (negative) return false
    negative = true
    s = s.slice(m[0].length)
    return true
  }
  if (!takeMinus()) return { ok: false, message: PARSE_RUPIAH_MESSAGES.invalid }

  const symbol = /^(?:rp|idr)\.?\s*/i.exec(s)
  if (symbol) {
    s = s.slice(symbol[0].length)
    if (!takeMinus()) return { ok: false, message: PARSE_RUPIAH_MESSAGES.invalid }
  }

  if (s === '') {
    return { ok: false, message: negative ? PARSE_RUPIAH_MESSAGES.invalid : PARSE_RUPIAH_MESSAGES.required }
  }

  const match = AMOUNT_PATTERN.exec(s)
  if (!match) return { ok: false, message: PARSE_RUPIAH_MESSAGES.invalid }
  const [, whole = '', sen] = match
  if (sen !== undefined && /[1-9]/.test(sen)) return { ok: false, message: PARSE_RUPIAH_MESSAGES.sen }

  const magnitude = BigInt(whole.replaceAll('.', ''))
  if (magnitude > MAX_SAFE) return { ok: false, message: PARSE_RUPIAH_MESSAGES.tooLarge }
  const value = Number(magnitude)
  // `value === 0` guard keeps "-0" from producing -0.
  return { ok: true, value: negative && value !== 0 ? -value : value }
}
