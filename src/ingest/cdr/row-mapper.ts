import type { EntityDraft, EventDraft, LinkDraft, PropValue, RejectDraft, Sighting } from '../contract.js';
import type { CdrSettings } from './cdr-settings.js';
import { combineCallType, type CdrNormalisers } from './normalisers.js';
import { parseTime } from './parse/timestamp.js';
import { fieldCountFits, isBlank, isFooter } from './row-rules.js';
import type { Role } from './roles.js';

/** What one row became: an event with the entities and links it shows, or a reject. */
export type RowOutcome =
  | { readonly kind: 'reject'; readonly reject: RejectDraft }
  | {
      readonly kind: 'event';
      readonly event: EventDraft;
      readonly entities: readonly EntityDraft[];
      readonly links: readonly LinkDraft[];
    };

/**
 * Maps one record to an event (row path). The bulk path (store/duckdb/bulk/cdr-sql.ts) implements the
 * same rules in SQL; see row-rules.ts for the order of checks.
 */
export function mapRow(
  fields: readonly string[],
  line: number,
  s: CdrSettings,
  n: CdrNormalisers,
): RowOutcome {
  const c = s.columns;
  const get = (r: Role): string | undefined => (c[r] === undefined ? undefined : (fields[c[r]] ?? ''));
  const reject = (code: string, field?: Role): RowOutcome => ({
    kind: 'reject',
    reject: { row: line, code, raw: fields.join(s.joiner), ...(field === undefined ? {} : { field }) },
  });
  const timeRaw = get('start') ?? `${get('date') ?? ''} ${get('time') ?? ''}`;
  const parsed = parseTime(timeRaw, s.time);
  if (parsed === undefined && isFooter(fields, s.headerCount)) return reject('CDR_FOOTER_ROW');
  if (!fieldCountFits(fields, s.headerCount)) return reject('CDR_BAD_FIELD_COUNT');
  const timeField: Role = c.start === undefined ? 'date' : 'start';
  if (parsed === undefined) return reject('CDR_BAD_TIMESTAMP', timeField);
  let utcMs: number;
  let zone: string;
  let flag: EventDraft['time']['flag'];
  if (parsed.offsetMin !== undefined) {
    utcMs = parsed.localMs - parsed.offsetMin * 60_000;
    zone = parsed.offsetText ?? 'Z';
  } else {
    if (n.zone === undefined) return reject('CDR_TZ_REQUIRED', timeField);
    const u = n.zone.toUtc(parsed.localMs);
    [utcMs, zone, flag] = [u.utcMs, n.zone.zone, u.flag];
  }

  const aCol: Role = c.aParty !== undefined ? 'aParty' : 'target';
  const bCol: Role = c.aParty !== undefined ? 'bParty' : 'other';
  const aRaw = get(aCol) ?? s.fixedTarget ?? '';
  const a = n.phone(aRaw);
  if (a.ok !== true) return reject(a.ok === 'withheld' ? 'CDR_MISSING_NUMBER' : a.code, aCol);
  const bRaw = get(bCol) ?? '';
  const b = isBlank(bRaw) ? ({ ok: 'withheld' } as const) : n.phone(bRaw);
  if (b.ok === false) return reject(b.code, bCol);

  const dirRaw = get('direction');
  const dir = dirRaw === undefined || isBlank(dirRaw) ? undefined : n.callType(dirRaw);
  if (dirRaw !== undefined && !isBlank(dirRaw) && dir === undefined)
    return reject('CDR_BAD_DIRECTION', 'direction');
  const typeRaw = get('type');
  const type = typeRaw === undefined || isBlank(typeRaw) ? undefined : n.callType(typeRaw);
  if (typeRaw !== undefined && !isBlank(typeRaw) && type === undefined) return reject('CDR_BAD_TYPE', 'type');
  const ct = combineCallType(dir, type);
  const isAB = aCol === 'aParty';
  if (!isAB && ct.direction === undefined)
    return reject('CDR_BAD_DIRECTION', c.direction === undefined ? 'type' : 'direction');

  const durRaw = get('duration');
  const durationS = durRaw === undefined || isBlank(durRaw) ? undefined : n.duration(durRaw);
  if (durRaw !== undefined && !isBlank(durRaw) && durationS === undefined)
    return reject('CDR_BAD_DURATION', 'duration');

  // The served party: the target in a billing; in an A/B file the originator unless the row says MT.
  const servedIsFrom = ct.direction !== 'mt';
  const bId = b.ok === true ? b.id : undefined;
  const [from, to] = isAB || ct.direction === 'mo' ? [a.id, bId] : [bId, a.id];
  const servedId = isAB ? (servedIsFrom ? a.id : bId) : a.id;
  const party: Sighting['party'] = isAB
    ? servedIsFrom
      ? 'from'
      : 'to'
    : ct.direction === 'mo'
      ? 'from'
      : 'to';

  const props: Record<string, PropValue> = {};
  const cellEndRaw = get('cellEnd');
  if (cellEndRaw !== undefined && !isBlank(cellEndRaw)) {
    const ce = n.cell(cellEndRaw);
    if (ce.ok) props.cell_end = ce.key;
  }
  const sighting: { party: Sighting['party']; cell?: string; imei?: string; imsi?: string } = { party };
  const cellRaw = cellText(get, c);
  if (cellRaw !== undefined && !isBlank(cellRaw) && cellRaw.replace(/[ \t]/gu, '') !== '/') {
    const cv = n.cell(cellRaw);
    if (cv.ok) sighting.cell = cv.key;
    else [props.cell_raw, props.cell_code] = [cellRaw, cv.code];
  }
  const entities: EntityDraft[] = [];
  const links: LinkDraft[] = [];
  const served = servedId === undefined ? undefined : servedId;
  for (const what of ['imei', 'imsi'] as const) {
    const raw = get(what);
    if (raw === undefined || isBlank(raw)) continue;
    const v = n[what](raw);
    if (!v.ok) {
      props[`${what}_raw`] = raw;
      props[`${what}_code`] = v.code;
      continue;
    }
    sighting[what] = v.key;
    entities.push({ kind: what === 'imei' ? 'device' : 'sim', key: v.key, label: v.key, raw });
    if (served !== undefined) links.push({ kind: 'uses', from: served, to: v.id, basis: 'fact' });
  }
  entities.unshift({ kind: 'phone', key: a.key, label: a.key, raw: aRaw });
  if (b.ok === true) entities.splice(1, 0, { kind: 'phone', key: b.key, label: b.key, raw: bRaw });

  const event: EventDraft = {
    kind: ct.kind ?? 'call',
    startUtcMs: utcMs,
    time: flag === undefined ? { raw: timeRaw, zone } : { raw: timeRaw, zone, flag },
    ...(durationS === undefined ? {} : { durationS }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...((sighting.cell ?? sighting.imei ?? sighting.imsi) ? { sightings: [sighting] } : {}),
    ...(s.dumpId === undefined ? {} : { dumpId: s.dumpId }),
    ...(Object.keys(props).length > 0 ? { props } : {}),
  };
  return { kind: 'event', event, entities, links };
}

/** The cell text of a row: one CGI column, or LAC and CI columns joined as `lac-ci`. */
function cellText(get: (r: Role) => string | undefined, c: CdrSettings['columns']): string | undefined {
  if (c.cell !== undefined) return get('cell');
  if (c.lac !== undefined && c.ci !== undefined) return `${get('lac') ?? ''}/${get('ci') ?? ''}`;
  return undefined;
}
