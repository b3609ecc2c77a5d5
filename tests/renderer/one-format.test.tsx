// Issue 16 point 4: no ISO date and no dot decimal on any screen. The message catalogue is scanned
// leaf by leaf; then the whole app runs on a real seeded book (the Lembar Anggota fixture, commands
// through the same dispatcher as every door) and every screen's text and field values are scanned.
// What counts is defined in tests/helpers/format-scan.ts.
import { act, cleanup, render, waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommandName } from '../../shared/commands'
import type { ErrorCode } from '../../shared/errors'
import { CommandFailure, type Api, type Invoke } from '../../renderer/src/api/invoke'
import { App } from '../../renderer/src/app/App'
import { id } from '../../renderer/src/i18n/id'
import { describeFindings, findFormatProblems } from '../shared/format-scan'
import { SEEDED_BOOK_MODULE, type SeededBook } from '../shared/seeded-book-api'
import { screenRoutes } from '../shared/screens'
import { fakeFiles } from './fakeApi'

/** Calls a catalogue function with plain arguments of a few shapes; what it returns is scanned too. */
function outputsOf(fn: (...a: unknown[]) => unknown): string[] {
  const out: string[] = []
  for (const arg of [7, '7', 'Contoh']) {
    try {
      const r = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => arg))
      if (typeof r === 'string') out.push(r)
    } catch {
      // A function that needs a richer argument is covered by the screen scans.
    }
  }
  return out
}

function catalogueTexts(node: unknown, path: string, out: [string, string][]): void {
  if (typeof node === 'string') out.push([path, node])
  else if (typeof node === 'function')
    for (const s of outputsOf(node as (...a: unknown[]) => unknown)) out.push([`${path}()`, s])
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) catalogueTexts(v, `${path}.${k}`, out)
}

/** Each text node on its own line: cells that sit side by side must not run together ("100.000" + "5 Januari"). */
function visibleText(root: Node): string {
  const out: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName
    if (tag !== 'STYLE' && tag !== 'SCRIPT' && n.textContent?.trim()) out.push(n.textContent)
  }
  return out.join('\n')
}

describe('one format on screen (issue 16 point 4)', () => {
  it('the message catalogue has no ISO date or dot decimal', () => {
    const texts: [string, string][] = []
    catalogueTexts(id, 't', texts)
    expect(texts.length).toBeGreaterThan(1000)
    const problems = texts.flatMap(([path, s]) => describeFindings(path, findFormatProblems(s)))
    expect(problems).toEqual([])
  })

  describe('every screen of a seeded book', () => {
    let book: SeededBook
    beforeAll(async () => {
      const mod = (await import(/* @vite-ignore */ SEEDED_BOOK_MODULE)) as { openSeededBook: () => Promise<SeededBook> }
      book = await mod.openSeededBook()
    }, 60_000)
    afterAll(() => {
      cleanup()
      book?.close()
    })

    it('shows dates and numbers only in the Indonesian format', async () => {
      const invoke = (async (name: CommandName, input: unknown) => {
        const r = book.execute(name, input)
        if (!r.ok) throw new CommandFailure({ ...r.error, code: r.error.code as ErrorCode })
        return r.result
      }) as Invoke
      const api: Api = { invoke, onProgress: () => () => {}, files: fakeFiles().door }
      window.location.hash = '#/beranda'
      render(<App api={api} />)
      await waitFor(() => expect(document.querySelector('.shell__main')).toBeTruthy(), { timeout: 10_000 })
      const problems: string[] = []
      for (const route of screenRoutes(book.ids)) {
        await act(async () => {
          window.location.hash = `#/${route}`
          window.dispatchEvent(new HashChangeEvent('hashchange'))
        })
        await waitFor(() => expect(document.body.textContent).not.toMatch(/Memuat/), { timeout: 10_000 }).catch(
          () => {}
        )
        await act(async () => {})
        const fields = [...document.querySelectorAll('input, textarea')]
          .map((el) => (el as HTMLInputElement).value)
          .join('\n')
        problems.push(...describeFindings(route, findFormatProblems(`${visibleText(document.body)}\n${fields}`)))
      }
      expect(problems).toEqual([])
    }, 120_000)
  })
})
