/**
 * Checks that a file's content is what its name says (issue 4: "the server checks the content
 * itself, not only the extension"), with the `file-type` package's magic-number detection.
 *
 * file-type 21.3 is the last line that runs on Node 20 (22.x needs Node 22). What it detects for
 * our list: pdf, png, jpg, tif directly; docx/xlsx/pptx from the ZIP's [Content_Types].xml;
 * odt/ods/odp from the ZIP's `mimetype` entry; a Word 97-2003 .doc as `cfb` (the OLE compound file
 * container, which is as far as magic numbers go). ASiC-E containers (.asice, and the Latvian
 * .edoc, which is ASiC-E) it reports as plain `zip`: for them we read the container's first entry
 * ourselves: ETSI EN 319 162-1 requires it to be named `mimetype`, stored uncompressed, and to hold
 * `application/vnd.etsi.asic-e+zip`.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentType } from '../../schema/attachments/attachment-field.ts';

const ASIC_E_MIME = 'application/vnd.etsi.asic-e+zip';

/** What file-type must report for each allowed extension, and the media type we record. */
const EXPECTED: Readonly<Record<AttachmentType, { detected: string; mediaType: string }>> = {
  pdf: { detected: 'pdf', mediaType: 'application/pdf' },
  doc: { detected: 'cfb', mediaType: 'application/msword' },
  docx: {
    detected: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { detected: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: {
    detected: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  odt: { detected: 'odt', mediaType: 'application/vnd.oasis.opendocument.text' },
  ods: { detected: 'ods', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { detected: 'odp', mediaType: 'application/vnd.oasis.opendocument.presentation' },
  jpg: { detected: 'jpg', mediaType: 'image/jpeg' },
  jpeg: { detected: 'jpg', mediaType: 'image/jpeg' },
  png: { detected: 'png', mediaType: 'image/png' },
  tif: { detected: 'tif', mediaType: 'image/tiff' },
  tiff: { detected: 'tif', mediaType: 'image/tiff' },
  edoc: { detected: 'asice', mediaType: ASIC_E_MIME },
  asice: { detected: 'asice', mediaType: ASIC_E_MIME },
};

export type SniffResult =
  | { ok: true; mediaType: string }
  /** `detected`: what the content looks like (a file-type extension), or null when unknown. */
  | { ok: false; detected: string | null };

/**
 * @example await sniffAttachment(bytes, 'pdf') // { ok: true, mediaType: 'application/pdf' }
 */
export async function sniffAttachment(content: Uint8Array, extension: AttachmentType): Promise<SniffResult> {
  const expected = EXPECTED[extension];
  const detected = isAsicE(content) ? 'asice' : ((await fileTypeFromBuffer(content))?.ext ?? null);
  return detected === expected.detected
    ? { ok: true, mediaType: expected.mediaType }
    : { ok: false, detected };
}

/** The ASiC-E rule: the first local file header is a stored `mimetype` entry with the ASiC-E type. */
export function isAsicE(content: Uint8Array): boolean {
  if (content.byteLength < 30) return false;
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) return false;
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const nameStart = 30;
  const dataStart = nameStart + nameLength + extraLength;
  if (method !== 0 || dataStart + size > content.byteLength) return false;
  const decoder = new TextDecoder();
  const name = decoder.decode(content.subarray(nameStart, nameStart + nameLength));
  const value = decoder.decode(content.subarray(dataStart, dataStart + size)).trim();
  return name === 'mimetype' && value === ASIC_E_MIME;
}
