import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api-error.ts';
import type { Repository, ServiceRecord, ServiceVersionRecord } from '../storage/repository.ts';
import { createPublishedVersionCache } from './published-version-cache.ts';

function fakeRepo(versions: Map<number, ServiceVersionRecord>) {
  let reads = 0;
  const repo = {
    services: {
      getVersion: async (_code: string, version: number) => {
        reads += 1;
        return versions.get(version) ?? null;
      },
    },
  } as unknown as Repository;
  return { repo, reads: () => reads };
}

const service = (latestVersion: number) => ({ code: 'permit', latestVersion }) as ServiceRecord;
const version = (n: number) => ({ serviceCode: 'permit', version: n }) as ServiceVersionRecord;

describe('createPublishedVersionCache', () => {
  it('reads a version once, then serves it from memory', async () => {
    const { repo, reads } = fakeRepo(new Map([[1, version(1)]]));
    const cache = createPublishedVersionCache(10);
    expect(await cache.get(repo, service(1), 1)).toEqual(version(1));
    expect(await cache.get(repo, service(1), 1)).toEqual(version(1));
    expect(reads()).toBe(1);
  });

  it('keeps the same refusals as a fresh read: an unpublished version is 409, a missing one 404', async () => {
    const { repo } = fakeRepo(new Map([[1, version(1)]]));
    const cache = createPublishedVersionCache(10);
    await expect(cache.get(repo, service(1), 2)).rejects.toMatchObject({ status: 409 });
    await expect(cache.get(repo, service(3), 2)).rejects.toBeInstanceOf(ApiError);
    expect(cache.size).toBe(0);
  });

  it('stays within its bound, dropping the least recently used', async () => {
    const { repo, reads } = fakeRepo(new Map([1, 2, 3].map((n) => [n, version(n)])));
    const cache = createPublishedVersionCache(2);
    await cache.get(repo, service(3), 1);
    await cache.get(repo, service(3), 2);
    await cache.get(repo, service(3), 1);
    await cache.get(repo, service(3), 3);
    expect(cache.size).toBe(2);
    await cache.get(repo, service(3), 1);
    expect(reads()).toBe(3);
    await cache.get(repo, service(3), 2);
    expect(reads()).toBe(4);
  });
});
