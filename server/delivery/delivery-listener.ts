/**
 * Who wants to know that a submission reached its agency (issue 6 -> central request registry:
 * status "received"). Called once per submission on its first successful delivery by webhook or
 * e-address, and on the first pull-API acknowledgement; a submission delivered by webhook and
 * then acknowledged by pull is reported twice, once per channel: implementations stay idempotent.
 */
import type { EAddressIncoming } from './e-address/e-address-transport.ts';

export interface DeliveryListener {
  delivered(e: {
    submissionId: string;
    reference: string;
    channel: 'webhook' | 'e-address' | 'pull';
    at: string;
  }): Promise<void>;
  /** Optional: an endpoint was disabled (410 Gone, or failing for days): tell the agency. */
  endpointDisabled?(e: {
    agencyId: string;
    endpointId: string;
    url: string;
    reason: string;
    at: string;
  }): Promise<void>;
  /**
   * Optional: an agency answered by e-address (a reply in the platform's mailbox, matched to the
   * submission by the sender's reference). Acknowledged at the e-address only after this
   * resolves, so a failure means it comes again on the next poll.
   */
  eAddressReply?(e: {
    reference: string;
    submissionId: string | null;
    reply: EAddressIncoming;
  }): Promise<void>;
}
