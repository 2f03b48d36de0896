/**
 * The deliveries screen's calls: the same public delivery API an agency's own program uses
 * (server/routes/delivery), with the staff member's session and CSRF token.
 */
import type { ApiClient } from '../api/api-client.ts';

export interface FailedDelivery {
  messageId: string;
  reference?: string;
  channel: 'webhook' | 'e-address';
  endpointId: string | null;
  eventType: string;
  state: 'pending' | 'delivered' | 'exhausted' | 'disabled';
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  state: 'active' | 'disabled';
  disabledReason: string | null;
  failingSince: string | null;
}

export function createDeliveriesApi(api: ApiClient) {
  return {
    endpoints() {
      return api.request<{ endpoints: WebhookEndpoint[] }>('GET', '/webhook-endpoints');
    },
    switchOn(id: string) {
      return api.request<WebhookEndpoint>('PATCH', `/webhook-endpoints/${encodeURIComponent(id)}`, {
        enabled: true,
      });
    },
    failed() {
      return api.request<{ deliveries: FailedDelivery[] }>('GET', '/deliveries/failed');
    },
    replayOne(messageId: string) {
      return api.request<{ replayed: number }>('POST', '/deliveries/replay', { messageId });
    },
    replaySince(since: string) {
      return api.request<{ replayed: number }>('POST', '/deliveries/replay', { since });
    },
  };
}

/** Roles whose scopes include `deliveries:manage` (server/auth/role-scopes.ts). */
export function mayManageDeliveries(roles: readonly string[]): boolean {
  return roles.includes('agency-admin');
}

export interface MailboxMessage {
  id: string;
  direction: 'outgoing' | 'incoming';
  sender: string;
  recipient: string;
  senderReference: string;
  title: string;
  author: string;
  documentDate: string;
  documentKind: string;
  attachments: { name: string; mediaType: string; sha512: string; size: number }[];
  inReplyTo: string | null;
  createdAt: string;
  receiptAt: string | null;
}

/** The e-address simulator's mailbox of the caller's agency (embedded default only). */
export function createMailboxApi(api: ApiClient) {
  return {
    list() {
      return api.request<{ address: string; messages: MailboxMessage[] }>(
        'GET',
        '/e-address-simulator/messages',
      );
    },
    reply(id: string, answer: { title: string; text: string }) {
      return api.request<MailboxMessage>(
        'POST',
        `/e-address-simulator/messages/${encodeURIComponent(id)}/reply`,
        answer,
      );
    },
  };
}
