import { useState } from 'react'
import type { Loan } from '../../../../shared/commands/loans'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField } from '../../components/Field'
import { t } from '../../i18n'
import { navigate } from '../../lib/router'
import { BookExport } from '../../components/BookExport'
import { today } from '../../lib/dates'

const T = t.loans
const STATUSES = ['DIAJUKAN', 'DISETUJUI', 'DITOLAK', 'CAIR', 'LUNAS', 'HAPUS_BUKU'] as const
type Status = (typeof STATUSES)[number]

const TONE: Record<string, string> = {
  DIAJUKAN: 'info',
  DISETUJUI: 'new',
  DITOLAK: 'muted',
  CAIR: 'warning',
  LUNAS: 'ok',
  HAPUS_BUKU: 'bad'
}

export function StatusBadge({ status }: { status: Loan['status'] }) {
  return (
    <span className={`badge badge--${TONE[status] ?? 'muted'}`} data-testid="loan-status">
      {T.status[status] ?? status}
    </span>
  )
}

export function LoanList() {
  const [status, setStatus] = useState<Status | ''>('')
  const list = useCommand('loans.list', status ? { status } : {})
  return (
    <div className="loan-list">
      <div className="form-grid">
        <SelectField
          label={T.list.status}
          value={status}
          onChange={(v) => setStatus(v as Status | '')}
          options={[{ value: '', label: T.list.all }, ...STATUSES.map((s) => ({ value: s, label: T.status[s]! }))]}
        />
      </div>
      <BookExport input={{ book: 'DAFTAR_PINJAMAN', asOf: today(), ...(status ? { status } : {}) }} />
      <FailureNotice error={list.error} />
      <DataTable<Loan>
        aria-label={T.list.caption}
        loading={list.loading}
        rows={list.data ?? []}
        rowKey={(l) => l.id}
        empty={T.list.empty}
        onRowClick={(l) => navigate('pinjaman/detail', { id: String(l.id) })}
        columns={[
          {
            key: 'no',
            header: T.list.loanNo,
            render: (l) => (
              <a href={`#/pinjaman/detail?id=${l.id}`} className="mono">
                {l.loanNo}
              </a>
            ),
            nowrap: true
          },
          { key: 'member', header: T.list.member, render: (l) => `${l.member.memberNo} · ${l.member.name}` },
          { key: 'product', header: T.list.product, render: (l) => l.productCode, priority: 3 },
          {
            key: 'principal',
            header: T.principal,
            render: (l) => formatRupiah(l.principal),
            align: 'right',
            nowrap: true
          },
          { key: 'status', header: T.list.status, render: (l) => <StatusBadge status={l.status} /> },
          {
            key: 'sisa',
            header: T.list.outstanding,
            render: (l) => (l.dues ? formatRupiah(l.dues.outstandingPokok) : '–'),
            align: 'right',
            nowrap: true
          },
          {
            key: 'dpd',
            header: T.list.dpd,
            render: (l) => (l.dues ? l.dues.daysPastDue : '–'),
            align: 'right',
            priority: 2
          }
        ]}
      />
    </div>
  )
}
