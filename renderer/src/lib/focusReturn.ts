/** How long after a dialog closes a re-rendered opener is still looked for (a list reloading after a save). */
const WATCH_MS = 3_000

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex="0"]'

interface Opener {
  /** Gives focus back to the opener, or to what took its place; never leaves it on the bare page. */
  restore(): void
}

/** How an element can be found again once React has replaced it: same tag, id, label, text and test id. */
function signature(el: HTMLElement): string {
  return [
    el.tagName,
    el.id,
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('data-testid') ?? '',
    el.getAttribute('href') ?? '',
    (el.textContent ?? '').trim()
  ].join('\u0000')
}

function usable(el: HTMLElement | null | undefined): el is HTMLElement {
  return !!el && el.isConnected && !el.closest('[hidden], [inert]') && !(el as HTMLButtonElement).disabled
}

/**
 * Notes what has the focus when a dialog opens. On close, focus goes back to it; when the page
 * re-rendered it meanwhile (a list reloaded after saving, a menu that closed), to the element that
 * took its place (found by its signature, the n-th of its kind), or else to the page's content.
 * For a few seconds after, a replacement of the opener still gets the focus.
 */
export function rememberOpener(doc: Document = document): Opener {
  const opener = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null
  const sig = opener ? signature(opener) : ''
  const twins = (): HTMLElement[] =>
    opener ? Array.from(doc.querySelectorAll<HTMLElement>(opener.tagName)).filter((e) => signature(e) === sig) : []
  const index = opener ? twins().indexOf(opener) : -1

  const ancestors: HTMLElement[] = []
  for (let a = opener?.parentElement; a && a !== doc.body && a.tagName !== 'MAIN'; a = a.parentElement)
    ancestors.push(a)

  const successor = (): HTMLElement | null => {
    if (usable(opener)) return opener
    const all = twins().filter(usable)
    const twin = all[Math.max(0, Math.min(index, all.length - 1))]
    if (twin) return twin
    // The control changed (e.g. "Kunci" became "Buka kunci"): the first control still in its place.
    for (const a of ancestors) {
      if (!a.isConnected) continue
      const near = Array.from(a.querySelectorAll<HTMLElement>(FOCUSABLE)).find(usable)
      if (near) return near
    }
    return null
  }
  const fallback = (): HTMLElement | null => doc.querySelector<HTMLElement>('main') ?? null

  return {
    restore() {
      const target = successor()
      ;(target ?? fallback())?.focus({ preventScroll: !target })
      if (!opener) return
      // The opener may be replaced just after (the list behind the dialog reloads): follow it.
      const until = Date.now() + WATCH_MS
      const observer = new MutationObserver(() => {
        if (Date.now() > until) return stop()
        const active = doc.activeElement
        if (active && active !== doc.body && active !== fallback() && (active as HTMLElement).isConnected) {
          if (active !== target) stop()
          return
        }
        const next = successor()
        if (next) {
          next.focus()
          stop()
        } else fallback()?.focus({ preventScroll: true })
      })
      const stop = () => {
        observer.disconnect()
        doc.removeEventListener('keydown', stop, true)
        doc.removeEventListener('mousedown', stop, true)
      }
      observer.observe(doc.body, { childList: true, subtree: true })
      doc.addEventListener('keydown', stop, true)
      doc.addEventListener('mousedown', stop, true)
      setTimeout(stop, WATCH_MS)
    }
  }
}
