/**
 * The HTTP answer for a stored file: its recorded media type, a download disposition with the
 * UTF-8 file name (RFC 6266 / RFC 8187), its SHA-512 as `Repr-Digest` (RFC 9530) so the receiver
 * can check what it got, and no caching.
 */
import type { AttachmentRecord } from '../storage/attachment-records.ts';

export function fileResponse(file: AttachmentRecord): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const digest = Buffer.from(file.sha512, 'hex').toString('base64');
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.content.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Repr-Digest': `sha-512=:${digest}:`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
