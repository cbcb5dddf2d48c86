import { describe, expect, it } from 'vitest';
import { parseMrz } from './mrz.js';
import type { MrzCheckField, MrzFormat } from './mrz-types.js';
import { mrzSamples } from './test-support/samples.js';
import type { MrzSample } from './test-support/samples.js';

const referenceDate = new Date('2025-06-01T00:00:00Z');

// cheminfo/mrz format names → ours; formats we do not parse are absent.
const FORMAT_NAMES: Readonly<Record<string, MrzFormat>> = {
  TD1: 'TD1',
  TD2: 'TD2',
  TD3: 'TD3',
  MRVA: 'MRVA',
  MRVB: 'MRVB',
  FRENCH_NATIONAL_ID: 'FRENCH_ID',
};

const FIELD_WORDS: readonly (readonly [RegExp, MrzCheckField])[] = [
  [/document number/iu, 'documentNumber'],
  [/birth date/iu, 'birthDate'],
  [/expir/iu, 'expiryDate'],
  [/personal number/iu, 'personalNumber'],
  [/composite/iu, 'composite'],
];

type Expectation =
  | { readonly kind: 'valid' }
  | { readonly kind: 'bad-check'; readonly field: MrzCheckField }
  | { readonly kind: 'valid-fictional-state' }
  | { readonly kind: 'rejected' };

// The library's `valid` also requires a real state code, so its Utopia specimens are `false` although
// every check digit is right (SOURCE.md); its deliberate check-digit faults say so in the test name.
// `null` marks inputs it only tested for autocorrection or errors: OCR-corrupted, malformed or non-ICAO.
function expectationOf(sample: MrzSample): Expectation {
  if (sample.expected_valid === true) return { kind: 'valid' };
  if (sample.expected_valid === null) return { kind: 'rejected' };
  const wrong = /wrong (.+) check digit/iu.exec(sample.test_name)?.[1];
  if (wrong === undefined) return { kind: 'valid-fictional-state' };
  const field = FIELD_WORDS.find(([re]) => re.test(wrong))?.[1];
  if (field === undefined) throw new Error(`cannot tell which field is wrong in: ${sample.test_name}`);
  return { kind: 'bad-check', field };
}

describe.each(mrzSamples())('MRZ sample $source_test_file: $test_name', (sample) => {
  const expectation = expectationOf(sample);
  const result = parseMrz(sample.mrz_lines, { referenceDate });

  it(`is ${expectation.kind}`, () => {
    switch (expectation.kind) {
      case 'valid':
      case 'valid-fictional-state': {
        if (!result.ok)
          throw new Error(`expected to parse, got ${result.error.code} ${result.error.field ?? ''}`);
        expect(result.value.checks.length).toBeGreaterThan(0);
        expect(result.value.checks.every((c) => c.isValid)).toBe(true);
        const format = sample.expected_format !== null ? FORMAT_NAMES[sample.expected_format] : undefined;
        if (format !== undefined) expect(result.value.format).toBe(format);
        if (expectation.kind === 'valid-fictional-state') {
          expect([result.value.issuingState, result.value.nationality]).toContain('UTO');
        }
        break;
      }
      case 'bad-check':
        expect(result.ok ? undefined : { code: result.error.code, field: result.error.field }).toEqual({
          code: 'MRZ_BAD_CHECK_DIGIT',
          field: expectation.field,
        });
        break;
      case 'rejected':
        expect(result.ok).toBe(false);
        break;
      default: {
        const unreachable: never = expectation;
        throw new Error(`unhandled ${JSON.stringify(unreachable)}`);
      }
    }
  });
});
