import type { Migration } from './types'

/**
 * Issue 16 point 3: a cash sale keeps what the buyer handed over, so the struk shows dibayar and
 * kembalian. Sales recorded before this version have none (NULL): their struk shows the total only.
 */
export const m0020: Migration = {
  version: 20,
  name: 'amount paid on a sale',
  up: `
ALTER TABLE trade_docs ADD COLUMN paid INTEGER CHECK (paid IS NULL OR (typeof(paid) = 'integer' AND paid >= amount));
`
}
