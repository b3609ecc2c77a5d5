import { formatDateShort } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { Notice } from '../../components/Notice'
import { T } from './common'

const C = T.corrections

/** After a document dated before later movements: the HPP corrections it caused, each with its journal. Nothing when none. */
export function CorrectionsNotice({ docId, docNo }: { docId: number; docNo: string }) {
  const list = useCommand('trading.costCorrections', { causeDocId: docId })
  const rows = list.data ?? []
  if (rows.length === 0) return null
  return (
    <Notice tone="info" title={C.title(docNo)}>
      <p>{C.lead}</p>
      <table className="table" aria-label={C.title(docNo)} data-testid="cost-corrections">
        <thead>
          <tr>
            <th>{T.date}</th>
            <th>{C.doc}</th>
            <th>{C.item}</th>
            <th className="trade-right">{C.hpp}</th>
            <th>{C.entry}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>{formatDateShort(c.date)}</td>
              <td>{c.docNo}</td>
              <td>{c.itemName}</td>
              <td className="trade-right">{formatRupiah(-c.value)}</td>
              <td>{c.entryNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Notice>
  )
}
