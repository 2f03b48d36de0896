/**
 * Delivery tells the registry what happened between the platform and the agency (issue 6):
 * - a request reached its agency: the history gets "received" once, and only while the request
 *   is still "submitted" (an agency that already posted "in progress" has obviously received it;
 *   a second channel's report changes nothing);
 * - the agency answered by e-address: the answer becomes a message to the applicant in the
 *   workplace (once per e-address message id), and the applicant is notified.
 */
import type { AppDeps } from '../app/app-deps.ts';
import type { DeliveryListener } from '../delivery/delivery-listener.ts';
import type { Repository } from '../storage/repository.ts';
import { DEFAULT_STATUS_TEXTS } from '../storage/request-records.ts';
import { writeToApplicant } from './request-messages.ts';

/** Plain text of an e-address reply: its `text` (or `message`) field, else its title. */
function replyText(reply: { title: string; body: Record<string, unknown> }): string {
  const text = reply.body.text ?? reply.body.message;
  return typeof text === 'string' && text.trim() ? text.trim() : reply.title;
}

/**
 * @param deps needed for e-address replies (notifications, links); without them replies are
 * left to other listeners.
 */
export function createRequestDeliveryListener(
  repo: Repository,
  deps?: Omit<AppDeps, 'repo'>,
): DeliveryListener {
  const listener: DeliveryListener = {
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
  if (deps) {
    listener.eAddressReply = async ({ reference, reply }) => {
      const submission = await repo.submissions.getByReference(reference);
      if (!submission) {
        deps.logger.warn('e-address reply names no known request', { reference, messageId: reply.messageId });
        return;
      }
      await writeToApplicant(
        { ...deps, repo },
        submission,
        { body: replyText(reply).slice(0, 5000) },
        `e-address:${reply.sender}`,
        // At-least-once polling: the same reply twice is one message.
        `e-address:${reply.messageId}`,
      );
    };
  }
  return listener;
}
