// Indonesian amount in words ("terbilang") for receipts and agreements (DOMAIN.md §9.2).

import { formatRupiah } from './rupiah'

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'] as const
const LIMIT = 10n ** 18n

function digitWord(d: number): string {
  return DIGITS[d] ?? ''
}

/** Words for 1..999. */
function belowThousand(n: number): string[] {
  const words: string[] = []
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  if (hundreds === 1) words.push('seratus')
  else if (hundreds > 1) words.push(digitWord(hundreds), 'ratus')

  if (rest === 0) return words
  if (rest < 10) words.push(digitWord(rest))
  else if (rest === 10) words.push('sepuluh')
  else if (rest === 11) words.push('sebelas')
  else if (rest < 20) words.push(digitWord(rest - 10), 'belas')
  else {
    words.push(digitWord(Math.floor(rest / 10)), 'puluh')
    if (rest % 10 !== 0) words.push(digitWord(rest % 10))
  }
  return words
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') {
    if (n <= -LIMIT || n >= LIMIT) throw new RangeError(`terbilang supports |n| < 10^18, got ${n.toString()}`)
    return n
  }
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new RangeError(`terbilang needs a safe integer, got ${String(n)}`)
  }
  return BigInt(n)
}

/**
 * Lowercase Indonesian words, single-spaced: 1249275 → "satu juta dua ratus empat puluh sembilan
 * ribu dua ratus tujuh puluh lima". Negatives get "minus". Throws RangeError for non-safe-integer
 * numbers and bigints with |n| ≥ 10^18.
 */
export function terbilang(n: number | bigint): string {
  const value = toBigInt(n)
  if (value === 0n) return 'nol'

  let magnitude = value < 0n ? -value : value
  const groups: number[] = []
  while (magnitude > 0n) {
    groups.push(Number(magnitude % 1000n))
    magnitude /= 1000n
  }

  const words: string[] = value < 0n ? ['minus'] : []
  for (let scale = groups.length - 1; scale >= 0; scale--) {
    const group = groups[scale] ?? 0
    if (group === 0) continue
    // Only the thousands take the "se-" prefix: seribu, but satu juta / satu miliar.
    if (scale === 1 && group === 1) {
      words.push('seribu')
      continue
    }
    words.push(...belowThousand(group))
    const scaleWord = SCALES[scale] ?? ''
    if (scaleWord !== '') words.push(scaleWord)
  }
  return words.join(' ')
}

/** "… rupiah", e.g. "seribu lima ratus rupiah". */
export function terbilangRupiah(n: number | bigint): string {
  return `${terbilang(n)} rupiah`
}

/** Receipt line: "Rp1.249.275 (satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah)". */
export function kwitansiRupiah(n: number | bigint): string {
  return `${formatRupiah(n)} (${terbilangRupiah(n)})`
}

/** Upper-cases the first character: "seribu rupiah" → "Seribu rupiah". */
export function capitalizeFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1)
}

/** Title case for the "Terbilang:" box on receipts: "Satu Juta Dua Ratus … Rupiah". */
export function terbilangTitle(n: number | bigint): string {
  return terbilangRupiah(n).split(' ').map(capitalizeFirst).join(' ')
}
