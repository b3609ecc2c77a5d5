import type { Generated } from 'kysely'
import type { TABLES } from './tables'

type Split<S extends string> = S extends `${infer A}|${infer B}` ? A | Split<B> : S
type Base<S> = S extends `int${string}` ? number : S extends `text${string} ${infer V}` ? Split<V> : string
type Value<S> = S extends `${string}?${string}` ? Base<S> | null : Base<S>
type Column<S> = S extends `${string}+${string}` ? Generated<Value<S>> : Value<S>

type Tables = {
  -readonly [T in keyof typeof TABLES]: { -readonly [C in keyof (typeof TABLES)[T]]: Column<(typeof TABLES)[T][C]> }
}

/**
 * Kysely table types: the shape of the SQLite book, derived from main/db/tables.ts (written from the
 * migrations; tests/unit/db/tables.test.ts keeps the two in step). Money columns are INTEGER rupiah;
 * flags are INTEGER 0/1; a TEXT column with a CHECK (… IN (…)) has those values as its type.
 */
export interface DB extends Tables {
  /** View over trade_moves and trade_cost_corrections (0024). */
  trade_stock: { item_id: number; date: string; qty: number; value: number }
}
