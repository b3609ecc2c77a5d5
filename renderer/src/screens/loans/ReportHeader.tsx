import { useContext } from 'react'
import { BookContext } from '../../app/BookContext'
import { t } from '../../i18n'
import { printedStamp } from '../../lib/dates'

/** The heading of a printed loan report: the cooperative's name and place, title and date line. */
export function ReportHeader({ title, subtitle, id }: { title: string; subtitle?: string; id?: string }) {
  const book = useContext(BookContext)
  const p = book?.profile
  return (
    <header className="report__header">
      {p && <p className="report__org">{p.name}</p>}
      {p && <p className="report__place">{[p.street, p.village, p.district, p.regency].filter(Boolean).join(', ')}</p>}
      <h2 className="report__title" id={id}>
        {title}
      </h2>
      {subtitle && <p className="report__subtitle">{subtitle}</p>}
    </header>
  )
}

/** "Dicetak 2 Desember 2026 14.05 WITA", only on paper. */
export function PrintedOn() {
  return <p className="report__printed print-only">{t.loans.printed(printedStamp())}</p>
}
