import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { Dialog } from '../components/Dialog'
import { t } from '../i18n'
import { CommandFailure, type Invoke } from './invoke'

/** The book's answer to a posting dated after today: the flag that confirms it is named in `field`. */
export function isFutureDateRefusal(e: unknown): e is CommandFailure {
  return e instanceof CommandFailure && e.code === 'NEEDS_CONFIRMATION' && e.field === 'allowFutureDate'
}

/**
 * Wraps the command door so that every form asks before posting a date after today (DOMAIN.md §9.2):
 * when the book refuses with NEEDS_CONFIRMATION on allowFutureDate, a dialog shows the book's message;
 * "Ya" sends the same command again with `allowFutureDate: true`, "Batal" returns the refusal to the form.
 */
export function useFutureDateConfirmation(invoke: Invoke): { invoke: Invoke; dialog: ReactNode } {
  const [pending, setPending] = useState<{ message: string; resolve: (ok: boolean) => void } | null>(null)
  const ask = useCallback((message: string) => new Promise<boolean>((resolve) => setPending({ message, resolve })), [])
  const askRef = useRef(ask)
  askRef.current = ask
  const wrapped = useMemo<Invoke>(
    () =>
      (async (name: Parameters<Invoke>[0], input: never) => {
        try {
          return await invoke(name, input)
        } catch (e) {
          if (!isFutureDateRefusal(e) || typeof input !== 'object' || input === null) throw e
          if (!(await askRef.current(e.message))) throw e
          return await invoke(name, { ...(input as object), allowFutureDate: true } as never)
        }
      }) as Invoke,
    [invoke]
  )
  const answer = (ok: boolean) => {
    pending?.resolve(ok)
    setPending(null)
  }
  const dialog = pending ? (
    <Dialog
      title={t.futureDate.title}
      onClose={() => answer(false)}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={() => answer(false)}>
            {t.futureDate.cancel}
          </button>
          <button type="button" className="btn btn--primary" onClick={() => answer(true)} data-autofocus>
            {t.futureDate.confirm}
          </button>
        </>
      }
    >
      <p>{t.futureDate.lead}</p>
      <p data-testid="future-date-message">{pending.message}</p>
    </Dialog>
  ) : null
  return { invoke: wrapped, dialog }
}
