/**
 * Opens a SQLite database with the settings the platform relies on, and brings its schema up to
 * date with the committed migrations (../migrations/sqlite, written by drizzle-kit).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations/sqlite', import.meta.url));

export interface SqliteConfig {
  /** A file path (its folder is created when missing) or `:memory:`. */
  path: string;
  /** How long a writer waits for another connection's lock before SQLITE_BUSY. Default 5 s. */
  busyTimeoutMs?: number;
}

export type SqliteDb = BetterSQLite3Database & { $client: Database.Database };

/**
 * Pragmas, and why:
 * - `journal_mode = WAL`: readers never block the writer, and a commit appends to one file.
 * - `synchronous = FULL`: the WAL is fsynced at every commit, so a submission whose promise has
 *   resolved survives power loss (NORMAL may lose the last commits; sqlite.org/pragma.html#pragma_synchronous).
 * - `foreign_keys = ON`: SQLite ignores the declared foreign keys unless told, per connection.
 * - `busy_timeout`: another process (a migration, the sqlite3 shell) holding the lock makes us
 *   wait instead of failing at once.
 *
 * @example
 * const db = openSqlite({ path: 'data/eforms.db' });
 * const test = openSqlite({ path: ':memory:' });
 */
export function openSqlite(config: SqliteConfig): SqliteDb {
  if (config.path !== ':memory:' && config.path !== '') {
    mkdirSync(dirname(config.path), { recursive: true });
  }
  const client = new Database(config.path);
  try {
    client.pragma('journal_mode = WAL');
    client.pragma('synchronous = FULL');
    client.pragma('foreign_keys = ON');
    client.pragma(`busy_timeout = ${Math.trunc(config.busyTimeoutMs ?? 5000)}`);
    const db = drizzle({ client });
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return db;
  } catch (error) {
    client.close();
    throw error;
  }
}
