import type { DeliveryChannel } from '../../../schema/service-definition.ts';
import type { WebhookEndpointRecord } from '../../storage/delivery-records.ts';
import type { Repository } from '../../storage/repository.ts';
import { buildAgency, buildService, buildSubmission, T0 } from '../../storage/testing/build-test-records.ts';
import { buildDeliveryConfig } from '../delivery-config.ts';
import { createSecretBox } from '../secret-box.ts';
import { createWebhookSecret } from '../webhook-signature.ts';

/** An agency with a published service on `repo`, and helpers to add endpoints and submissions. */
export async function createDeliveryFixture(
  repo: Repository,
  options: { agencyCode?: string; serviceCode?: string; channels?: DeliveryChannel[] } = {},
) {
  const agency = await repo.agencies.create(buildAgency(options.agencyCode ?? 'vid'));
  const code = options.serviceCode ?? `${agency.code}-permit`;
  const service = buildService(agency, code);
  service.draft.settings.delivery = (options.channels ?? []).map((channel) => ({ channel, ref: 'main' }));
  await repo.services.create(service);
  const published = await repo.services.publish(code, service.draft, 'fixture', T0);
  if (!published.ok) throw new Error('fixture: publish failed');
  const box = createSecretBox(buildDeliveryConfig().secretsKey);

  return {
    agency,
    serviceCode: code,
    async addEndpoint(url: string, overrides: Partial<WebhookEndpointRecord> = {}) {
      const secret = createWebhookSecret();
      const endpoint = await repo.delivery.createEndpoint({
        id: crypto.randomUUID(),
        agencyId: agency.id,
        url,
        description: 'test receiver',
        serviceCodes: null,
        secretCiphertext: box.seal(secret),
        previousSecretCiphertext: null,
        previousSecretExpiresAt: null,
        state: 'active',
        disabledReason: null,
        failingSince: null,
        createdAt: T0,
        updatedAt: T0,
        ...overrides,
      });
      return { endpoint, secret };
    },
    async submit(data: Record<string, unknown> = { name: 'Jānis' }, createdAt = new Date().toISOString()) {
      const record = buildSubmission({ code, agencyId: agency.id }, { data, createdAt });
      const result = await repo.submissions.insert(record);
      if (!result.created) throw new Error('fixture: submission not created');
      return result.record;
    },
  };
}
