import { useState } from 'react'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField } from '../../components/Field'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { PayPanel, type PayResult } from '../loans/LoanDetail'
import { LoanReceipt } from '../loans/LoanReceipt'
import { MemberPicker } from '../savings/MemberPicker'

const I = t.till.instalment

/** The teller's loan desk: find the member, choose the running loan, take today's instalment into the drawer. */
export function InstalmentDesk({ cashAccount, onPosted }: { cashAccount: string; onPosted: () => void }) {
  const date = today()
  const [memberId, setMemberId] = useState<number | null>(null)
  const [loanId, setLoanId] = useState<number | null>(null)
  const [receipt, setReceipt] = useState<PayResult | null>(null)
  const loans = useCommand('loans.list', memberId === null ? null : { memberId, status: 'CAIR' })
  const loan = useCommand('loans.get', loanId === null ? null : { loanId, asOf: date })
  if (receipt)
    return (
      <LoanReceipt
        result={receipt}
        onBack={() => {
          setReceipt(null)
          loan.reload()
        }}
      />
    )
  const running = loans.data ?? []
  return (
    <div className="card">
      <MemberPicker
        value={memberId}
        onChange={(id) => {
          setMemberId(id)
          setLoanId(null)
        }}
      />
      {memberId !== null && (
        <SelectField
          label={I.loan}
          value={loanId === null ? '' : String(loanId)}
          onChange={(v) => setLoanId(v ? Number(v) : null)}
          options={running.map((l) => ({
            value: String(l.id),
            label: I.loanOption(l.loanNo, formatRupiah(l.principal))
          }))}
          placeholder={running.length === 0 && !loans.loading ? I.none : I.choose}
          required
        />
      )}
      <FailureNotice error={loans.error ?? loan.error} />
      {loan.data && loanId !== null && (
        <PayPanel
          key={loanId}
          loan={loan.data}
          date={date}
          setDate={() => {}}
          cashAccount={cashAccount}
          onPaid={(r) => {
            setReceipt(r)
            onPosted()
          }}
        />
      )}
    </div>
  )
}
