/**
 * The engines the shared repository suite runs on: SQLite in memory always, PostgreSQL whenever
 * TEST_DATABASE_URL is set (then it really runs, and a connection failure fails the suite).
 * Each open() gives a fresh, empty database: a new in-memory SQLite, or a new PostgreSQL schema
 * that dispose() drops, so test files running in parallel never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { openPostgres } from '../postgres/open-postgres.ts';
import { createPgRepository } from '../postgres/pg-repository.ts';
import type { Repository } from '../repository.ts';
import { openSqlite } from '../sqlite/open-sqlite.ts';
import { createSqliteRepository } from '../sqlite/sqlite-repository.ts';

export interface TestEngine {
  repo: Repository;
  /** Raw SQL on the engine, for what the Repository cannot do (fault injection, bypass checks). */
  exec(statement: string): Promise<void>;
  /** Installs a trigger that makes every later UPDATE of `services` fail. */
  breakServiceUpdates(): Promise<void>;
  dispose(): Promise<void>;
}

export interface TestEngineFactory {
  name: 'sqlite' | 'postgresql';
  open(): Promise<TestEngine>;
}

const sqliteEngine: TestEngineFactory = {
  name: 'sqlite',
  async open() {
    const db = openSqlite({ path: ':memory:' });
    const repo = createSqliteRepository(db);
    const exec = async (statement: string) => {
      db.$client.exec(statement);
    };
    return {
      repo,
      exec,
      breakServiceUpdates: () =>
        exec(`create trigger test_break_services before update on services
              begin select raise(abort, 'injected failure'); end;`),
      dispose: () => repo.close(),
    };
  },
};

function postgresEngine(url: string): TestEngineFactory {
  return {
    name: 'postgresql',
    async open() {
      const schema = `repo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      const db = await openPostgres({ url, schema, maxConnections: 5 });
      const repo = createPgRepository(db);
      const exec = async (statement: string) => {
        await db.$client.query(statement);
      };
      return {
        repo,
        exec,
        breakServiceUpdates: async () => {
          await exec(`create function test_break() returns trigger language plpgsql as
                      $$ begin raise exception 'injected failure'; end; $$`);
          await exec(
            'create trigger test_break_services before update on services for each row execute function test_break()',
          );
        },
        async dispose() {
          try {
            await exec(`drop schema "${schema}" cascade`);
          } finally {
            await repo.close();
          }
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testEngineFactories(): TestEngineFactory[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [sqliteEngine, postgresEngine(url)] : [sqliteEngine];
}
