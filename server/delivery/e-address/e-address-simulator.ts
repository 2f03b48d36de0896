import { createHash } from 'node:crypto';
import type { DeliveryRepository, EAddressMessageRecord } from '../../storage/delivery-records.ts';
import type {
  EAddressDocument,
  EAddressIncoming,
  EAddressReceipt,
  EAddressTransport,
} from './e-address-transport.ts';

/**
 * E-ADDRESS SIMULATOR: the embedded stand-in for the national e-address, for development, tests
 * and demos. Mailboxes live in the platform's own database (table e_address_simulator_messages),
 * so they survive restarts; they are inspected through `/api/e-address-simulator/...`. It accepts
 * every well-formed document at once and answers with a receipt; `reply` plays the agency's
 * side. Nothing leaves the machine.
 */
export interface EAddressSimulator extends EAddressTransport {
  /** The agency (mailbox owner) answers a document: lands in the sender's mailbox as incoming. */
  reply(input: {
    inReplyTo: string;
    title: string;
    body: Record<string, unknown>;
    attachments?: Array<{ name: string; mediaType: string; content: Uint8Array }>;
  }): Promise<EAddressMessageRecord>;
}

export function sha512Hex(content: Uint8Array): string {
  return createHash('sha512').update(content).digest('hex');
}

function toAttachments(attachments: EAddressDocument['attachments']) {
  return attachments.map((a) => ({
    name: a.name,
    mediaType: a.mediaType,
    sha512: sha512Hex(a.content),
    size: a.content.length,
    contentBase64: Buffer.from(a.content).toString('base64'),
  }));
}

const ADDRESS = /^_DEFAULT@\d{11}$|^[A-Za-z0-9._-]+@\d{11}$/;

export function createEAddressSimulator(store: DeliveryRepository, clock: () => Date): EAddressSimulator {
  return {
    name: 'simulator',
    async send(document): Promise<EAddressReceipt> {
      if (!ADDRESS.test(document.recipient)) throw new Error(`unknown e-address ${document.recipient}`);
      const now = clock().toISOString();
      const stored = await store.putEAddressMessage({
        id: document.messageId,
        direction: 'outgoing',
        sender: document.sender,
        recipient: document.recipient,
        senderReference: document.senderReference,
        title: document.title,
        author: document.author,
        documentDate: document.date,
        documentKind: document.kind,
        body: document.body,
        attachments: toAttachments(document.attachments),
        inReplyTo: document.inReplyTo ?? null,
        createdAt: now,
        receiptAt: now,
      });
      return { messageId: stored.id, deliveredAt: stored.receiptAt ?? stored.createdAt };
    },
    async pollIncoming(mailbox, limit): Promise<EAddressIncoming[]> {
      const rows = await store.listEAddressMessages({
        address: mailbox,
        direction: 'incoming',
        unreceipted: true,
        limit,
      });
      return rows
        .filter((row) => row.recipient === mailbox)
        .map((row) => ({
          messageId: row.id,
          sender: row.sender,
          recipient: row.recipient,
          senderReference: row.senderReference,
          inReplyTo: row.inReplyTo,
          title: row.title,
          author: row.author,
          date: row.documentDate,
          kind: row.documentKind,
          body: row.body,
          attachments: row.attachments.map(({ contentBase64: _, ...rest }) => rest),
          receivedAt: row.createdAt,
        }));
    },
    async acknowledge(messageId) {
      await store.setEAddressReceipt(messageId, clock().toISOString());
    },
    async reply(input) {
      const original = await store.getEAddressMessage(input.inReplyTo);
      if (original?.direction !== 'outgoing') throw new Error(`no document ${input.inReplyTo}`);
      const now = clock();
      return store.putEAddressMessage({
        id: `sim_${crypto.randomUUID().replaceAll('-', '')}`,
        direction: 'incoming',
        sender: original.recipient,
        recipient: original.sender,
        senderReference: original.senderReference,
        title: input.title,
        author: original.recipient,
        documentDate: now.toISOString().slice(0, 10),
        documentKind: 'reply',
        body: input.body,
        attachments: toAttachments(input.attachments ?? []),
        inReplyTo: original.id,
        createdAt: now.toISOString(),
        receiptAt: null,
      });
    },
  };
}
