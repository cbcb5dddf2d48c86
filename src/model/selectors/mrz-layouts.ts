import { readDocumentNumber, readNames, trimFiller } from './mrz-fields.js';
import type { DocumentNumberField } from './mrz-fields.js';
import type { MrzCheckField, MrzFormat, MrzNames } from './mrz-types.js';

/** A check digit as printed and the characters it covers. */
export interface CheckedSpan {
  readonly field: MrzCheckField;
  readonly data: string;
  readonly given: string;
  /** Another reading of the same characters that the issuer may have checked instead (TD1/TD2 overflow). */
  readonly alternativeData?: string;
  /** TD3 personal number: an unused (all-filler) field may carry `<` instead of a digit. */
  readonly isFillerAllowedWhenEmpty?: boolean;
}

/** The fields of an MRZ sliced by layout, before any check digit or date is verified. */
export interface MrzDraft {
  readonly format: MrzFormat;
  readonly documentCode: string;
  readonly issuingState: string;
  readonly documentNumber: string;
  readonly nationality: string;
  readonly birthRaw: string;
  readonly sexRaw: string;
  readonly expiryRaw?: string;
  readonly names: MrzNames;
  readonly personalNumber?: string;
  readonly optionalData: readonly string[];
  readonly spans: readonly CheckedSpan[];
}

type Lines = readonly string[];

const documentNumberSpan = (doc: DocumentNumberField): CheckedSpan => ({
  field: 'documentNumber',
  data: doc.number,
  given: doc.given,
  ...(doc.withFiller !== undefined ? { alternativeData: doc.withFiller } : {}),
});
const at = (lines: Lines, i: number): string => lines[i] ?? '';

// Line 2 of TD2, TD3, MRV-A and MRV-B shares positions 1–28 (Doc 9303 Parts 4, 6, 7).
function readLine2Head(format: MrzFormat, line1: string, line2: string, optionalEnd: number) {
  const doc = readDocumentNumber(line2.slice(0, 9), line2.charAt(9), line2.slice(28, optionalEnd));
  return {
    format,
    documentCode: trimFiller(line1.slice(0, 2)),
    issuingState: trimFiller(line1.slice(2, 5)),
    documentNumber: trimFiller(doc.number),
    nationality: trimFiller(line2.slice(10, 13)),
    birthRaw: line2.slice(13, 19),
    sexRaw: line2.charAt(20),
    expiryRaw: line2.slice(21, 27),
    names: readNames(line1.slice(5)),
    doc,
    spans: [
      documentNumberSpan(doc),
      { field: 'birthDate', data: line2.slice(13, 19), given: line2.charAt(19) },
      { field: 'expiryDate', data: line2.slice(21, 27), given: line2.charAt(27) },
    ] satisfies CheckedSpan[],
  };
}

/** TD3 passport, 2 × 44. */
export function readTd3(lines: Lines): MrzDraft {
  const [l1, l2] = [at(lines, 0), at(lines, 1)];
  const { doc, spans, ...head } = readLine2Head('TD3', l1, l2, 42);
  return {
    ...head,
    personalNumber: trimFiller(doc.optional),
    optionalData: [],
    spans: [
      ...spans,
      {
        field: 'personalNumber',
        data: l2.slice(28, 42),
        given: l2.charAt(42),
        isFillerAllowedWhenEmpty: true,
      },
      {
        field: 'composite',
        data: l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43),
        given: l2.charAt(43),
      },
    ],
  };
}

/** TD2 card, 2 × 36. */
export function readTd2(lines: Lines): MrzDraft {
  const [l1, l2] = [at(lines, 0), at(lines, 1)];
  const { doc, spans, ...head } = readLine2Head('TD2', l1, l2, 35);
  return {
    ...head,
    optionalData: [trimFiller(doc.optional)],
    spans: [
      ...spans,
      {
        field: 'composite',
        data: l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 35),
        given: l2.charAt(35),
      },
    ],
  };
}

/** MRV-A (2 × 44) and MRV-B (2 × 36) visas: no personal-number or composite check digit. */
export function readVisa(lines: Lines): MrzDraft {
  const [l1, l2] = [at(lines, 0), at(lines, 1)];
  const format = l2.length === 44 ? 'MRVA' : 'MRVB';
  const { doc, ...head } = readLine2Head(format, l1, l2, l2.length);
  return { ...head, optionalData: [trimFiller(doc.optional)] };
}

/** TD1 card, 3 × 30. */
export function readTd1(lines: Lines): MrzDraft {
  const [l1, l2, l3] = [at(lines, 0), at(lines, 1), at(lines, 2)];
  const doc = readDocumentNumber(l1.slice(5, 14), l1.charAt(14), l1.slice(15, 30));
  return {
    format: 'TD1',
    documentCode: trimFiller(l1.slice(0, 2)),
    issuingState: trimFiller(l1.slice(2, 5)),
    documentNumber: trimFiller(doc.number),
    nationality: trimFiller(l2.slice(15, 18)),
    birthRaw: l2.slice(0, 6),
    sexRaw: l2.charAt(7),
    expiryRaw: l2.slice(8, 14),
    names: readNames(l3),
    optionalData: [trimFiller(doc.optional), trimFiller(l2.slice(18, 29))],
    spans: [
      documentNumberSpan(doc),
      { field: 'birthDate', data: l2.slice(0, 6), given: l2.charAt(6) },
      { field: 'expiryDate', data: l2.slice(8, 14), given: l2.charAt(14) },
      {
        field: 'composite',
        data: l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29),
        given: l2.charAt(29),
      },
    ],
  };
}

/**
 * French identity card (1988–2021), 2 × 36, not an ICAO layout: line 1 holds `IDFRA`, surname (25) and the
 * issuing office (6); line 2 the 12-character number (YYMM issued, department, serial) and its check digit,
 * given names (14), birth date and check digit, sex, and a composite over both lines.
 */
export function readFrenchId(lines: Lines): MrzDraft {
  const [l1, l2] = [at(lines, 0), at(lines, 1)];
  const givenNames = trimFiller(l2.slice(13, 27))
    .split('<<')
    .map((n) => n.split('<').filter(Boolean).join(' '))
    .filter(Boolean);
  return {
    format: 'FRENCH_ID',
    documentCode: 'ID',
    issuingState: 'FRA',
    documentNumber: trimFiller(l2.slice(0, 12)),
    nationality: 'FRA',
    birthRaw: l2.slice(27, 33),
    sexRaw: l2.charAt(34),
    names: { primary: readNames(l1.slice(5, 30)).primary, secondary: givenNames.join(' ') },
    optionalData: [trimFiller(l1.slice(30, 36))],
    spans: [
      { field: 'documentNumber', data: l2.slice(0, 12), given: l2.charAt(12) },
      { field: 'birthDate', data: l2.slice(27, 33), given: l2.charAt(33) },
      { field: 'composite', data: l1 + l2.slice(0, 35), given: l2.charAt(35) },
    ],
  };
}
