export interface Migration {
  version: number
  name: string
  /** SQL run inside the migration's transaction. */
  up: string
  /** Runs after `up`, in the same transaction, for data only code can build. */
  after?: (db: import('better-sqlite3').Database) => void
}
