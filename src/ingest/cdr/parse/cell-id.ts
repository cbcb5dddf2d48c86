/**
 * Cell identities → ONE canonical key, `mcc-mnc-area-cell` in decimal without leading zeros
 * (e.g. `234-15-4021-31337`), the key of the `cells` registry table. Accepted forms:
 * - CGI/ECGI strings with any separator: `234-15-4021-31337`, `234 15 4021 31337`, `234/15/0FB5/7A69` (hex
 *   when the profile says so or a part holds a-f);
 * - 15-digit ECGI-like packed strings are NOT guessed (their MNC length is ambiguous);
 * - separate area (LAC/TAC) and cell (CI/ECI) values, with the MCC-MNC from the profile or region;
 * - UMTS "long CID" stays as one number (65536×RNC + CID), exactly as OpenCelliD stores it, so CDR cells
 *   and registry cells meet; a `rnc:cid` pair is folded into it.
 */
export interface CellContext {
  /** Default `mcc-mnc` for files that give only LAC and CI. */
  readonly plmn?: { readonly mcc: number; readonly mnc: number };
  /** Area and cell parts are hexadecimal. */
  readonly hex?: boolean;
}

export type CellResult =
  { readonly ok: true; readonly key: string } | { readonly ok: false; readonly code: string };

const SEP = /[\s\-_/.:,;|]+/u;

function num(part: string, hex: boolean): number | undefined {
  const p = part.trim();
  if (p === '') return undefined;
  if (hex || /[a-f]/iu.test(p))
    return /^(?:0x)?[0-9a-f]{1,8}$/iu.test(p) ? parseInt(p.replace(/^0x/iu, ''), 16) : undefined;
  return /^\d{1,10}$/u.test(p) ? Number(p) : undefined;
}

function key(mcc: number, mnc: number, area: number, cell: number): string {
  return `${mcc}-${mnc}-${area}-${cell}`;
}

const bad = (code: string): CellResult => ({ ok: false, code });

/** Reads a cell id in one cell of a file. */
export function parseCellId(raw: string, ctx: CellContext = {}): CellResult {
  const text = raw.trim();
  if (text === '') return bad('CDR_EMPTY_CELL');
  const parts = text.split(SEP).filter((p) => p !== '');
  const hex = ctx.hex ?? false;
  if (parts.length === 4) {
    const [mcc, mnc] = [num(parts[0] ?? '', false), num(parts[1] ?? '', false)];
    const [area, cell] = [num(parts[2] ?? '', hex), num(parts[3] ?? '', hex)];
    if (mcc === undefined || mnc === undefined || area === undefined || cell === undefined)
      return bad('CDR_BAD_CELL');
    if (mcc < 100 || mcc > 999 || mnc > 999) return bad('CDR_BAD_CELL');
    return { ok: true, key: key(mcc, mnc, area, cell) };
  }
  if (parts.length === 2) {
    if (ctx.plmn === undefined) return bad('CDR_CELL_NEEDS_PLMN');
    const area = num(parts[0] ?? '', hex);
    const cell = num(parts[1] ?? '', hex);
    if (area === undefined || cell === undefined) return bad('CDR_BAD_CELL');
    return { ok: true, key: key(ctx.plmn.mcc, ctx.plmn.mnc, area, cell) };
  }
  return bad('CDR_BAD_CELL');
}

/** Joins separate LAC/TAC and CI/ECI columns (or RNC + CID for UMTS) into the canonical key. */
export function joinCellParts(
  parts: { readonly area: string; readonly cell: string; readonly rnc?: string },
  ctx: CellContext,
): CellResult {
  if (ctx.plmn === undefined) return bad('CDR_CELL_NEEDS_PLMN');
  const hex = ctx.hex ?? false;
  const area = num(parts.area, hex);
  let cell = num(parts.cell, hex);
  if (area === undefined || cell === undefined) return bad('CDR_BAD_CELL');
  if (parts.rnc !== undefined && parts.rnc.trim() !== '') {
    const rnc = num(parts.rnc, hex);
    if (rnc === undefined || cell > 65535) return bad('CDR_BAD_CELL');
    cell = rnc * 65536 + cell;
  }
  return { ok: true, key: key(ctx.plmn.mcc, ctx.plmn.mnc, area, cell) };
}

/** Splits a canonical key back into its parts. */
export function cellKeyParts(
  k: string,
): { mcc: number; mnc: number; area: number; cell: number } | undefined {
  const m = /^(\d+)-(\d+)-(\d+)-(\d+)$/u.exec(k);
  if (!m) return undefined;
  return { mcc: Number(m[1]), mnc: Number(m[2]), area: Number(m[3]), cell: Number(m[4]) };
}

/** The canonical key of parts. */
export function cellKey(mcc: number, mnc: number, area: number, cell: number): string {
  return key(mcc, mnc, area, cell);
}
