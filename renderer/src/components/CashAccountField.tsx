import { useCommand } from '../api/useCommand'
import { t } from '../i18n'
import { isCashAccount } from '../lib/accounts'
import { AccountField } from './AccountPicker'

/**
 * Where money is handed over or received: a list of the book's kas and bank accounts (active,
 * postable), never a code typed from memory.
 */
export function CashAccountField({
  value,
  onChange,
  error,
  label = t.accountPicker.cashLabel,
  hint
}: {
  value: string
  onChange: (code: string) => void
  error?: string | undefined
  label?: string
  hint?: string
}) {
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const cash = (accounts.data ?? []).filter((a) => isCashAccount(a.code) && !a.isHeader)
  return (
    <AccountField
      label={label}
      accounts={cash}
      value={value}
      onChange={onChange}
      error={error}
      hint={hint ?? t.accountPicker.cashHint}
      placeholder={t.accountPicker.cashPlaceholder}
      required
    />
  )
}
