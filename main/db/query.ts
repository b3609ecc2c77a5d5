import type Database from 'better-sqlite3'
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type Insertable,
  type Selectable,
  type Updateable
} from 'kysely'
import type { DB } from './schema'

/**
 * The query builder for the book. It only builds and compiles SQL: queries run synchronously on
 * better-sqlite3 through the book's SyncRunner (`book.q.all(qb.selectFrom(...))`), never through
 * kysely's asynchronous `execute`, so that a command and all its writes fit in one SQLite transaction.
 */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler()
  }
})

/** A row as SELECT * returns it. */
export type Row<T extends keyof DB> = Selectable<DB[T]>
/** The values an INSERT into the table takes. */
export type NewRow<T extends keyof DB> = Insertable<DB[T]>
/** The values an UPDATE of the table may set. */
export type RowUpdate<T extends keyof DB> = Updateable<DB[T]>

/**
 * Statements run synchronously on better-sqlite3. Prepared statements are kept by their SQL text, so
 * a builder query compiled again on a hot path reuses its statement.
 *
 * Two ways in, both typed at the boundary:
 * - kysely queries (`all`, `first`, `run`) for inserts, updates, lookups and filtered lists;
 * - raw SQL (`rows`, `row`, `exec`, `iterate`) for aggregations, reports and the posting hot path,
 *   the row type named once by the caller.
 */
export class SyncRunner {
  private readonly cache = new Map<string, Database.Statement>()
  constructor(private readonly db: Database.Database) {}

  prepare(sql: string): Database.Statement {
    let stmt = this.cache.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      if (this.cache.size > 500) this.cache.clear()
      this.cache.set(sql, stmt)
    }
    return stmt
  }

  /** Every row of a kysely SELECT (or INSERT/UPDATE … RETURNING). */
  all<O>(query: Compilable<O>): O[] {
    const c = query.compile()
    return this.prepare(c.sql).all(...c.parameters) as O[]
  }

  /** The first row of a kysely query, or undefined. */
  first<O>(query: Compilable<O>): O | undefined {
    const c = query.compile()
    return this.prepare(c.sql).get(...c.parameters) as O | undefined
  }

  /** Runs a kysely INSERT, UPDATE or DELETE. */
  run(query: Compilable<unknown>): Database.RunResult {
    const c = query.compile()
    return this.prepare(c.sql).run(...c.parameters)
  }

  /** Rows of a raw SQL query. */
  rows<O>(sql: string, ...params: unknown[]): O[] {
    return this.prepare(sql).all(...params) as O[]
  }

  /** The first row of a raw SQL query, or undefined. */
  row<O>(sql: string, ...params: unknown[]): O | undefined {
    return this.prepare(sql).get(...params) as O | undefined
  }

  /** Rows of a raw SQL query as arrays of column values (large aggregations; the statement stays in array mode). */
  tuples<T extends unknown[]>(sql: string, ...params: unknown[]): T[] {
    return this.prepare(sql)
      .raw(true)
      .all(...params) as T[]
  }

  /** Rows of a raw SQL query one at a time (long lists). */
  iterate<O>(sql: string, ...params: unknown[]): IterableIterator<O> {
    return this.prepare(sql).iterate(...params) as IterableIterator<O>
  }

  /** Runs a raw SQL statement that returns no rows. */
  exec(sql: string, ...params: unknown[]): Database.RunResult {
    return this.prepare(sql).run(...params)
  }
}
