// Direction marks and isolates that WhatsApp puts around timestamps, names and generated text.
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu;
// Narrow and ordinary no-break spaces appear between time and AM/PM and inside "p. m.".
const ODD_SPACES = /[\u00a0\u202f\u2007\u2009]/gu;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Maps Arabic-Indic and Persian digits to ASCII so one timestamp grammar reads every locale. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}

/** Removes invisible direction marks; used for author names and texts, which keep their own digits. */
export function stripMarks(text: string): string {
  return text.replace(BIDI_MARKS, '');
}

/** Whether a text starts with a direction mark: iOS prefixes every WhatsApp-generated body with one. */
export function startsWithMark(text: string): boolean {
  return /^[\u200e\u200f]/u.test(text);
}

/** Normalises a timestamp for matching: no direction marks, plain spaces and commas, ASCII digits. */
export function normaliseStamp(text: string): string {
  return asciiDigits(
    stripMarks(text)
      .replace(ODD_SPACES, ' ')
      .replace(/\u060c/gu, ','),
  );
}
