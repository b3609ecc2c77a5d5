import type { CommandParsedInput } from '../../shared/commands'
import type { CommandContext } from '../commands/context'
import { reverseSavingsOf } from '../savings/ledger'
import { reverseEntry } from './journal'

/** Reverses a journal entry, and the savings transactions it carried with it (their balances follow). */
export function reverseJournalEntry(ctx: CommandContext, input: CommandParsedInput<'journal.reverse'>) {
  const reversal = reverseEntry(ctx, input)
  reverseSavingsOf(ctx, input.entryId, reversal)
  return reversal
}
