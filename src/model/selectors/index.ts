export type {
  AccountDetail,
  AccountSelector,
  AccountService,
  EmailDetail,
  EmailSelector,
  IccidDetail,
  IccidSelector,
  ImeiDetail,
  ImeiSelector,
  ImsiDetail,
  ImsiSelector,
  PhoneDetail,
  PhoneForm,
  PhoneSelector,
  Selector,
  SelectorFlag,
  SelectorIssue,
  SelectorIssueCode,
  SelectorKind,
} from './types.js';
export { ACCOUNT_SERVICES } from './types.js';
export { normalisePhone } from './phone.js';
export type { PhoneOptions } from './phone.js';
export { phoneDetails } from './phone-details.js';
export { normaliseImei } from './imei.js';
export { normaliseImsi } from './imsi.js';
export type { ImsiOptions } from './imsi.js';
export { normaliseIccid } from './iccid.js';
export type { IccidOptions } from './iccid.js';
export { luhnCheckDigit, isLuhnValid } from './luhn.js';
export { normaliseEmail } from './email.js';
export { normaliseAccount } from './account.js';
export type { AccountOptions } from './account.js';
export { normaliseSelector } from './normalise.js';
export type { NormaliseOptions } from './normalise.js';
export { selectorEntityId, simEntityId } from './entity-id.js';
export type { SelectorEntityId } from './entity-id.js';
export { detectSelectorKind } from './detect.js';
export { parseMrz } from './mrz.js';
export type { MrzOptions } from './mrz.js';
export { mrzCheckDigit } from './mrz-check-digit.js';
export type {
  MrzCheck,
  MrzCheckField,
  MrzDate,
  MrzDocument,
  MrzFormat,
  MrzIssue,
  MrzIssueCode,
  MrzNames,
} from './mrz-types.js';
