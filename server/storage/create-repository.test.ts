import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepository } from './create-repository.ts';
import { buildAgency } from './testing/build-test-records.ts';

const tmp = mkdtempSync(join(tmpdir(), 'eforms-create-repo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('createRepository', () => {
  it('opens a private in-memory SQLite database for :memory:', async () => {
    const a = await createRepository(':memory:');
    const b = await createRepository(':memory:');
    await a.agencies.create(buildAgency('vid'));
    expect(a.dialect).toBe('sqlite');
    expect(await b.agencies.list()).toEqual([]);
    await a.close();
    await b.close();
  });

  it.each([
    ['file:<path>', (p: string) => `file:${p}`],
    ['file:// URL', (p: string) => pathToFileURL(p).href],
    ['plain path', (p: string) => p],
  ])('opens a SQLite file for %s, creating its folder, and keeps data across reopen', async (_, toUrl) => {
    const path = join(tmp, Math.random().toString(36).slice(2), 'nested', 'eforms.db');
    const first = await createRepository(toUrl(path));
    const agency = await first.agencies.create(buildAgency('vid'));
    await first.close();
    expect(existsSync(path)).toBe(true);
    const second = await createRepository(toUrl(path));
    expect(await second.agencies.getByCode('vid')).toEqual(agency);
    await second.close();
  });

  it('refuses other URL schemes instead of treating them as file names', async () => {
    await expect(createRepository('mysql://root:secret@db/x')).rejects.toThrow(
      /unsupported database URL mysql:$/,
    );
  });

  const url = process.env.TEST_DATABASE_URL;
  it.runIf(url)('opens PostgreSQL, honouring ?schema=', async () => {
    const schema = `create_repo_test_${process.pid}`;
    const separator = url!.includes('?') ? '&' : '?';
    const repo = await createRepository(`${url}${separator}schema=${schema}`);
    try {
      expect(repo.dialect).toBe('postgresql');
      await repo.agencies.create(buildAgency('vid'));
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(`select count(*)::int as n from "${schema}".agencies`);
        expect(rows[0]).toEqual({ n: 1 });
        await client.query(`drop schema "${schema}" cascade`);
      } finally {
        await client.end();
      }
    } finally {
      await repo.close();
    }
  });
});
