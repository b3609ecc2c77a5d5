import type { DomainCommandName } from '../../shared/commands'
import type { ratbookCommands } from '../../shared/commands/ratbook'
import type { Handler } from '../commands/handler'
import { ratbookBlocks, setRatbookBlock } from './blocks'

type Name = keyof typeof ratbookCommands & DomainCommandName

/** The RAT book's text blocks; the book itself (`ratbook.pdf`) is a host command in the executor. */
export const ratbookHandlers: { [K in Name]: Handler<K> } = {
  'ratbook.blocks': (ctx, input) => ratbookBlocks(ctx.book, input.year),
  'ratbook.setBlock': (ctx, input) => setRatbookBlock(ctx.book, input.year, input.key, input.text),
  'ratbook.resetBlock': (ctx, input) => setRatbookBlock(ctx.book, input.year, input.key, null)
}
