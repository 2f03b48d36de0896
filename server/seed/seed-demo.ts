import { DEMO_DEFINITIONS } from '../../schema/demo-definitions.ts';
import type { Logger } from '../app/logger.ts';
import { hashSecret, parseApiKey } from '../auth/api-key-secret.ts';
import type { ApiKeyScope, Repository } from '../storage/repository.ts';
import {
  DEMO_AGENCY_CODE,
  DEMO_AGENCY_KEY,
  DEMO_OTHER_AGENCY_CODE,
  DEMO_OTHER_AGENCY_KEY,
  DEMO_PLATFORM_KEY,
} from './demo-credentials.ts';
import { publishDefinition } from './publish-definition.ts';

async function addKey(
  repo: Repository,
  token: string,
  agencyId: string | null,
  name: string,
  scopes: ApiKeyScope[],
  at: string,
) {
  const parsed = parseApiKey(token)!;
  await repo.apiKeys.create({
    id: crypto.randomUUID(),
    agencyId,
    name,
    prefix: parsed.prefix,
    secretHash: hashSecret(parsed.secret),
    scopes,
    createdAt: at,
    revokedAt: null,
  });
}

/**
 * Seeds demo agencies, keys and published services into an empty database. Does nothing when
 * any agency exists, so restarts keep the data people entered.
 */
export async function seedDemo(repo: Repository, clock: () => Date, logger: Logger): Promise<boolean> {
  if ((await repo.agencies.list()).length > 0) return false;
  const at = clock().toISOString();
  const demo = await repo.agencies.create({
    id: crypto.randomUUID(),
    code: DEMO_AGENCY_CODE,
    name: { lv: 'Demonstrācijas iestāde', en: 'Demo Agency' },
    registrationNumber: '90000069281',
    createdAt: at,
  });
  const other = await repo.agencies.create({
    id: crypto.randomUUID(),
    code: DEMO_OTHER_AGENCY_CODE,
    name: { lv: 'Cita iestāde', en: 'Another Agency' },
    // A state body's number (90...), not the demo company's: e-addresses must not collide.
    registrationNumber: '90001234560',
    createdAt: at,
  });
  await addKey(
    repo,
    DEMO_PLATFORM_KEY,
    null,
    'Demo platform administrator',
    ['platform:admin', 'keys:manage'],
    at,
  );
  await addKey(
    repo,
    DEMO_AGENCY_KEY,
    demo.id,
    'Demo agency system',
    ['services:write', 'submissions:read', 'keys:manage', 'deliveries:manage', 'requests:manage'],
    at,
  );
  await addKey(
    repo,
    DEMO_OTHER_AGENCY_KEY,
    other.id,
    'Other agency system',
    ['services:write', 'submissions:read', 'keys:manage', 'deliveries:manage', 'requests:manage'],
    at,
  );
  for (const definition of DEMO_DEFINITIONS) {
    await publishDefinition(repo, demo, definition, 'seed', at);
  }
  logger.info('seeded demo data', { agencies: 2, services: DEMO_DEFINITIONS.length });
  return true;
}
