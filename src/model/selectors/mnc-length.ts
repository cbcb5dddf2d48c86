// MNC length is not encoded in an IMSI: the SIM says it in EF_AD, and the E.212 assignment lists say it
// per MCC. This table is compiled from the ITU-T E.212 assignments (as summarised in the public MCC/MNC
// lists): every MCC below assigns 3-digit MNCs; all others assign 2 digits. India (405) and Malaysia (502)
// mix both; their 3-digit ranges follow AOSP's `SIMRecords.MCCMNC_CODES_HAVING_3DIGITS_MNC` list.
// When the true length is known (from EF_AD or a CDR header), callers pass it and this table is skipped.

const THREE_DIGIT_MCCS: ReadonlySet<string> = new Set([
  '302', // Canada
  '310',
  '311',
  '312',
  '313',
  '314',
  '315',
  '316', // United States
  '334', // Mexico
  '338', // Jamaica
  '342', // Barbados
  '344', // Antigua and Barbuda
  '346', // Cayman Islands
  '348', // British Virgin Islands
  '354', // Montserrat
  '356', // Saint Kitts and Nevis
  '358', // Saint Lucia
  '360', // Saint Vincent and the Grenadines
  '365', // Anguilla
  '366', // Dominica
  '376', // Turks and Caicos
  '708', // Honduras
  '722', // Argentina
  '732', // Colombia
  '750', // Falkland Islands
]);

/** Inclusive ranges of 3-digit MNC values within MCCs that mix 2- and 3-digit MNCs. */
const MIXED_MCCS: ReadonlyMap<string, readonly (readonly [number, number])[]> = new Map([
  [
    '405',
    [
      [25, 47],
      [750, 756],
      [799, 886],
      [908, 932],
    ],
  ],
  ['502', [[140, 159]]],
]);

/** The MNC length (2 or 3) for an MCC and the digits that follow it. */
export function mncLengthFor(mcc: string, rest: string): 2 | 3 {
  if (THREE_DIGIT_MCCS.has(mcc)) return 3;
  const ranges = MIXED_MCCS.get(mcc);
  if (ranges === undefined) return 2;
  const mnc3 = Number(rest.slice(0, 3));
  return ranges.some(([lo, hi]) => mnc3 >= lo && mnc3 <= hi) ? 3 : 2;
}
