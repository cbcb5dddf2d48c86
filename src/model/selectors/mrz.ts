import { err, ok } from '../result.js';
import type { Result } from '../result.js';
import { mrzCheckDigit } from './mrz-check-digit.js';
import { readDate } from './mrz-fields.js';
import { readFrenchId, readTd1, readTd2, readTd3, readVisa } from './mrz-layouts.js';
import type { CheckedSpan, MrzDraft } from './mrz-layouts.js';
import type { MrzCheck, MrzDate, MrzDocument, MrzIssue, MrzIssueCode } from './mrz-types.js';

export interface MrzOptions {
  /** "Now" for century inference; passed in so parsing stays deterministic. */
  readonly referenceDate: Date;
}

const MRZ_LINE = /^[A-Z0-9<]+$/u;
const SEXES = ['M', 'F', 'X', '<'] as const;

/**
 * Parses an ICAO 9303 machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B) or a French identity card MRZ,
 * verifying every check digit. Input is the lines as an array or one newline-separated string; surrounding
 * whitespace and blank lines are ignored, nothing else is corrected (OCR confusions are reported, not guessed).
 */
export function parseMrz(input: string | readonly string[], opts: MrzOptions): Result<MrzDocument, MrzIssue> {
  const raw = typeof input === 'string' ? input : input.join('\n');
  const fail = (code: MrzIssueCode, extra: Partial<MrzIssue> = {}) => err<MrzIssue>({ code, raw, ...extra });
  const lines = raw
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return fail('MRZ_EMPTY');
  if (!lines.every((l) => MRZ_LINE.test(l))) return fail('MRZ_BAD_CHARACTERS');
  const read = layoutOf(lines);
  if (read === 'bad-length') return fail('MRZ_BAD_LENGTH');
  if (read === undefined) return fail('MRZ_UNKNOWN_FORMAT');

  const draft = read(lines);
  const checks = draft.spans.map(verify);
  const bad = checks.find((c) => !c.isValid);
  if (bad !== undefined) return fail('MRZ_BAD_CHECK_DIGIT', { field: bad.field, checks });

  const birthDate = readDate(draft.birthRaw, 'birth', opts.referenceDate);
  if (birthDate === undefined) return fail('MRZ_BAD_DATE', { field: 'birthDate', checks });
  let expiryDate: MrzDate | undefined;
  if (draft.expiryRaw !== undefined) {
    expiryDate = readDate(draft.expiryRaw, 'expiry', opts.referenceDate);
    if (expiryDate === undefined) return fail('MRZ_BAD_DATE', { field: 'expiryDate', checks });
  }
  const sex = SEXES.find((s) => s === draft.sexRaw);
  if (sex === undefined) return fail('MRZ_BAD_FIELD', { field: 'sex', checks });

  return ok({
    format: draft.format,
    documentCode: draft.documentCode,
    issuingState: draft.issuingState,
    documentNumber: draft.documentNumber,
    nationality: draft.nationality,
    birthDate,
    sex,
    ...(expiryDate !== undefined ? { expiryDate } : {}),
    names: draft.names,
    ...(draft.personalNumber !== undefined ? { personalNumber: draft.personalNumber } : {}),
    optionalData: draft.optionalData,
    checks,
    lines,
  });
}

type Reader = (lines: readonly string[]) => MrzDraft;

// The line count and length choose the family; the first letter of the document code chooses within it
// (Doc 9303 Part 4 §4.2: P passport, V visa, I/A/C official travel documents).
function layoutOf(lines: readonly string[]): Reader | 'bad-length' | undefined {
  const [first = '', ...rest] = lines;
  const width = first.length;
  if (!rest.every((l) => l.length === width)) return 'bad-length';
  const shape = `${lines.length}x${width}`;
  const code = first.charAt(0);
  switch (shape) {
    case '3x30':
      return 'IAC'.includes(code) ? readTd1 : undefined;
    case '2x44':
      return code === 'P' ? readTd3 : code === 'V' ? readVisa : undefined;
    case '2x36':
      if (first.startsWith('IDFRA')) return readFrenchId;
      return code === 'V' ? readVisa : 'IACP'.includes(code) ? readTd2 : undefined;
    default:
      return 'bad-length';
  }
}

function verify(span: CheckedSpan): MrzCheck {
  const { field, given } = span;
  const computed = mrzCheckDigit(span.data);
  if (given === computed) return { field, given, computed, isValid: true };
  if (span.isFillerAllowedWhenEmpty === true && /^<*$/u.test(span.data) && given === '<') {
    return { field, given, computed, isValid: true };
  }
  if (span.alternativeData !== undefined) {
    const alternative = mrzCheckDigit(span.alternativeData);
    if (given === alternative) return { field, given, computed: alternative, isValid: true };
  }
  return { field, given, computed, isValid: false };
}
