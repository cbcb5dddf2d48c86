import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenText } from './flatten-text.js';
import { JsonStream } from './json-stream.js';
import type { JsonPath } from './json-stream.js';

const entity = fc.record({
  type: fc.constantFrom('bold', 'link', 'mention', 'phone', 'plain'),
  text: fc.string(),
});

describe('telegram text flattening', () => {
  it('is the concatenation of the parts, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), entity)), (parts) => {
        const want = parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
        expect(flattenText(parts).text).toBe(want);
        expect(flattenText(want).text).toBe(want);
      }),
    );
  });
});

describe('JsonStream', () => {
  it('emits every array element as JSON.parse reads it, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue()),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1 }),
        (items, cuts) => {
          const text = JSON.stringify({ name: 'x', messages: items }, null, 1);
          const got: unknown[] = [];
          const s = new JsonStream(
            (p: JsonPath) => p.length === 2 && p[0] === 'messages',
            (_p, v) => got.push(v),
          );
          let at = 0;
          for (let i = 0; at < text.length; i += 1) {
            const n = cuts[i % cuts.length] ?? 1;
            s.write(text.slice(at, at + n));
            at += n;
          }
          s.end();
          expect(got).toEqual(JSON.parse(text).messages);
        },
      ),
    );
  });

  it('keeps a "__proto__" key as data (found by the property above)', () => {
    const text = '{"messages":[{"__proto__":{"polluted":true}}]}';
    const got: unknown[] = [];
    const s = new JsonStream(
      (p: JsonPath) => p.length === 2 && p[0] === 'messages',
      (_p, v) => got.push(v),
    );
    s.write(text);
    s.end();
    expect(got).toEqual(JSON.parse(text).messages);
    expect(Object.getPrototypeOf(got[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
