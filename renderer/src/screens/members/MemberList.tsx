import { useCallback, useMemo, useState, type FormEvent } from 'react'
import type { CommandInput } from '../../../../shared/commands'
import type { Member, MemberStatus } from '../../../../shared/commands/members'
import { formatNumberId } from '../../../../shared/money/rupiah'
import { usePagedRows } from '../../api/usePagedRows'
import { useInvoke } from '../../api/context'
import { DataTable, type Column } from '../../components/DataTable'
import { SelectField, TextField } from '../../components/Field'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { BookExport } from '../../components/BookExport'
import { today } from '../../lib/dates'

const T = t.members
/** Members are asked for this many at a time as the list scrolls. */
const PAGE_SIZE = 200

interface Filters {
  search: string
  status: string
  gender: string
  village: string
  rt: string
}
const NO_FILTERS: Filters = { search: '', status: '', gender: '', village: '', rt: '' }

function toInput(f: Filters): Omit<CommandInput<'members.list'>, 'page' | 'pageSize'> {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.status ? { status: f.status as MemberStatus } : {}),
    ...(f.gender === 'L' || f.gender === 'P' ? { gender: f.gender } : {}),
    ...(f.village.trim() ? { village: f.village.trim() } : {}),
    ...(f.rt.trim() ? { rt: f.rt.trim() } : {})
  }
}

export function StatusBadge({ status }: { status: string }) {
  const tone = status === 'AKTIF' ? 'ok' : status === 'CALON' ? 'info' : 'muted'
  return <span className={`badge badge--${tone}`}>{T.status[status] ?? status}</span>
}

export function rtRw(m: Pick<Member, 'rt' | 'rw'>): string {
  if (!m.rt && !m.rw) return ''
  return `${m.rt ?? '-'}/${m.rw ?? '-'}`
}

export function MemberList({ onOpen }: { onOpen: (id: number) => void }) {
  const [draft, setDraft] = useState<Filters>(NO_FILTERS)
  const [applied, setApplied] = useState<Filters>(NO_FILTERS)
  // One scrolling list however long the register is: pages load as they come into view.
  const invoke = useInvoke()
  const filters = toInput(applied)
  const list = usePagedRows(
    (page, pageSize) => invoke('members.list', { ...filters, page, pageSize }),
    JSON.stringify(filters),
    PAGE_SIZE
  )
  const filtered = JSON.stringify(applied) !== JSON.stringify(NO_FILTERS)

  const apply = (e: FormEvent) => {
    e.preventDefault()
    setApplied(draft)
  }

  // Stable between renders, so rows already on screen are not drawn again when a page loads.
  const openRow = useCallback((r: Member) => onOpen(r.id), [onOpen])
  const columns = useMemo(
    (): Column<Member>[] => [
      { key: 'serial', header: T.colSerial, render: (r) => r.serial, align: 'right', width: '5rem', priority: 2 },
      {
        key: 'no',
        header: T.colMemberNo,
        width: '8rem',
        nowrap: true,
        render: (r) => (
          <button
            type="button"
            className="btn btn--link mono"
            onClick={() => onOpen(r.id)}
            aria-label={T.open(r.memberNo, r.name)}
          >
            {r.memberNo}
          </button>
        )
      },
      { key: 'name', header: T.colName, render: (r) => r.name },
      {
        key: 'nik',
        header: T.colNik,
        render: (r) => <span className="mono">{r.nik ?? ''}</span>,
        nowrap: true,
        width: '11rem',
        priority: 3
      },
      {
        key: 'gender',
        header: T.colGender,
        render: (r) => r.gender ?? '',
        align: 'center',
        width: '3.5rem',
        priority: 2
      },
      { key: 'village', header: T.colVillage, render: (r) => r.village ?? '', priority: 3 },
      { key: 'rtrw', header: T.colRtRw, render: (r) => rtRw(r), nowrap: true, width: '6rem', priority: 2 },
      { key: 'status', header: T.colStatus, render: (r) => <StatusBadge status={r.status} />, width: '6rem' }
    ],
    [onOpen]
  )

  return (
    <div className="member-list">
      <form className="filters card" onSubmit={apply} aria-label={T.filters}>
        <TextField
          label={T.search}
          value={draft.search}
          onChange={(v) => setDraft({ ...draft, search: v })}
          placeholder={T.searchPlaceholder}
          className="grow"
          type="search"
        />
        <SelectField
          label={T.colStatus}
          value={draft.status}
          onChange={(v) => setDraft({ ...draft, status: v })}
          options={[
            { value: '', label: T.allStatus },
            ...(['AKTIF', 'CALON', 'KELUAR'] as const).map((s) => ({ value: s, label: T.status[s]! }))
          ]}
        />
        <SelectField
          label={T.f.gender}
          value={draft.gender}
          onChange={(v) => setDraft({ ...draft, gender: v })}
          options={[
            { value: '', label: T.allGender },
            { value: 'L', label: T.gender.L! },
            { value: 'P', label: T.gender.P! }
          ]}
        />
        <TextField label={T.f.village} value={draft.village} onChange={(v) => setDraft({ ...draft, village: v })} />
        <TextField label={T.f.rt} value={draft.rt} onChange={(v) => setDraft({ ...draft, rt: v })} className="w-code" />
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary">
            {t.common.apply}
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              setDraft(NO_FILTERS)
              setApplied(NO_FILTERS)
            }}
          >
            {t.common.reset}
          </button>
        </div>
      </form>

      <BookExport
        input={{
          book: 'DAFTAR_ANGGOTA',
          asOf: today(),
          ...(applied.status ? { status: applied.status as MemberStatus } : {})
        }}
      />
      <FailureNotice error={list.error} />

      <section className="card">
        <div className="card__head">
          <h2 className="card__title">{T.heading}</h2>
          {list.total !== null && <span className="muted">{T.totalFound(formatNumberId(list.total))}</span>}
        </div>
        <DataTable
          aria-label={T.heading}
          rows={[]}
          virtual={list}
          loading={list.loading}
          rowKey={(r) => r.id}
          onRowClick={openRow}
          empty={filtered ? T.empty : T.emptyAll}
          columns={columns}
        />
      </section>
    </div>
  )
}
