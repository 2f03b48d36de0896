/**
 * drizzle-kit configuration for both engines. One config, the dialect picked by
 * `DRIZZLE_DIALECT` (`sqlite`, the default, or `postgresql`), so `npm run db:generate` writes
 * server/storage/migrations/sqlite/ and server/storage/migrations/postgres/ from the two table
 * files. Only `generate` is used: the app applies migrations itself at start
 * (server/storage/sqlite/open-sqlite.ts, server/storage/postgres/open-postgres.ts).
 */
import { defineConfig } from 'drizzle-kit';

const dialect = process.env.DRIZZLE_DIALECT ?? 'sqlite';

function configFor(name: string) {
  switch (name) {
    case 'sqlite':
      return defineConfig({
        dialect: 'sqlite',
        schema: './server/storage/sqlite/tables.ts',
        out: './server/storage/migrations/sqlite',
      });
    case 'postgresql':
      return defineConfig({
        dialect: 'postgresql',
        schema: './server/storage/postgres/tables.ts',
        out: './server/storage/migrations/postgres',
      });
    default:
      throw new Error(`drizzle.config.ts: DRIZZLE_DIALECT must be sqlite or postgresql, got ${name}`);
  }
}

export default configFor(dialect);
