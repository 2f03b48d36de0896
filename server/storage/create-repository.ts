/**
 * The one entry point the app uses to get storage: picks the engine from the database URL, opens
 * it, applies migrations, and returns the engine-neutral Repository.
 */
import { fileURLToPath } from 'node:url';
import { openPostgres } from './postgres/open-postgres.ts';
import { createPgRepository } from './postgres/pg-repository.ts';
import type { Repository } from './repository.ts';
import { openSqlite } from './sqlite/open-sqlite.ts';
import { createSqliteRepository } from './sqlite/sqlite-repository.ts';

/**
 * URL forms:
 * - `:memory:` (or `file::memory:`): a private in-memory SQLite database, for tests.
 * - `file:data/eforms.db`, `file:///var/lib/eforms/eforms.db` or a plain path `data/eforms.db`:
 *   SQLite file; its folder is created when missing.
 * - `postgres://user@host:5432/db` or `postgresql://...`: PostgreSQL. An optional `?schema=name`
 *   puts the tables (and the migrations journal) in that schema instead of `public`.
 *
 * @example
 * const repo = await createRepository(process.env.DATABASE_URL ?? 'file:data/eforms.db');
 */
export async function createRepository(url: string): Promise<Repository> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return createPgRepository(await openPostgres({ url: parsed.toString(), schema }));
  }
  return createSqliteRepository(openSqlite({ path: sqlitePath(url) }));
}

function sqlitePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (url.startsWith('file:')) return url.slice('file:'.length);
  if (url === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`createRepository: unsupported database URL ${url ? url.split(':')[0] : '(empty)'}:`);
  }
  return url;
}
