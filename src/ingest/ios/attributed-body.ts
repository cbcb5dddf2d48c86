// When `message.text` is NULL, iOS 16+ keeps the text in `attributedBody`, an NSAttributedString in Apple's
// "typedstream" archive. The string follows the `NSString` class name as: 0x01 0x2B (or 0x94 0x84 0x01 0x2B),
// then a length (one byte, or 0x81 + uint16 LE, or 0x82 + uint32 LE), then UTF-8 bytes.
const MARKER = Buffer.from('NSString', 'latin1');

/** The plain text of an `attributedBody` blob, or undefined when it does not have the usual layout. */
export function textFromAttributedBody(blob: Uint8Array): string | undefined {
  const buf = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const at = buf.indexOf(MARKER);
  if (at < 0) return undefined;
  const plus = buf.indexOf(0x2b, at + MARKER.length);
  if (plus < 0 || plus > at + MARKER.length + 8) return undefined;
  let i = plus + 1;
  const lead = buf[i];
  let length: number | undefined;
  if (lead === 0x81) {
    length = buf.length >= i + 3 ? buf.readUInt16LE(i + 1) : undefined;
    i += 3;
  } else if (lead === 0x82) {
    length = buf.length >= i + 5 ? buf.readUInt32LE(i + 1) : undefined;
    i += 5;
  } else if (lead !== undefined) {
    length = lead;
    i += 1;
  }
  if (length === undefined || i + length > buf.length) return undefined;
  return buf.subarray(i, i + length).toString('utf8');
}
