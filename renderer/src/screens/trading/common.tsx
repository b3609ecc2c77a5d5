import { SelectField } from '../../components/Field'
import { useCommand } from '../../api/useCommand'
import { t } from '../../i18n'
import { parseQtyMilli } from '../../../../shared/trading/cost'

export const T = t.trading

/** Active units as select options. */
export function UnitSelect({
  value,
  onChange,
  error,
  only
}: {
  value: string
  onChange: (v: string) => void
  error?: string | undefined
  only?: readonly string[]
}) {
  const units = useCommand('units.list', { includeInactive: false })
  const options = (units.data ?? [])
    .filter((u) => !only || only.includes(u.code))
    .map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` }))
  return (
    <SelectField
      label={T.unit}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={T.needUnit}
      required
      error={error}
    />
  )
}

/** Cash and bank accounts (1-11…, 1-12…) that can be posted to. */
export function CashSelect({
  value,
  onChange,
  error
}: {
  value: string
  onChange: (v: string) => void
  error?: string | undefined
}) {
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const options = (accounts.data ?? [])
    .filter((a) => (a.code.startsWith('1-11') || a.code.startsWith('1-12')) && !a.isHeader && !a.control)
    .map((a) => ({ value: a.code, label: `${a.code} · ${a.name}` }))
  if (options.length === 0) options.push({ value, label: value })
  return <SelectField label={T.cashAccount} value={value} onChange={onChange} options={options} error={error} />
}

/** A quantity typed by the user ("1,5"), or null. */
export function readQty(text: string): number | null {
  const m = parseQtyMilli(text.trim())
  return m === null || m === 0 ? null : m
}

/** "1.5" (machine) → "1,5" (screen). */
export function qtyText(s: string): string {
  const [i, f] = s.split('.') as [string, string | undefined]
  const neg = i.startsWith('-')
  const digits = neg ? i.slice(1) : i
  return `${neg ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${f ? `,${f}` : ''}`
}

/** Sends "1,5" as "1.5" to the book. */
export function qtyInput(text: string): string {
  return text.trim().replace(',', '.')
}
