import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFromAttributedBody } from './attributed-body.js';

function blob(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  const len =
    body.length < 0x80
      ? Buffer.from([body.length])
      : body.length < 0x10000
        ? Buffer.concat([Buffer.from([0x81]), Buffer.from(new Uint16Array([body.length]).buffer)])
        : Buffer.concat([Buffer.from([0x82]), Buffer.from(new Uint32Array([body.length]).buffer)]);
  return Buffer.concat([
    Buffer.from(
      '\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+',
      'latin1',
    ),
    len,
    body,
    Buffer.from([0x86, 0x84]),
  ]);
}

describe('textFromAttributedBody (property)', () => {
  it('reads back any text stored in the typedstream layout, short or long', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ minLength: 130, maxLength: 400 })), (text) => {
        expect(textFromAttributedBody(blob(text))).toBe(text);
      }),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void textFromAttributedBody(bytes)));
  });
});
