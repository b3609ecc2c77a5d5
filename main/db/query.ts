import type Database from 'better-sqlite3'

/**
 * Statements run synchronously on better-sqlite3, so that a command and all its writes fit in one
 * SQLite transaction. Prepared statements are kept by their SQL text.
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
}
