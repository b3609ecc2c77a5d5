import { formatRupiah, parseRupiah } from '../../../shared/money/rupiah'
import { t } from '../i18n'

export type MoneyText = { ok: true; value: number } | { ok: false; message: string }

/**
 * Reads a money field: empty means 0 (an unused debit/kredit side); otherwise the treasurer's
 * own spelling (`1.250.000`, `Rp1.250.000`, `1250000`) through the shared parser.
 */
export function readMoney(text: string, opts: { allowNegative?: boolean } = {}): MoneyText {
  if (text.trim() === '') return { ok: true, value: 0 }
  const r = parseRupiah(text)
  if (!r.ok) return r
  if (r.value < 0 && !opts.allowNegative) return { ok: false, message: t.errors.negativeNotAllowed }
  return r
}

/** How a money field shows a parsed amount: `1.250.000` (the "Rp" sits beside the field). */
export function moneyFieldText(value: number): string {
  return formatRupiah(value, { withSymbol: false })
}
