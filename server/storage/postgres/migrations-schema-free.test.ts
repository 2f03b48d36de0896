/**
 * drizzle-kit writes foreign keys as REFERENCES "public"."table"; that pins them to the public
 * schema and breaks a deployment (or a test run) that puts the tables in another schema. The
 * generated SQL is edited to drop the prefix; this check catches a later generation that
 * brings it back, without needing a PostgreSQL server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('../migrations/postgres', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.sql'));

describe('PostgreSQL migrations', () => {
  it.each(files)('%s names no schema, so search_path decides', (file) => {
    const statements = readFileSync(`${folder}/${file}`, 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('--'))
      .join('\n');
    expect(statements).not.toMatch(/"public"\./);
  });
});
