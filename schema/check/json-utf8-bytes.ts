/**
 * Size as stored and sent: the UTF-8 bytes of the JSON text. String length would undercount
 * Latvian text (ā, š, ž are two bytes each). TextEncoder exists in Node and every browser.
 */
export function jsonUtf8Bytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}
