/**
 * The one table from error code to HTTP status. Rules are tried in order, first match wins; a code no
 * rule matches is a user error of the request (400). Tests assert statuses through this table.
 */
const RULES: readonly (readonly [RegExp, number])[] = [
  [/^(CASE_NOT_FOUND|UPLOAD_NOT_FOUND|JOB_NOT_FOUND|ANALYSIS_NOT_FOUND|ROUTE_NOT_FOUND)$/, 404],
  [/^(IMPORT_FILE_NOT_FOUND|CDR_PROFILE_NOT_FOUND)$/, 404],
  [/^(STORE_LOCKED|CASE_EXISTS|CDR_PROFILE_EXISTS|CDR_PROFILE_SHIPPED)$/, 409],
  [/^(UPLOAD_TOO_LARGE|FILE_TOO_LARGE)$|_FILE_TOO_LARGE$|_TOO_LARGE$/, 413],
  [/^REQUEST_(BAD_ORIGIN|BAD_HOST|NO_CLIENT_HEADER)$/, 403],
  [/^REQUEST_BAD_/, 400],
  [/_BAD_|_REQUIRED$|_AMBIGUOUS_|_INCONSISTENT_|_UNKNOWN_/, 400],
  [/^(IMPORT|ARCHIVE|SQLITE|XLSX|UFDR|CDR|SIM|WHATSAPP|TELEGRAM|VCARD|FOLDER)_/, 422],
  [/^(STORE_OPEN_FAILED|CASE_PURGE_FAILED)$/, 503],
];

export function statusForCode(code: string): number {
  for (const [pattern, status] of RULES) if (pattern.test(code)) return status;
  return 400;
}
