/**
 * Opens a PostgreSQL pool (node-postgres + drizzle) and brings the schema up to date with the
 * committed migrations (../migrations/postgres, written by drizzle-kit).
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations/postgres', import.meta.url));

/** Plain identifiers only: the name goes into a startup option and into DDL. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresConfig {
  /** `postgres://user@host:5432/db` */
  url: string;
  /**
   * Schema holding the tables and the migrations journal; created when missing. Default: the
   * server's search_path (normally `public`) and drizzle's `drizzle` schema for the journal.
   * Tests use a fresh schema per run so parallel test files never see each other's rows.
   */
  schema?: string;
  /** Pool size. Default 10. */
  maxConnections?: number;
  /** Told when an idle pooled connection breaks (the pool replaces it); e.g. the app logger. */
  onIdleConnectionError?: (error: Error) => void;
}

export type PostgresDb = NodePgDatabase & { $client: pg.Pool };

/**
 * @example
 * const db = await openPostgres({ url: 'postgres://postgres@127.0.0.1:5432/test', schema: 'run_42' });
 */
export async function openPostgres(config: PostgresConfig): Promise<PostgresDb> {
  const { schema } = config;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`openPostgres: schema must match ${SCHEMA_NAME}, got ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.maxConnections ?? 10,
    // Every connection resolves unqualified table names in `schema` (the migrations name none).
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its connection emits 'error'; without a listener that kills the
  // process. The pool replaces the client; the next query reports any lasting outage.
  pool.on('error', (error) => config.onIdleConnectionError?.(error));
  const db = drizzle({ client: pool });
  try {
    if (schema !== undefined) await db.execute(sql.raw(`create schema if not exists "${schema}"`));
    await migrateLocked(db, schema);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return db;
}

/**
 * Several app instances may start at once against one database; a session advisory lock makes
 * them apply the migrations one after another instead of racing on the same DDL.
 */
async function migrateLocked(db: PostgresDb, schema: string | undefined): Promise<void> {
  const lockKey = `eforms-migrate:${schema ?? ''}`;
  const client = await db.$client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      await migrate(db, {
        migrationsFolder: MIGRATIONS_FOLDER,
        ...(schema === undefined ? {} : { migrationsSchema: schema }),
      });
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    client.release();
  }
}
