import type { CountryCode } from 'libphonenumber-js/max';

/** The identifier families the resolve stage normalises. */
export type SelectorKind = 'phone' | 'imei' | 'imsi' | 'iccid' | 'email' | 'account';

/** Facts about how a value was normalised that an analyst may need to see. */
export type SelectorFlag =
  | 'short-code'
  | 'alphanumeric'
  | 'national-unresolved'
  | 'unverified'
  | 'imeisv'
  | 'check-digit-added'
  | 'check-digit-zeroed'
  | 'check-digit-missing'
  | 'padding-stripped';

/** Stable failure codes; tests and callers match on these, never on text. */
export type SelectorIssueCode =
  | 'PHONE_EMPTY'
  | 'PHONE_BAD_REGION'
  | 'PHONE_INVALID'
  | 'IMEI_EMPTY'
  | 'IMEI_BAD_CHARACTERS'
  | 'IMEI_BAD_LENGTH'
  | 'IMEI_BAD_CHECK_DIGIT'
  | 'IMSI_EMPTY'
  | 'IMSI_BAD_CHARACTERS'
  | 'IMSI_BAD_LENGTH'
  | 'IMSI_BAD_MCC'
  | 'ICCID_EMPTY'
  | 'ICCID_BAD_CHARACTERS'
  | 'ICCID_BAD_PREFIX'
  | 'ICCID_BAD_LENGTH'
  | 'ICCID_BAD_CHECK_DIGIT'
  | 'EMAIL_EMPTY'
  | 'EMAIL_INVALID'
  | 'ACCOUNT_EMPTY'
  | 'ACCOUNT_UNKNOWN_SERVICE'
  | 'ACCOUNT_INVALID_HANDLE';

/** A rejected input: the code says why, the raw input is kept for the reject log. */
export interface SelectorIssue {
  readonly code: SelectorIssueCode;
  readonly kind: SelectorKind;
  readonly raw: string;
}

export type PhoneForm = 'e164' | 'short-code' | 'alphanumeric' | 'national';

export interface PhoneDetail {
  readonly form: PhoneForm;
  readonly country?: CountryCode;
  readonly countryCallingCode?: string;
  readonly nationalNumber?: string;
  readonly numberType?: string;
  readonly extension?: string;
  /** For a national-unresolved number, the E.164 reading of its digits if that is a valid number. */
  readonly candidateE164?: string;
}

export interface ImeiDetail {
  readonly tac: string;
  readonly reportingBody: string;
  readonly serial: string;
  readonly svn?: string;
}

export interface ImsiDetail {
  readonly mcc: string;
  readonly mnc: string;
  readonly msin: string;
}

export interface IccidDetail {
  readonly countryCallingCode?: string;
}

export interface EmailDetail {
  readonly localPart: string;
  readonly domain: string;
}

export const ACCOUNT_SERVICES = [
  'whatsapp',
  'telegram',
  'facebook',
  'instagram',
  'signal',
  'viber',
  'skype',
  'email',
  'other',
] as const;
export type AccountService = (typeof ACCOUNT_SERVICES)[number];

export interface AccountDetail {
  readonly service: AccountService;
  readonly handle: string;
}

interface SelectorOf<K extends SelectorKind, D> {
  readonly kind: K;
  /** Normalised form: equal values mean the same identifier. */
  readonly value: string;
  /** The input exactly as received. */
  readonly raw: string;
  readonly flags: readonly SelectorFlag[];
  readonly detail: D;
}

export type PhoneSelector = SelectorOf<'phone', PhoneDetail>;
export type ImeiSelector = SelectorOf<'imei', ImeiDetail>;
export type ImsiSelector = SelectorOf<'imsi', ImsiDetail>;
export type IccidSelector = SelectorOf<'iccid', IccidDetail>;
export type EmailSelector = SelectorOf<'email', EmailDetail>;
export type AccountSelector = SelectorOf<'account', AccountDetail>;

/** A normalised identifier, discriminated by `kind`. */
export type Selector =
  PhoneSelector | ImeiSelector | ImsiSelector | IccidSelector | EmailSelector | AccountSelector;
