// A test-only MRZ writer, deliberately independent of the parser: its own check-digit routine and its own
// position arithmetic, straight from the Doc 9303 tables, so round-trip tests can catch parser slicing bugs.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function icaoCheck(s: string): string {
  const weights = [7, 3, 1];
  let total = 0;
  [...s].forEach((ch, i) => {
    const v = ch === '<' ? 0 : ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`bad char ${ch}`);
    total += v * (weights[i % 3] as number);
  });
  return String(total % 10);
}

const pad = (s: string, n: number): string => (s + '<'.repeat(n)).slice(0, n);

export interface BuilderFields {
  readonly documentCode: string;
  readonly issuingState: string;
  readonly primary: string;
  readonly secondary: string;
  readonly documentNumber: string;
  readonly nationality: string;
  readonly birth: string;
  readonly sex: string;
  readonly expiry: string;
  readonly optional: string;
}

const nameField = (f: BuilderFields, n: number): string =>
  pad(`${f.primary.replaceAll(' ', '<')}<<${f.secondary.replaceAll(' ', '<')}`, n);

/** TD3: 2 × 44. `documentNumber` ≤ 9 characters, `optional` ≤ 14. */
export function buildTd3(f: BuilderFields): string[] {
  const doc = pad(f.documentNumber, 9);
  const personal = pad(f.optional, 14);
  const personalCheck = f.optional === '' ? '<' : icaoCheck(personal);
  const a = doc + icaoCheck(doc);
  const b = f.birth + icaoCheck(f.birth);
  const c = f.expiry + icaoCheck(f.expiry) + personal + personalCheck;
  const line1 = pad(f.documentCode, 2) + f.issuingState + nameField(f, 39);
  const line2 = a + f.nationality + b + f.sex + c + icaoCheck(a + b + c);
  return [line1, line2];
}

/** TD2: 2 × 36. `documentNumber` ≤ 9 characters, `optional` ≤ 7. */
export function buildTd2(f: BuilderFields): string[] {
  const doc = pad(f.documentNumber, 9);
  const a = doc + icaoCheck(doc);
  const b = f.birth + icaoCheck(f.birth);
  const c = f.expiry + icaoCheck(f.expiry) + pad(f.optional, 7);
  const line1 = pad(f.documentCode, 2) + f.issuingState + nameField(f, 31);
  return [line1, a + f.nationality + b + f.sex + c + icaoCheck(a + b + c)];
}

/** TD1: 3 × 30. `documentNumber` up to 13 characters (long numbers overflow), `optional` up to 11. */
export function buildTd1(f: BuilderFields): string[] {
  const isLong = f.documentNumber.length > 9;
  const head = pad(f.documentNumber.slice(0, 9), 9);
  const docPart = isLong
    ? pad(head + '<' + f.documentNumber.slice(9) + icaoCheck(f.documentNumber), 25)
    : pad(head + icaoCheck(head), 25);
  const line1 = pad(f.documentCode, 2) + f.issuingState + docPart;
  const line2Head = f.birth + icaoCheck(f.birth) + f.sex + f.expiry + icaoCheck(f.expiry) + f.nationality;
  const optional2 = pad(f.optional, 11);
  const composite = icaoCheck(line1.slice(5) + line2Head.slice(0, 7) + line2Head.slice(8, 15) + optional2);
  return [line1, line2Head + optional2 + composite, nameField(f, 30)];
}

/** MRV-A (44) or MRV-B (36) visa: no composite, optional data fills the rest of line 2. */
export function buildVisa(f: BuilderFields, width: 36 | 44): string[] {
  const doc = pad(f.documentNumber, 9);
  const line1 = pad(f.documentCode, 2) + f.issuingState + nameField(f, width - 5);
  const line2 =
    doc +
    icaoCheck(doc) +
    f.nationality +
    f.birth +
    icaoCheck(f.birth) +
    f.sex +
    f.expiry +
    icaoCheck(f.expiry);
  return [line1, pad(line2 + f.optional, width)];
}
