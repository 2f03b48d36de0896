/**
 * The e-address channel (issue 6), modelled on the Latvian official electronic address
 * (e-adrese, VRAA): a document goes from the sender's e-address to the recipient's, addressed
 * `_DEFAULT@<registration number>` for an institution, with the sender's own reference number,
 * document metadata (title, author, date, kind) and attachments carrying SHA-512 digests. The
 * sender gets a delivery receipt; replies are collected by polling and then acknowledged, so a
 * reply is never lost between fetch and processing.
 *
 * The platform talks only to this interface. The embedded default is the SIMULATOR
 * (e-address-simulator.ts); the real transport (the state's e-address integration gateway)
 * plugs in by implementing it and passing it to createDeliveryWorker (README, "Delivery").
 */

export interface EAddressAttachmentInput {
  name: string;
  mediaType: string;
  content: Uint8Array;
}

export interface EAddressDocument {
  /** Idempotency: the same id sent twice is one document (the delivery job's message id). */
  messageId: string;
  sender: string;
  /** `_DEFAULT@<registration number>` of the receiving institution. */
  recipient: string;
  /** The sender's own reference number (the submission reference). */
  senderReference: string;
  title: string;
  author: string;
  /** Document date, `YYYY-MM-DD`. */
  date: string;
  /** Document kind, e.g. `application`, `reply`. */
  kind: string;
  /** The structured content (the same payload a webhook carries). */
  body: Record<string, unknown>;
  attachments: EAddressAttachmentInput[];
  /** For a reply: the message it answers. */
  inReplyTo?: string | null;
}

export interface EAddressReceipt {
  messageId: string;
  /** When the recipient's mailbox took the document. */
  deliveredAt: string;
}

export interface EAddressIncoming {
  messageId: string;
  sender: string;
  recipient: string;
  senderReference: string;
  inReplyTo: string | null;
  title: string;
  author: string;
  date: string;
  kind: string;
  body: Record<string, unknown>;
  attachments: Array<{ name: string; mediaType: string; sha512: string; size: number }>;
  receivedAt: string;
}

export interface EAddressTransport {
  /** `simulator` or the real transport's name; shown in logs and the simulator page. */
  readonly name: string;
  /** Resolves with the delivery receipt; rejects when the document was not taken (retry later). */
  send(document: EAddressDocument): Promise<EAddressReceipt>;
  /** Replies waiting in `mailbox` that were not acknowledged yet, oldest first. */
  pollIncoming(mailbox: string, limit: number): Promise<EAddressIncoming[]>;
  /** Marks a polled reply as processed; idempotent. */
  acknowledge(messageId: string): Promise<void>;
}

/** The default recipient address of an institution. */
export function institutionEAddress(registrationNumber: string): string {
  return `_DEFAULT@${registrationNumber}`;
}
