/**
 * The bytes of a Node buffer as a plain `Uint8Array` view (what a Hono body takes), without the
 * copy `new Uint8Array(buffer)` would make: kept once, sent on every request.
 */
export function bytesOf(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}
