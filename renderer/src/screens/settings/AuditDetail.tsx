import type { ReactNode } from 'react'
import { formatStamp } from '../../lib/dates'
import { ROLE_LABELS, type Role } from '../../../../shared/auth/roles'
import { formatDateLong } from '../../lib/dateText'
import type { AuditEntry } from '../../../../shared/ledger/types'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { FIELD_LABELS } from '../../../../shared/validation/field-labels'
import { t } from '../../i18n'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.settings.audit
const MONEY_KEYS = new Set(['debit', 'credit', 'total', 'amount', 'closingDebit', 'closingCredit'])

type Obj = Record<string, unknown>

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A readable Indonesian name for a command, or the command itself. */
export function commandLabel(name: string): string {
  return T.commands[name] ?? name
}

export function keyLabel(key: string): string {
  return T.keys[key] ?? FIELD_LABELS[key] ?? key
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** What the audit stores for a secret, or for a value too large to keep whole. */
function special(v: unknown): ReactNode | null {
  if (v === '***') return <span className="muted">{T.hidden}</span>
  if (isObj(v) && v.ringkas === true && typeof v.sha256 === 'string') {
    return (
      <span className="muted">
        {T.summarized} <code className="hash">{v.sha256}</code>
      </span>
    )
  }
  return null
}

function scalar(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t.common.none
  if (typeof v === 'boolean') return v ? t.common.yes : t.common.no
  if (typeof v === 'number') return MONEY_KEYS.has(key) ? formatRupiah(v) : String(v)
  if (typeof v === 'string') {
    if (key === 'role' && v in ROLE_LABELS) return ROLE_LABELS[v as Role]
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) {
      try {
        return formatStamp(v)
      } catch {
        return v
      }
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
      try {
        return formatDateLong(v)
      } catch {
        return v
      }
    }
    return v
  }
  return JSON.stringify(v)
}

/** One value as the treasurer reads it: dates in words, rupiah, Ya/Tidak, lists and nested lists. */
export function AuditValue({ name, value }: { name: string; value: unknown }): ReactNode {
  const s = special(value)
  if (s) return s
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">{T.empty2}</span>
    if (value.every((x) => !isObj(x) && !Array.isArray(x))) return value.map((x) => scalar(name, x)).join(', ')
    return (
      <ol className="audit-list">
        {value.map((x, i) => (
          <li key={i}>
            {isObj(x) ? (
              Object.entries(x)
                .filter(([, v]) => v !== null && v !== undefined && v !== 0 && v !== '')
                .map(([k, v], j) => (
                  <span key={k} className="audit-inline">
                    {j > 0 && ' · '}
                    <span className="audit-inline__key">{keyLabel(k)}:</span> <AuditValue name={k} value={v} />
                  </span>
                ))
            ) : (
              <AuditValue name={name} value={x} />
            )}
          </li>
        ))}
      </ol>
    )
  }
  if (isObj(value)) return <KeyValues value={value} nested />
  return scalar(name, value)
}

/** key: value list of an object. */
export function KeyValues({ value, nested }: { value: unknown; nested?: boolean }) {
  if (!isObj(value))
    return (
      <p className="audit-kv__plain">
        <AuditValue name="" value={value} />
      </p>
    )
  const entries = Object.entries(value)
  if (entries.length === 0) return <p className="muted small">{T.empty2}</p>
  return (
    <dl className={`audit-kv${nested ? ' audit-kv--nested' : ''}`}>
      {entries.map(([k, v]) => (
        <div key={k} className="audit-kv__row">
          <dt>{keyLabel(k)}</dt>
          <dd>
            <AuditValue name={k} value={v} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** before → after of an edit: changed fields first and marked, the rest folded away. */
export function AuditChanges({ before, after }: { before: Obj; after: Obj }) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const changed = keys.filter((k) => !same(before[k], after[k]))
  const unchanged = keys.filter((k) => same(before[k], after[k]))
  return (
    <div className="audit-changes">
      {changed.length === 0 ? (
        <p className="muted small">{T.noChanges}</p>
      ) : (
        <ScrollRegion>
          <table className="table audit-diff">
            <thead>
              <tr>
                <th scope="col">{T.field}</th>
                <th scope="col">{T.before}</th>
                <th scope="col" aria-hidden="true" />
                <th scope="col">{T.after}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((k) => (
                <tr key={k} className="is-changed" data-field={k}>
                  <th scope="row">{keyLabel(k)}</th>
                  <td className="audit-diff__before">
                    <del>
                      <AuditValue name={k} value={before[k]} />
                    </del>
                  </td>
                  <td className="audit-diff__arrow" aria-hidden="true">
                    →
                  </td>
                  <td className="audit-diff__after">
                    <ins>
                      <AuditValue name={k} value={after[k]} />
                    </ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {unchanged.length > 0 && (
        <details className="audit-unchanged">
          <summary>{T.unchanged(unchanged.length)}</summary>
          <KeyValues value={Object.fromEntries(unchanged.map((k) => [k, after[k]]))} />
        </details>
      )}
    </div>
  )
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="audit-part">
      <h4 className="audit-part__title">{title}</h4>
      {children}
    </section>
  )
}

/** The details of one audit record: an edit as before → after, anything else as input and result. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const edit = isObj(entry.before) && isObj(entry.after)
  const hasInput = !(isObj(entry.input) && Object.keys(entry.input).length === 0) && entry.input !== null
  return (
    <div className="audit-detail">
      {edit && (
        <Part title={T.changes}>
          <AuditChanges before={entry.before as Obj} after={entry.after as Obj} />
        </Part>
      )}
      {hasInput && !edit && (
        <Part title={T.input}>
          <KeyValues value={entry.input} />
        </Part>
      )}
      {hasInput && edit && (
        <details className="audit-unchanged">
          <summary>{T.input}</summary>
          <KeyValues value={entry.input} />
        </details>
      )}
      {!edit && entry.before !== null && entry.before !== undefined && (
        <Part title={T.before}>
          <KeyValues value={entry.before} />
        </Part>
      )}
      {!edit && entry.after !== null && entry.after !== undefined && (
        <Part title={T.result}>
          <KeyValues value={entry.after} />
        </Part>
      )}
      <p className="muted small audit-detail__hash">
        {T.entryNo(entry.id)} · <code className="hash">{entry.hash}</code>
      </p>
    </div>
  )
}
