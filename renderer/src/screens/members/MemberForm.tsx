import { useEffect, useState, type FormEvent } from 'react'
import type { Member } from '../../../../shared/commands/members'
import type { CommandResult } from '../../../../shared/commands'
import { formatDateLong } from '../../lib/dateText'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { DateField } from '../../components/DateInput'
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { TermHelp } from '../../components/TermHelp'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'

const T = t.members

const TEXT_FIELDS = [
  'name',
  'nik',
  'kkNumber',
  'birthPlace',
  'occupation',
  'street',
  'rt',
  'rw',
  'dusun',
  'village',
  'phone',
  'note'
] as const
type TextKey = (typeof TEXT_FIELDS)[number]

export interface MemberDraft extends Record<TextKey, string> {
  birthDate: string
  gender: '' | 'L' | 'P'
  signedRegister: boolean
  memberNo: string
  joinedAt: string
  status: 'AKTIF' | 'CALON'
}

export function emptyDraft(): MemberDraft {
  return {
    name: '',
    nik: '',
    kkNumber: '',
    birthPlace: '',
    occupation: '',
    street: '',
    rt: '',
    rw: '',
    dusun: '',
    village: '',
    phone: '',
    note: '',
    birthDate: '',
    gender: '',
    signedRegister: false,
    memberNo: '',
    joinedAt: today(),
    status: 'AKTIF'
  }
}

export function draftOf(m: Member): MemberDraft {
  const s = (v: string | null) => v ?? ''
  return {
    name: m.name,
    nik: s(m.nik),
    kkNumber: s(m.kkNumber),
    birthPlace: s(m.birthPlace),
    occupation: s(m.occupation),
    street: s(m.street),
    rt: s(m.rt),
    rw: s(m.rw),
    dusun: s(m.dusun),
    village: s(m.village),
    phone: s(m.phone),
    note: s(m.note),
    birthDate: s(m.birthDate),
    gender: m.gender ?? '',
    signedRegister: m.signedRegister,
    memberNo: m.memberNo,
    joinedAt: s(m.joinedAt),
    status: m.status === 'CALON' ? 'CALON' : 'AKTIF'
  }
}

const KNOWN = new Set<string>([...TEXT_FIELDS, 'birthDate', 'gender', 'memberNo', 'joinedAt', 'status'])

type NikCheck = CommandResult<'members.checkNik'>

