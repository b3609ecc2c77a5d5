import {
  ALLOCATION_STEPS,
  DEFAULT_ALLOCATION_ORDER,
  type AllocationStep,
  type LoanPolicy
} from '../../shared/commands/loans'
import { withProvisionDefaults, type ProvisionPolicy } from '../../shared/loans/provisioning'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import type { CommandContext } from '../commands/context'
import { getSetting, setSetting } from '../settings'

const ORDER_KEY = 'loans.allocationOrder'
const PROVISION_KEY = 'loans.provisionPolicy'

function allocationOrder(book: Book): AllocationStep[] {
  const raw = getSetting(book, ORDER_KEY)
  if (!raw) return DEFAULT_ALLOCATION_ORDER
  const order = JSON.parse(raw) as AllocationStep[]
  return order.length === ALLOCATION_STEPS.length && ALLOCATION_STEPS.every((s) => order.includes(s))
    ? order
    : DEFAULT_ALLOCATION_ORDER
}

/** The stored policy over the defaults: a policy saved before the age rules existed gets their defaults. */
export function provisionPolicy(book: Book): Required<ProvisionPolicy> {
  const raw = getSetting(book, PROVISION_KEY)
  return withProvisionDefaults(raw ? (JSON.parse(raw) as ProvisionPolicy) : null)
}

/** Allocation order (DOMAIN.md §4.3) and kolektibilitas bands and PPAP rates (§4.4); ASSUMED defaults, replaceable. */
export function loanPolicy(book: Book): LoanPolicy {
  return { allocationOrder: allocationOrder(book), provision: provisionPolicy(book) }
}

export function setLoanPolicy(ctx: CommandContext, input: CommandParsedInput<'loans.setPolicy'>): LoanPolicy {
  if (input.allocationOrder) setSetting(ctx.book, ORDER_KEY, JSON.stringify(input.allocationOrder))
  // Age rules left out of the input keep their current values.
  if (input.provision)
    setSetting(ctx.book, PROVISION_KEY, JSON.stringify({ ...provisionPolicy(ctx.book), ...input.provision }))
  return loanPolicy(ctx.book)
}
