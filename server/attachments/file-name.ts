/**
 * The file name an upload declares (header `X-File-Name`, percent-encoded UTF-8, since HTTP
 * header values are ASCII): folders stripped, control characters and characters that break a
 * Content-Disposition header removed, at most 200 characters, extension lower-cased.
 */
import { ATTACHMENT_TYPES, type AttachmentType } from '../../schema/attachments/attachment-field.ts';

export interface CleanFileName {
  name: string;
  extension: string;
  /** The extension when it is one of the platform's types. */
  type: AttachmentType | null;
}

export function cleanFileName(header: string | undefined): CleanFileName | null {
  if (!header) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const base = (decoded.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  const name = base.normalize('NFC').slice(-200);
  const dot = name.lastIndexOf('.');
  if (name === '' || dot <= 0 || dot === name.length - 1) return null;
  const extension = name.slice(dot + 1).toLowerCase();
  const type = (ATTACHMENT_TYPES as readonly string[]).includes(extension)
    ? (extension as AttachmentType)
    : null;
  return { name, extension, type };
}
