import { useState } from 'react'
import { useCommand } from '../../api/useCommand'
import { SelectField, TextField } from '../../components/Field'
import { t } from '../../i18n'

const T = t.savings

/** Search a member by name, nomor anggota or NIK, then choose one from the matches. */
export function MemberPicker({
  value,
  onChange,
  error
}: {
  value: number | null
  onChange: (id: number | null) => void
  error?: string | undefined
}) {
  const [search, setSearch] = useState('')
  const list = useCommand('members.list', {
    ...(search.trim() ? { search: search.trim() } : {}),
    page: 1,
    pageSize: 50
  })
  const items = (list.data?.items ?? []).filter((m) => m.status !== 'KELUAR' || m.id === value)
  return (
    <div className="member-picker">
      <TextField
        label={T.memberSearch}
        value={search}
        onChange={setSearch}
        placeholder={T.memberSearchPlaceholder}
        type="search"
        optional
      />
      <SelectField
        label={T.member}
        value={value === null ? '' : String(value)}
        onChange={(v) => onChange(v ? Number(v) : null)}
        options={items.map((m) => ({ value: String(m.id), label: `${m.memberNo} · ${m.name}` }))}
        placeholder={items.length === 0 && !list.loading ? T.noMember : T.chooseMember}
        required
        error={error}
      />
    </div>
  )
}
