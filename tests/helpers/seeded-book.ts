/**
 * A real book seeded with the Lembar Anggota fixture, answering commands through the same
 * dispatcher as every door. The renderer tests load it with a dynamic import (their TypeScript
 * project holds no main code) and see only `SeededBook` from tests/shared/seeded-book-api.ts.
 */
import { runCommand } from '../../main/commands/dispatch'
import type { CommandName } from '../../shared/commands'
import type { SeededBook } from '../shared/seeded-book-api'
import { createTestBook } from './book'
import { buildPanduanFixture } from './panduan-fixture'

export async function openSeededBook(now = new Date('2026-01-20T03:00:00Z')): Promise<SeededBook> {
  const tb = await createTestBook({ booksStartDate: '2025-01-01', now })
  const f = await buildPanduanFixture(async (name, input) => tb.run(name as CommandName, input as never))
  return {
    ids: { memberId: f.ids.A, loanId: f.loanId },
    execute: (name, input) => runCommand(tb.ctx, name as CommandName, input),
    close: () => tb.close()
  }
}
