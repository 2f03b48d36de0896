/**
 * Delivery tells the registry that a request reached its agency (issue 6): the history gets
 * "received" once, and only while the request is still "submitted" (an agency that already
 * posted "in progress" has obviously received it; a second channel's report changes nothing).
 */
import type { DeliveryListener } from '../delivery/delivery-listener.ts';
import type { Repository } from '../storage/repository.ts';
import { DEFAULT_STATUS_TEXTS } from '../storage/request-records.ts';

export function createRequestDeliveryListener(repo: Repository): DeliveryListener {
  return {
    async delivered(e) {
      await repo.requests.appendStatus(
        {
          submissionId: e.submissionId,
          status: 'received',
          agencyCode: null,
          citizenText: DEFAULT_STATUS_TEXTS.received,
          message: null,
          document: null,
          actor: `delivery:${e.channel}`,
          // One "received" per submission, whichever channel reports first.
          idempotencyKey: 'platform:received',
          requestHash: 'received',
          final: false,
          at: e.at,
          notifications: [],
        },
        { onlyFrom: ['submitted'] },
      );
    },
  };
}
