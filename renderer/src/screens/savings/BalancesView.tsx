import { useState } from 'react'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { Pager } from '../../components/Pager'
import { t } from '../../i18n'
import { navigate } from '../../lib/router'
import { BookExport } from '../../components/BookExport'
import { today } from '../../lib/dates'

const T = t.savings.balances
const PAGE_SIZE = 50

export function BalancesView() {
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [type, setType] = useState<'' | 'POKOK' | 'WAJIB' | 'SUKARELA'>('')
  const list = useCommand('savings.balances', {
    ...(search.trim() ? { search: search.trim() } : {}),
    page,
    pageSize: PAGE_SIZE
  })
  const totals = list.data?.totals
  return (
    <section className="card">
      <div className="card__head">
        <h2 className="card__title">{T.heading}</h2>
      </div>
      <div className="filters filters--flat">
        <TextField
          label={t.savings.memberSearch}
          value={search}
          onChange={(v) => {
            setSearch(v)
            setPage(1)
          }}
          type="search"
          placeholder={t.savings.memberSearchPlaceholder}
          className="grow"
        />
        <SelectField
          label={T.printType}
          value={type}
          onChange={(v) => setType(v as typeof type)}
          options={[
            { value: '', label: T.allTypes },
            ...(['POKOK', 'WAJIB', 'SUKARELA'] as const).map((k) => ({ value: k, label: t.savings.typeLong[k] }))
          ]}
        />
      </div>
      <BookExport
        input={{ book: 'SALDO_SIMPANAN', asOf: today(), ...(type ? { type } : {}) }}
        what={type ? { POKOK: T.colPokok, WAJIB: T.colWajib, SUKARELA: T.colSukarela }[type] : null}
      />
      <FailureNotice error={list.error} />
      <DataTable
        aria-label={T.heading}
        rows={list.data?.items ?? []}
        loading={list.loading}
        rowKey={(r) => r.memberId}
        onRowClick={(r) => navigate('simpanan/buku', { anggota: String(r.memberId) })}
        empty={T.empty}
        columns={[
          {
            key: 'no',
            header: T.colMemberNo,
            render: (r) => <span className="mono">{r.memberNo}</span>,
            width: '8rem',
            nowrap: true
          },
          { key: 'name', header: T.colName, render: (r) => r.name },
          {
            key: 'pokok',
            header: T.colPokok,
            render: (r) => <Amount value={r.pokok} dashZero />,
            align: 'right',
            nowrap: true
          },
          {
            key: 'wajib',
            header: T.colWajib,
            render: (r) => <Amount value={r.wajib} dashZero />,
            align: 'right',
            nowrap: true
          },
          {
            key: 'sukarela',
            header: T.colSukarela,
            render: (r) => <Amount value={r.sukarela} dashZero />,
            align: 'right',
            nowrap: true
          },
          { key: 'total', header: T.colTotal, render: (r) => <Amount value={r.total} />, align: 'right', nowrap: true }
        ]}
        footer={
          totals && (
            <tr data-testid="balances-totals">
              <th scope="row" colSpan={2}>
                {T.totals}
              </th>
              <td className="is-right nowrap">
                <Amount value={totals.pokok} />
              </td>
              <td className="is-right nowrap">
                <Amount value={totals.wajib} />
              </td>
              <td className="is-right nowrap">
                <Amount value={totals.sukarela} />
              </td>
              <td className="is-right nowrap">
                <Amount value={totals.total} />
              </td>
            </tr>
          )
        }
      />
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />}
    </section>
  )
}
