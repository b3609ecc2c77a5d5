import type { DomainCommandName } from '../../shared/commands'
import { todayOf } from '../setup/timezone'
import type { tradingCommands } from '../../shared/commands/trading'
import type { Handler } from '../commands/handler'
import { sellAtDesk } from './desk'
import {
  countSheet,
  dailySales,
  getDoc,
  listDocs,
  listItems,
  listSuppliers,
  memberPurchases,
  opname,
  parties,
  payBon,
  paySupplier,
  purchase,
  purchaseReturn,
  revenueSplit,
  saleReturn,
  saveItem,
  saveSupplier,
  service,
  stockCard,
  tradingTieOut
} from './trading'
import { openingStock } from './opening-stock'
import { listCostCorrections } from './stock'

type Name = keyof typeof tradingCommands & DomainCommandName

/** One handler per trading command; spread into the main handler map. */
export const tradingHandlers: { [K in Name]: Handler<K> } = {
  'trading.items': (ctx, input) => listItems(ctx.book, input),
  'trading.saveItem': (ctx, input) => saveItem(ctx, input),
  'trading.suppliers': (ctx, input) => listSuppliers(ctx.book, input),
  'trading.saveSupplier': (ctx, input) => saveSupplier(ctx, input),
  'trading.purchase': (ctx, input) => purchase(ctx, input),
  'trading.purchaseReturn': (ctx, input) => purchaseReturn(ctx, input),
  'trading.paySupplier': (ctx, input) => paySupplier(ctx, input),
  'trading.sell': (ctx, input) => sellAtDesk(ctx, input),
  'trading.saleReturn': (ctx, input) => saleReturn(ctx, input),
  'trading.payBon': (ctx, input) => payBon(ctx, input),
  'trading.dailySales': (ctx, input) => dailySales(ctx, input),
  'trading.service': (ctx, input) => service(ctx, input),
  'trading.openingStock': (ctx, input) => openingStock(ctx, input),
  'trading.costCorrections': (ctx, input) => listCostCorrections(ctx.book, input),
  'trading.opname': (ctx, input) => opname(ctx, input),
  'trading.countSheet': (ctx, input) => countSheet(ctx.book, input.unit, input.asOf),
  'trading.stockCard': (ctx, input) => stockCard(ctx.book, input),
  'trading.doc': (ctx, input) => getDoc(ctx.book, input.id),
  'trading.docs': (ctx, input) => listDocs(ctx.book, input),
  'trading.memberPurchases': (ctx, input) => memberPurchases(ctx.book, input.year),
  'trading.revenueSplit': (ctx, input) => revenueSplit(ctx.book, input.from, input.to),
  'trading.parties': (ctx, input) => ({ asOf: input.asOf ?? todayOf(ctx), ...parties(ctx.book, input.asOf) }),
  'trading.tieOut': (ctx, input) => ({ asOf: input.asOf ?? todayOf(ctx), ...tradingTieOut(ctx.book, input.asOf) })
}
