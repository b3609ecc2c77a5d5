import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import type { Passbook, SavingsType } from '../../../../shared/commands/savings'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { navigate } from '../../lib/router'
import { printAs } from '../../lib/print'
import { documentFileName } from '../../../../shared/files/document-name'
import { useContext } from 'react'
import { BookContext } from '../../app/BookContext'
import { MemberPicker } from './MemberPicker'
import { PrintedOn, ReportHeader } from '../loans/ReportHeader'

const T = t.savings.passbook
const TYPES: readonly SavingsType[] = ['POKOK', 'WAJIB', 'SUKARELA']

/**
 * One savings type of the passbook, as banks print it: its own section with the opening balance
 * (when a period is asked), every line with the running balance and the closing balance.
 */
function PassbookSection({ type, passbook, loading }: { type: SavingsType; passbook: Passbook; loading: boolean }) {
  const lines = passbook.lines.filter((l) => l.type === type)
  const name = t.savings.typeLong[type] ?? type
  const id = `passbook-${type}`
  return (
    <section className="passbook__section" aria-labelledby={id} data-testid={`passbook-section-${type}`}>
      <header className="passbook__section-head">
        <h3 id={id} className="passbook__section-title">
          {name}
        </h3>
        <p className="passbook__section-balance">
          {T.closing}: <strong data-testid={`section-closing-${type}`}>{formatRupiah(passbook.closing[type])}</strong>
        </p>
      </header>
      <DataTable
        aria-label={T.sectionTable(name)}
        rows={lines}
        loading={loading}
        rowKey={(r) => r.id}
        empty={T.emptyType(name)}
        before={
          passbook.from !== null ? (
            <tr className="passbook__opening">
              <td colSpan={5}>{T.opening(formatDateLong(passbook.from))}</td>
              <td className="is-right">
                <Amount value={passbook.opening[type]} />
              </td>
            </tr>
          ) : undefined
        }
        columns={[
          { key: 'date', header: T.colDate, render: (r) => formatDateLong(r.date), nowrap: true, width: '10rem' },
          {
            key: 'entry',
            header: T.colEntry,
            render: (r) => <span className="mono">{r.entryNumber}</span>,
            nowrap: true,
            width: '10rem'
          },
          { key: 'kind', header: T.colKind, render: (r) => T.kinds[r.kind] ?? r.kind, width: '7rem' },
          {
            key: 'in',
            header: T.colIn,
            render: (r) => (r.amount > 0 ? <Amount value={r.amount} /> : ''),
            align: 'right',
            nowrap: true
          },
          {
            key: 'out',
            header: T.colOut,
            render: (r) => (r.amount < 0 ? <Amount value={-r.amount} /> : ''),
            align: 'right',
            nowrap: true
          },
          {
            key: 'balance',
            header: T.colBalance,
            render: (r) => <Amount value={r.balance} />,
            align: 'right',
            nowrap: true
          }
        ]}
      />
    </section>
  )
}

/** Buku simpanan: one section per savings type, each with its own lines and balance. */
export function PassbookView({ memberId }: { memberId: number | null }) {
  const book = useCommand('savings.passbook', memberId === null ? null : { memberId })
  const profile = useContext(BookContext)?.profile ?? { name: '' }
  return (
    <div className="passbook">
      <section className="card no-print">
        <MemberPicker
          value={memberId}
          onChange={(id) => navigate('simpanan/buku', { anggota: id === null ? undefined : String(id) })}
        />
      </section>
      <FailureNotice error={book.error} />
      {memberId === null && <p className="muted">{T.choose}</p>}
      {book.data && memberId !== null && (
        <section className="card passbook__print" aria-label={T.heading}>
          <div className="print-only">
            <ReportHeader title={T.printTitle} subtitle={`${book.data.member.memberNo} · ${book.data.member.name}`} />
          </div>
          <div className="card__head no-print">
            <h2 className="card__title">
              {T.heading}: <span className="mono">{book.data.member.memberNo}</span> {book.data.member.name}
            </h2>
            <button
              type="button"
              className="btn btn--secondary btn--sm no-print"
              onClick={() =>
                printAs(
                  documentFileName(
                    profile.name,
                    'Buku-Simpanan',
                    `${book.data!.member.memberNo} ${book.data!.member.name}`,
                    'pdf'
                  )
                )
              }
            >
              {t.registerPrint.printPassbook}
            </button>
          </div>
          <ul className="stats passbook__closing" data-testid="passbook-closing">
            {TYPES.map((ty) => (
              <li key={ty} className="stat">
                <span className="stat__label">
                  {T.closing} {t.savings.typeLong[ty]}
                </span>
                <span className="stat__value" data-testid={`closing-${ty}`}>
                  {formatRupiah(book.data!.closing[ty])}
                </span>
              </li>
            ))}
          </ul>
          {TYPES.map((ty) => (
            <PassbookSection key={ty} type={ty} passbook={book.data!} loading={book.loading} />
          ))}
          <PrintedOn />
        </section>
      )}
    </div>
  )
}
