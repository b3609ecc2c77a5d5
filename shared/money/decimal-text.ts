// Numbers with a fraction, for people: rates, ratios, scores and percentages (DOMAIN.md §9.2).
// The one rule (README "Money, dates, numbers"): a decimal comma and thousands dots, `1,5`,
// `1.234,75`; a percentage has a space before the sign, `1,5 %`. Commands and the database keep
// such values as decimal text with a dot ("1.5"); a dot decimal never reaches a screen or paper.
import Decimal from 'decimal.js'
import { formatNumberId } from './rupiah'

/**
 * "1.5" → "1,5"; "1234.50" → "1.234,50"; 0.25 → "0,25". `decimals` fixes the digits after the
 * comma (rounded half-up); without it text keeps its own digits and a number shows what it needs. Throws RangeError for text
 * that is not a finite decimal number.
 */
export function formatDecimal(value: string | number | Decimal, opts: { decimals?: number } = {}): string {
  let d: Decimal
  try {
    d = new Decimal(typeof value === 'string' ? value.trim().replace(',', '.') : value)
  } catch {
    throw new RangeError(`Not a decimal number: ${String(value)}`)
  }
  if (!d.isFinite()) throw new RangeError(`Not a finite number: ${String(value)}`)
  // Decimal text keeps its own digits ("1.500" → "1,500"); numbers show the digits they need.
  const own = typeof value === 'string' ? (/[.,](\d+)$/.exec(value.trim())?.[1]?.length ?? 0) : undefined
  const decimals = opts.decimals ?? own
  const text = decimals === undefined ? d.toFixed() : d.toFixed(decimals, Decimal.ROUND_HALF_UP)
  const negative = text.startsWith('-')
  const [whole = '0', frac] = (negative ? text.slice(1) : text).split('.')
  const body = formatNumberId(BigInt(whole)) + (frac ? `,${frac}` : '')
  return negative && !/^[0,.]+$/.test(body) ? `-${body}` : body
}

/** "1.5" → "1,5 %" (the space as in DOMAIN.md §9.2 examples). */
export function formatPercent(value: string | number | Decimal, opts: { decimals?: number } = {}): string {
  return `${formatDecimal(value, opts)} %`
}
