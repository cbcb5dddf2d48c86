/** MRZ layouts understood by `parseMrz`; `FRENCH_ID` is the pre-2021 French identity card (2 × 36, non-ICAO). */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRVA' | 'MRVB' | 'FRENCH_ID';

/** The fields an MRZ protects with a check digit. */
export type MrzCheckField = 'documentNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite';

/** One check digit: what the document says and what the data computes to. */
export interface MrzCheck {
  readonly field: MrzCheckField;
  readonly given: string;
  readonly computed: string;
  readonly isValid: boolean;
}

/** A YYMMDD date as printed, with the century inferred from the reference date (absent when not a full date). */
export interface MrzDate {
  readonly raw: string;
  readonly iso?: string;
}

export interface MrzNames {
  readonly primary: string;
  readonly secondary: string;
}

/** A parsed MRZ whose every check digit verified. */
export interface MrzDocument {
  readonly format: MrzFormat;
  readonly documentCode: string;
  readonly issuingState: string;
  readonly documentNumber: string;
  readonly nationality: string;
  readonly birthDate: MrzDate;
  readonly sex: 'M' | 'F' | 'X' | '<';
  /** Absent on formats that do not print it (French ID). */
  readonly expiryDate?: MrzDate;
  readonly names: MrzNames;
  /** TD3 personal number / optional data, without trailing fillers. */
  readonly personalNumber?: string;
  /** Other optional data fields in print order, without trailing fillers. */
  readonly optionalData: readonly string[];
  readonly checks: readonly MrzCheck[];
  readonly lines: readonly string[];
}

export type MrzIssueCode =
  | 'MRZ_EMPTY'
  | 'MRZ_BAD_LENGTH'
  | 'MRZ_BAD_CHARACTERS'
  | 'MRZ_UNKNOWN_FORMAT'
  | 'MRZ_BAD_CHECK_DIGIT'
  | 'MRZ_BAD_DATE'
  | 'MRZ_BAD_FIELD';

/** Why an MRZ was rejected; `field` names the failing field, `checks` lists every check digit computed. */
export interface MrzIssue {
  readonly code: MrzIssueCode;
  readonly raw: string;
  readonly field?: MrzCheckField | 'sex';
  readonly checks?: readonly MrzCheck[];
}
