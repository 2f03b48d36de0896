import { findPublishedVersion } from '../registry/published-service.ts';
import type { Repository, ServiceRecord, ServiceVersionRecord } from '../storage/repository.ts';

export interface PublishedVersionCache {
  /** The published version, read once per server: a published version never changes. */
  get(repo: Repository, service: ServiceRecord, version: number): Promise<ServiceVersionRecord>;
  readonly size: number;
}

/**
 * Published versions are immutable (a database trigger refuses UPDATE and DELETE), so intake
 * reads and parses each one once instead of per submission. The service row is still read
 * fresh every time, so retiring a service or publishing a newer version takes effect at once;
 * only the version's own content is cached, bounded, least recently used first out.
 */
export function createPublishedVersionCache(maxEntries: number): PublishedVersionCache {
  const entries = new Map<string, ServiceVersionRecord>();
  return {
    async get(repo, service, version) {
      const key = `${service.code}@${version}`;
      const hit = entries.get(key);
      if (hit && version <= (service.latestVersion ?? 0)) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const record = await findPublishedVersion(repo, service, version);
      entries.set(key, record);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return record;
    },
    get size() {
      return entries.size;
    },
  };
}
