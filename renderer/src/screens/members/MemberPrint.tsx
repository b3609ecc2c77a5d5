import { useContext, useEffect, useState } from 'react'
import { EXIT_REASON_LABELS, type Member } from '../../../../shared/commands/members'
import { formatDateLong, formatDateShort } from '../../../../shared/dates/format'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { BookContext } from '../../app/BookContext'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.registerPrint
const PAGE = 200

/** Every member of the register, page by page. */
function useAllMembers(): { members: Member[] | null; error: CommandFailure | null } {
  const invoke = useInvoke()
  const [members, setMembers] = useState<Member[] | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  useEffect(() => {
    let live = true
    ;(async () => {
      const all: Member[] = []
      for (let page = 1; ; page++) {
        const r = await invoke('members.list', { page, pageSize: PAGE })
        all.push(...r.items)
        if (r.items.length === 0 || all.length >= r.total) break
      }
      all.sort((a, b) => a.serial - b.serial)
      if (live) setMembers(all)
    })().catch((e: unknown) => live && setError(toFailure(e)))
    return () => {
      live = false
    }
  }, [invoke])
  return { members, error }
}

function address(m: Member): string {
  const rtrw = m.rt || m.rw ? t.common.rtRw(m.rt ?? '-', m.rw ?? '-') : null
  return [m.street, rtrw, m.dusun, m.village].filter(Boolean).join(', ')
}

const PRINT_CSS = `
@media print {
  @page register { size: A4 landscape; margin: 10mm; }
  .register-print { page: register; }
  .register-print .table-wrap { overflow: visible !important; border: 0 !important; box-shadow: none !important; }
  .register-print table { font-size: 7.5pt; width: 100%; table-layout: fixed; border-collapse: collapse; }
  .register-print th, .register-print td { white-space: normal !important; overflow-wrap: anywhere; padding: 1.2mm 1mm !important;
    border: 0.5pt solid #444 !important; vertical-align: top; letter-spacing: 0 !important; text-transform: none !important; color: #000 !important; }
  /* As specific as the screen's .table thead th, which otherwise keeps its larger size and spills over. */
  .register-print thead th { font-weight: 700; background: #eee !important; font-size: 6.5pt; overflow-wrap: normal; white-space: normal !important; }
  .register-print td.nowrap, .register-print td.mono { white-space: nowrap !important; font-size: 7pt; }
  .register-print th:nth-child(1) { width: 9mm; } .register-print th:nth-child(2) { width: 17mm; }
  .register-print th:nth-child(3) { width: 28mm; } .register-print th:nth-child(4) { width: 26mm; }
  .register-print th:nth-child(5) { width: 21mm; } .register-print th:nth-child(6) { width: 7mm; }
  .register-print th:nth-child(7) { width: 18mm; } .register-print th:nth-child(8) { width: 28mm; }
  .register-print th:nth-child(9) { width: 17mm; } .register-print th:nth-child(10) { width: 18mm; }
  .register-print th:nth-child(11) { width: 17mm; } .register-print th:nth-child(12) { width: 18mm; }
  .register-print th:nth-child(13) { width: 18mm; }
  .register-print td.sign { height: 12mm; }
}
.register-print thead { display: table-header-group; }
.register-print tr { break-inside: avoid; page-break-inside: avoid; }
.register-print td.sign { min-width: 5rem; height: 2.2rem; }
.member-card { width: 85.6mm; height: 54mm; border: 1px solid #333; border-radius: 3mm; padding: 3mm 4mm; box-sizing: border-box;
  display: inline-flex; flex-direction: column; gap: 1mm; margin: 2mm; font-size: 8pt; break-inside: avoid; page-break-inside: avoid; vertical-align: top; background: #fff; color: #000; }
.member-card__org { font-weight: 700; font-size: 8.5pt; border-bottom: 1px solid #333; padding-bottom: 1mm; }
.member-card__title { font-weight: 700; letter-spacing: .1em; text-align: center; margin: 0; }
.member-card dl { margin: 0; display: grid; grid-template-columns: auto 1fr; column-gap: 2mm; row-gap: .5mm; }
.member-card dt { font-weight: 400; } .member-card dd { margin: 0; font-weight: 600; }
`

