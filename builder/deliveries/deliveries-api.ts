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

export function createDeliveriesApi(api: ApiClient) {
  return {
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
