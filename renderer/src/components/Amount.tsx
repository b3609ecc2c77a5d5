import { formatAmount } from '../../../shared/money/rupiah'

/** A statement-style amount: `1.234.567`, `(1.500)`; zero as a dash when `dashZero`. */
export function Amount({ value, dashZero }: { value: number; dashZero?: boolean }) {
  if (dashZero && value === 0) return <span className="amount amount--zero">-</span>
  return <span className={`amount${value < 0 ? ' amount--negative' : ''}`}>{formatAmount(value)}</span>
}