/** A credit-card-size member card (85.6 × 54 mm). */
export function MemberCard({ member }: { member: Member }) {
  const book = useContext(BookContext)
  return (
    <div className="member-card" data-testid="member-card">
      <div className="member-card__org">{book?.profile.name ?? ''}</div>
      <p className="member-card__title">{T.cardTitle}</p>
      <dl>
        <dt>{t.members.colName}</dt>
        <dd>{member.name}</dd>
        <dt>{t.members.colMemberNo}</dt>
        <dd className="mono">{member.memberNo}</dd>
        <dt>{t.members.colNik}</dt>
        <dd className="mono">{member.nik ?? t.common.none}</dd>
        <dt>{T.colJoined}</dt>
        <dd>{member.joinedAt ? formatDateLong(member.joinedAt) : t.common.none}</dd>
      </dl>
    </div>
  )
}

/** Anggota › Cetak: the Buku Daftar Anggota (A4 landscape) and member cards. */
export function MemberPrint({ cardId }: { cardId: number | null }) {
  const { members, error } = useAllMembers()
  const book = useContext(BookContext)
  const [mode, setMode] = useState<'register' | 'cards'>(cardId !== null ? 'cards' : 'register')
  const cards = members
    ? cardId !== null
      ? members.filter((m) => m.id === cardId)
      : members.filter((m) => m.status !== 'KELUAR')
    : []
  return (
    <div className="member-print">
      <style>{PRINT_CSS}</style>
      <div className="toolbar no-print" style={{ marginBottom: '1rem' }}>
        <button
          type="button"
          className={`btn btn--sm ${mode === 'register' ? 'btn--primary' : 'btn--ghost'}`}
          onClick={() => setMode('register')}
        >
          {T.register}
        </button>
        <button
          type="button"
          className={`btn btn--sm ${mode === 'cards' ? 'btn--primary' : 'btn--ghost'}`}
          onClick={() => setMode('cards')}
        >
          {T.card}
        </button>
        <button type="button" className="btn btn--secondary btn--sm" onClick={() => window.print()}>
          {mode === 'register' ? T.printRegister : T.printCards}
        </button>
      </div>
      <FailureNotice error={error} />
      {!members && !error && <p className="muted">{T.loading}</p>}
      {members && mode === 'register' && (
        <section className="register-print" aria-label={T.register}>
          {book && <p className="receipt__org">{book.profile.name}</p>}
          <h2 className="receipt__title">{T.register.toUpperCase()}</h2>
          <ScrollRegion className="table-wrap">
            <table className="table" aria-label={T.register}>
              <thead>
                <tr>
                  {[
                    T.colSerial,
                    T.colMemberNo,
                    T.colName,
                    T.colNik,
                    T.colBirth,
                    T.colGender,
                    T.colOccupation,
                    T.colAddress,
                    T.colJoined,
                    T.colSignIn,
                    T.colExit,
                    T.colExitReason,
                    T.colSignOut,
                    T.colNote
                  ].map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <td className="is-right">{m.serial}</td>
                    <td className="mono nowrap">{m.memberNo}</td>
                    <td>{m.name}</td>
                    <td className="mono">{m.nik ?? ''}</td>
                    <td>
                      {[m.birthPlace, m.birthDate ? formatDateShort(m.birthDate) : null].filter(Boolean).join(', ')}
                    </td>
                    <td>{m.gender ?? ''}</td>
                    <td>{m.occupation ?? ''}</td>
                    <td>{address(m)}</td>
                    <td className="nowrap">{m.joinedAt ? formatDateShort(m.joinedAt) : ''}</td>
                    <td className="sign" />
                    <td className="nowrap">{m.exitDate ? formatDateShort(m.exitDate) : ''}</td>
                    <td>{m.exitReason ? EXIT_REASON_LABELS[m.exitReason] : ''}</td>
                    <td className="sign" />
                    <td>{[m.note, m.exitNote].filter(Boolean).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
      {members && mode === 'cards' && (
        <section className="cards-print" aria-label={T.card}>
          {cards.map((m) => (
            <MemberCard key={m.id} member={m} />
          ))}
        </section>
      )}
    </div>
  )
}
