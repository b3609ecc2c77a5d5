import type Database from 'better-sqlite3'
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type InferResult
} from 'kysely'
import type { DB } from './schema'

/**
 * Kysely is used as a typed query builder only; statements run synchronously on
 * better-sqlite3 so that a command and all its writes fit in one SQLite transaction.
 */
export function queryBuilder(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler()
    }
  })
}

type Row<Q> = Q extends Compilable<infer O> ? (O extends object ? O : never) : never

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

  all<Q extends Compilable<unknown>>(q: Q): InferResult<Q> extends (infer R)[] ? R[] : Row<Q>[] {
    const c = q.compile()
    return this.prepare(c.sql).all(...(c.parameters as unknown[])) as never
  }

  first<Q extends Compilable<unknown>>(q: Q): (InferResult<Q> extends (infer R)[] ? R : Row<Q>) | undefined {
    const c = q.compile()
    return this.prepare(c.sql).get(...(c.parameters as unknown[])) as never
  }

  run(q: Compilable<unknown>): Database.RunResult {
    const c = q.compile()
    return this.prepare(c.sql).run(...(c.parameters as unknown[]))
  }
}
