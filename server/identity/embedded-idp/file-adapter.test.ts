import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAdapter } from './file-adapter.ts';

let dir: string;
let stateFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'idp-state-'));
  stateFile = join(dir, 'idp-state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createFileAdapter', () => {
  it('keeps sessions and consumed codes across a restart, in a file only the owner reads', async () => {
    const first = await createFileAdapter(stateFile);
    await first.factory('Session').upsert('s1', { uid: 'u1', accountId: 'a' }, 60);
    await first.factory('AuthorizationCode').upsert('c1', { grantId: 'g1' }, 60);
    await first.factory('AuthorizationCode').consume('c1');
    await first.flush();
    expect((await stat(stateFile)).mode & 0o777).toBe(0o600);

    const second = await createFileAdapter(stateFile);
    expect(await second.factory('Session').findByUid('u1')).toMatchObject({ accountId: 'a' });
    expect(await second.factory('AuthorizationCode').find('c1')).toMatchObject({
      consumed: expect.any(Number),
    });
  });

  it('forgets expired entries', async () => {
    let clock = 1_000_000;
    const adapter = await createFileAdapter(stateFile, () => clock);
    await adapter.factory('Interaction').upsert('i1', { uid: 'i1' }, 10);
    clock += 11_000;
    expect(await adapter.factory('Interaction').find('i1')).toBeUndefined();
    await adapter.factory('Interaction').upsert('i2', {}, 10);
    await adapter.flush();
    expect(JSON.parse(await readFile(stateFile, 'utf8')).entries.map(([key]: [string]) => key)).toEqual([
      'Interaction:i2',
    ]);
  });

  it('revokes one model’s entries of a grant, and keeps models apart', async () => {
    const { factory } = await createFileAdapter(stateFile);
    await factory('AccessToken').upsert('t1', { grantId: 'g1' }, 60);
    await factory('AccessToken').upsert('t2', { grantId: 'g2' }, 60);
    await factory('RefreshToken').upsert('t1', { grantId: 'g1' }, 60);
    await factory('AccessToken').revokeByGrantId('g1');
    expect(await factory('AccessToken').find('t1')).toBeUndefined();
    expect(await factory('AccessToken').find('t2')).toBeDefined();
    expect(await factory('RefreshToken').find('t1')).toBeDefined();
  });

  it('hands out copies, so a caller cannot change the store without upsert', async () => {
    const { factory } = await createFileAdapter(stateFile);
    await factory('Grant').upsert('g', { accountId: 'a' });
    const found = await factory('Grant').find('g');
    if (found) found.accountId = 'b';
    expect(await factory('Grant').find('g')).toMatchObject({ accountId: 'a' });
  });

  it('starts empty from a damaged state file', async () => {
    await writeFile(stateFile, '{not json', { mode: 0o600 });
    const { factory } = await createFileAdapter(stateFile);
    expect(await factory('Session').find('x')).toBeUndefined();
  });
});
