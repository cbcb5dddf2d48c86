import type { CountryCode } from 'libphonenumber-js/max';
import { SkeinError } from '../../model/index.js';
import { detectSelectorKind, normaliseSelector, selectorEntityId } from '../../model/selectors/index.js';
import type { CommsQueries } from '../../store/index.js';

/** A subject of an analysis: what the analyst typed, resolved to an entity of the case. */
export interface Subject {
  readonly input: string;
  readonly id: string;
  readonly kind: string;
  readonly key: string | null;
  readonly label: string;
}

const ENTITY_ID = /^[a-z]{3}_[0-9a-f]{24}$/u;
/** Kinds that are parties of communications (legs are keyed by them). */
const PARTY_KINDS = new Set(['phone', 'account']);

/**
 * Analysts ask about the same few subjects again and again, and parsing a phone number costs more than the
 * lookup it leads to; normalisation is pure, so successes are remembered (a bounded table, emptied when full).
 */
const resolved = new Map<string, { id: string; key: string }>();
const MAX_RESOLVED = 10_000;

/** The entity id a typed selector stands for, normalised with the case's region; an id passes as is. */
export function selectorId(text: string, region: string | undefined): { id: string; key: string } {
  const memo = `${region ?? ''}\u0000${text}`;
  let r = resolved.get(memo);
  if (r === undefined) {
    r = parseSelector(text, region);
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    resolved.set(memo, r);
  }
  return r;
}

function parseSelector(text: string, region: string | undefined): { id: string; key: string } {
  const trimmed = text.trim();
  if (ENTITY_ID.test(trimmed)) return { id: trimmed, key: trimmed };
  const kind = detectSelectorKind(trimmed);
  const r = kind
    ? normaliseSelector(kind, trimmed, region ? { region: region as CountryCode } : {})
    : undefined;
  if (!r?.ok) {
    throw new SkeinError('COMMS_BAD_SELECTOR', `"${text}" is not a phone number, IMEI, IMSI or account.`, {
      input: text,
    });
  }
  return { id: selectorEntityId(r.value), key: r.value.value };
}

/**
 * Resolves selectors to entities of the case. Unknown selectors fail with `COMMS_UNKNOWN_SELECTOR`; with
 * `partiesOnly`, handsets and SIMs fail with `COMMS_NOT_A_PARTY` (their history is the handsets analysis).
 */
export async function resolveSubjects(
  q: CommsQueries,
  inputs: readonly string[],
  opts: { region?: string | undefined; partiesOnly: boolean },
): Promise<Subject[]> {
  const wanted = inputs.map((input) => ({ input, ...selectorId(input, opts.region) }));
  const found = new Map((await q.entities([...new Set(wanted.map((w) => w.id))])).map((e) => [e.id, e]));
  const out: Subject[] = [];
  for (const w of wanted) {
    const e = found.get(w.id);
    if (!e) {
      throw new SkeinError('COMMS_UNKNOWN_SELECTOR', `${w.key} does not occur in this case.`, {
        input: w.input,
      });
    }
    if (opts.partiesOnly && !PARTY_KINDS.has(e.kind)) {
      throw new SkeinError(
        'COMMS_NOT_A_PARTY',
        `${w.key} is a ${e.kind}, not a number or account; use the handsets analysis for its history.`,
        { input: w.input },
      );
    }
    if (!out.some((s) => s.id === e.id))
      out.push({ input: w.input, id: e.id, kind: e.kind, key: e.key, label: e.label });
  }
  return out;
}

/** Display keys (`+218…`) for entity ids; ids without a key show as themselves. */
export async function keysOf(q: CommsQueries, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await q.entities(unique);
  const m = new Map(rows.map((e) => [e.id, e.key ?? e.label ?? e.id]));
  for (const id of unique) if (!m.has(id)) m.set(id, id);
  return m;
}
