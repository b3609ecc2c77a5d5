import { useEffect, type RefObject } from 'react'

/** What a form shows when it is done: a message (Notice), an error, a kwitansi/struk, or `data-result`. */
export const RESULT_SELECTOR = '[role="alert"], [role="status"], .receipt, [data-result]'

/** How long after a submit its result may still arrive (a long export or the RAT book). */
const WAIT_MS = 120_000

function resultOf(node: Node): HTMLElement | null {
  if (node instanceof HTMLElement)
    return node.matches(RESULT_SELECTOR)
      ? node
      : (node.querySelector<HTMLElement>(RESULT_SELECTOR) ?? node.closest<HTMLElement>(RESULT_SELECTOR))
  return node.parentElement?.closest<HTMLElement>(RESULT_SELECTOR) ?? null
}

/** Moves focus to a result so that it is read out and in view, even when it appears far above the form. */
export function focusResult(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
  el.classList.add('is-result')
  el.focus({ preventScroll: true })
  el.scrollIntoView?.({ block: 'nearest' })
}

/**
 * After a form is submitted (or a primary button pressed) inside `root`, the first result that
 * appears in that form's part of the page takes the focus: its message, its error or its receipt; or,
 * when the answer is only field errors, the first invalid field. A dialog's form looks only inside the
 * dialog (closing it gives focus back to its opener). Anything the user does next (a key, a click)
 * cancels the wait, so a later change never moves the focus.
 */
export function useResultFocus(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const main = root.current
    if (!main) return
    let pending: { scope: HTMLElement; form: HTMLElement | null; until: number; thenPage: boolean } | null = null

    const arm = (from: Element) => {
      const dialog = from.closest<HTMLElement>('[role="dialog"]')
      if (!main.contains(from) && !dialog) return
      const form = from.closest<HTMLElement>('form') ?? (from instanceof HTMLElement ? from.parentElement : null)
      // A confirmation (a dialog without a form) is part of the page's submit: once it closes, the
      // page's result is awaited. A dialog with a form keeps its result to itself.
      pending = {
        scope: dialog ?? main,
        form,
        until: Date.now() + WAIT_MS,
        thenPage: !!dialog && !dialog.querySelector('form')
      }
    }
    const onSubmit = (e: Event) => {
      if (e.target instanceof Element) arm(e.target)
    }
    const onClick = (e: MouseEvent) => {
      const button = e.target instanceof Element ? e.target.closest('button') : null
      if (button && button.type === 'button' && button.classList.contains('btn--primary')) arm(button)
    }
    // The user's next move ends the wait (the submit's own key or click came before the submit event).
    const cancel = () => {
      pending = null
    }

    const observer = new MutationObserver((records) => {
      const p = pending
      if (!p) return
      if (Date.now() > p.until) {
        pending = null
        return
      }
      if (!p.scope.isConnected) {
        pending = p.thenPage ? { ...p, scope: main, form: null, thenPage: false } : null
        if (!pending) return
      }
      // A dialog opened meanwhile (not the one that submitted): it has the user's attention now.
      const inDialog = document.activeElement?.closest('[role="dialog"]')
      if (inDialog && inDialog !== p.scope) {
        pending = null
        return
      }
      for (const r of records) {
        if (r.type === 'attributes') {
          const el = r.target as HTMLElement
          if (
            el.getAttribute('aria-invalid') === 'true' &&
            p.form?.contains(el) &&
            !p.form.querySelector(RESULT_SELECTOR)
          ) {
            pending = null
            p.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
            return
          }
          continue
        }
        const nodes = r.type === 'characterData' ? [r.target] : Array.from(r.addedNodes)
        for (const n of nodes) {
          const hit = resultOf(n)
          if (
            hit &&
            p.scope.contains(hit) &&
            hit.textContent?.trim() &&
            (hit.closest<HTMLElement>('[role="dialog"]') ?? main) === p.scope
          ) {
            pending = null
            focusResult(hit)
            return
          }
        }
      }
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-invalid']
    })
    document.addEventListener('submit', onSubmit, true)
    document.addEventListener('click', onClick, true)
    document.addEventListener('keydown', cancel, true)
    document.addEventListener('mousedown', cancel, true)
    window.addEventListener('hashchange', cancel)
    return () => {
      observer.disconnect()
      document.removeEventListener('submit', onSubmit, true)
      document.removeEventListener('click', onClick, true)
      document.removeEventListener('keydown', cancel, true)
      document.removeEventListener('mousedown', cancel, true)
      window.removeEventListener('hashchange', cancel)
    }
  }, [root])
}