/** Reads the NIK as it is typed: province, gender and birth date from its digits; errors, warnings, duplicates. */
export function NikCheckPanel({
  nik,
  gender,
  birthDate,
  exceptMemberId
}: {
  nik: string
  gender: string
  birthDate: string
  exceptMemberId?: number
}) {
  const invoke = useInvoke()
  const [check, setCheck] = useState<NikCheck | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const trimmed = nik.trim()
  useEffect(() => {
    if (trimmed === '') {
      setCheck(null)
      setFailure(null)
      return
    }
    let live = true
    const timer = setTimeout(() => {
      invoke('members.checkNik', {
        nik: trimmed,
        ...(gender === 'L' || gender === 'P' ? { gender } : {}),
        ...(birthDate ? { birthDate } : {}),
        ...(exceptMemberId ? { exceptMemberId } : {})
      }).then(
        (r) => {
          if (!live) return
          setCheck(r)
          setFailure(null)
        },
        (e: unknown) => live && setFailure(toFailure(e).message)
      )
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [invoke, trimmed, gender, birthDate, exceptMemberId])

  if (trimmed === '') return null
  if (failure) return <p className="nik-check__error">{failure}</p>
  if (!check) return <p className="muted small">{T.nikChecking}</p>
  return (
    <div className="nik-check" data-testid="nik-check" aria-live="polite">
      {(check.provinceName || check.gender || check.birthDate) && (
        <p className="nik-check__read">
          <span className="muted">{T.nikRead}: </span>
          {check.provinceName && (
            <span>
              {T.nikProvince} {check.provinceName}
            </span>
          )}
          {check.gender && (
            <span>
              {' '}
              · {T.nikGender} {T.gender[check.gender]}
            </span>
          )}
          {check.birthDate && (
            <span>
              {' '}
              · {T.nikBirthDate} {formatDateLong(check.birthDate)}
            </span>
          )}
        </p>
      )}
      {check.errors.map((e) => (
        <p key={e} className="nik-check__error">
          {e}
        </p>
      ))}
      {check.warnings.map((w) => (
        <p key={w} className="nik-check__warning">
          {w}
        </p>
      ))}
      {check.duplicateOf && (
        <p className="nik-check__error">{T.nikDuplicate(check.duplicateOf.memberNo, check.duplicateOf.name)}</p>
      )}
      {check.valid && check.errors.length === 0 && check.warnings.length === 0 && !check.duplicateOf && (
        <p className="nik-check__ok">{T.nikOk}</p>
      )}
    </div>
  )
}

/** Registers a member (members.create) or edits one (members.update, with `member`). */
export function MemberForm({
  member,
  onSaved,
  onCancel
}: {
  member?: Member
  onSaved: (m: Member) => void
  onCancel?: () => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const editing = member !== undefined
  const [draft, setDraft] = useState<MemberDraft>(() => (member ? draftOf(member) : emptyDraft()))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [confirm, setConfirm] = useState<string | null>(null)
  const [accepted, setAccepted] = useState(false)
  const [busy, setBusy] = useState(false)

  const set = <K extends keyof MemberDraft>(k: K, v: MemberDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }))
    setErrors((e) => withoutError(e, k))
    if (k === 'nik' || k === 'gender' || k === 'birthDate') {
      setConfirm(null)
      setAccepted(false)
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    if (draft.gender === '') {
      setErrors((x) => ({ ...x, gender: t.errors.required }))
      return
    }
    setBusy(true)
    const texts = Object.fromEntries(TEXT_FIELDS.map((k) => [k, draft[k].trim()]))
    try {
      const saved = editing
        ? await invoke('members.update', {
            id: member.id,
            ...texts,
            name: draft.name.trim(),
            birthDate: draft.birthDate,
            gender: draft.gender,
            signedRegister: draft.signedRegister,
            ...(draft.joinedAt ? { joinedAt: draft.joinedAt } : {}),
            acceptNikWarnings: accepted
          })
        : await invoke('members.create', {
            ...texts,
            name: draft.name.trim(),
            birthDate: draft.birthDate || null,
            gender: draft.gender,
            signedRegister: draft.signedRegister,
            acceptNikWarnings: accepted,
            ...(draft.memberNo.trim() ? { memberNo: draft.memberNo.trim() } : {}),
            joinedAt: draft.joinedAt,
            status: draft.status
          })
      guard.saved()
      setErrors({})
      setConfirm(null)
      setAccepted(false)
      if (!editing) setDraft(emptyDraft())
      onSaved(saved)
    } catch (err) {
      const f = toFailure(err)
      if (f.code === 'NEEDS_CONFIRMATION' && f.field === 'nik') {
        setConfirm(f.message)
        setAccepted(false)
        setErrors({})
      } else {
        setErrors(failureToErrors(f, (field) => KNOWN.has(field)))
      }
    } finally {
      setBusy(false)
    }
  }

  const text = (k: TextKey, opts: { required?: boolean; className?: string; inputMode?: 'numeric' | 'tel' } = {}) => (
    <TextField
      label={T.f[k]}
      value={draft[k]}
      onChange={(v) => set(k, v)}
      error={errors[k]}
      required={opts.required ?? false}
      optional={!opts.required}
      className={opts.className}
      inputMode={opts.inputMode}
      autoComplete="off"
      name={k}
    />
  )

  return (
    <form
      {...guard.props}
      className="card member-form"
      onSubmit={submit}
      noValidate
      aria-label={editing ? T.edit : T.add}
    >
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        {text('name', { required: true })}
        <div className="field-stack">
          {text('nik', { inputMode: 'numeric' })}
          <NikCheckPanel
            nik={draft.nik}
            gender={draft.gender}
            birthDate={draft.birthDate}
            {...(member ? { exceptMemberId: member.id } : {})}
          />
        </div>
        <SelectField
          label={T.f.gender}
          value={draft.gender}
          onChange={(v) => set('gender', v === 'L' || v === 'P' ? v : '')}
          options={[
            { value: 'L', label: T.gender.L! },
            { value: 'P', label: T.gender.P! }
          ]}
          placeholder={T.chooseGender}
          required
          error={errors.gender}
        />
        {text('birthPlace')}
        <DateField
          label={T.f.birthDate}
          value={draft.birthDate}
          onChange={(v) => set('birthDate', v)}
          error={errors.birthDate}
          optional
        />
        {text('kkNumber', { inputMode: 'numeric' })}
        {text('occupation')}
        {text('street')}
        {text('rt')}
        {text('rw')}
        {text('dusun')}
        {text('village')}
        {text('phone', { inputMode: 'tel' })}
        <DateField
          label={T.f.joinedAt}
          term="anggota"
          value={draft.joinedAt}
          onChange={(v) => set('joinedAt', v)}
          error={errors.joinedAt}
          required={!editing}
        />
        {!editing && (
          <TextField
            label={T.f.memberNo}
            value={draft.memberNo}
            onChange={(v) => set('memberNo', v)}
            error={errors.memberNo}
            optional
            hint={T.f.memberNoHint}
          />
        )}
        {!editing && (
          <SelectField
            label={T.f.status}
            term="calon-anggota"
            value={draft.status}
            onChange={(v) => set('status', v === 'CALON' ? 'CALON' : 'AKTIF')}
            options={[
              { value: 'AKTIF', label: T.status.AKTIF! },
              { value: 'CALON', label: T.status.CALON! }
            ]}
            error={errors.status}
          />
        )}
      </div>
      <TextAreaField
        label={T.f.note}
        value={draft.note}
        onChange={(v) => set('note', v)}
        error={errors.note}
        optional
      />
      <TermHelp term="buku-daftar-anggota" />
      <CheckboxField
        label={T.f.signedRegister}
        checked={draft.signedRegister}
        onChange={(v) => set('signedRegister', v)}
      />
      {confirm && (
        <Notice tone="warning" title={T.confirmTitle}>
          <p>{confirm}</p>
          <CheckboxField label={T.confirmCheck} checked={accepted} onChange={setAccepted} />
        </Notice>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy || (confirm !== null && !accepted)}>
          {busy ? t.common.saving : editing ? t.common.save : T.saveNew}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--ghost" onClick={onCancel}>
            {t.common.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
