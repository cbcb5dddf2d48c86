import type { PropValue, RecordSink, RowRef } from '../contract.js';
import { normaliseEmail, normalisePhone } from '../../model/selectors/index.js';
import type { ContentLine } from './content-line.js';
import { decodedValue, splitStructured, textValue } from './decode.js';
import type { LogicalLine } from './unfold.js';

type PhoneRegion = NonNullable<NonNullable<Parameters<typeof normalisePhone>[1]>['region']>;

export interface CardSetup {
  readonly sink: RecordSink;
  readonly fileSha: string;
  readonly context: string;
  readonly region?: string;
  /** The phone whose address book this is; holder of every alias. */
  readonly ownerPhone?: string;
}

const TEXT_PROPS: Readonly<Record<string, string>> = {
  FN: 'fullName',
  NICKNAME: 'nickname',
  ORG: 'organisation',
  TITLE: 'title',
  ROLE: 'role',
  NOTE: 'note',
  BDAY: 'birthday',
  CATEGORIES: 'categories',
  URL: 'url',
  UID: 'uid',
  GENDER: 'gender',
  KIND: 'vcardKind',
  ADR: 'address',
  IMPP: 'impp',
  VERSION: 'version',
};

/** The phone-number text of a TEL value: vCard 4.0 writes `tel:` URIs with `;ext=`. */
export function telText(value: string): string {
  return value.replace(/^tel:/iu, '').replace(/;ext=/iu, ' ext ').trim();
}

/** What writing one card produced: how many of its lines had to be rejected. */
export interface CardResult {
  readonly rejected: number;
}

/** Writes a card as a person with `uses` links to its numbers and e-mail accounts. */
export function writeCard(
  s: CardSetup,
  ordinal: number,
  row: number,
  lines: readonly ContentLine[],
  bad: readonly LogicalLine[],
): CardResult {
  const at: RowRef = { row, path: `card[${ordinal}]` };
  const props = cardProps(lines);
  const label = cardLabel(lines);
  const person = s.sink.entity(
    {
      kind: 'person',
      naturalId: `vcard:${s.fileSha}:${ordinal}`,
      props,
      ...(label === undefined ? {} : { label }),
    },
    at,
  );
  const labels = groupLabels(lines);
  let rejected = 0;
  for (const l of bad) {
    s.sink.reject({ row: l.row, field: 'line', code: 'VCARD_UNPARSEABLE_LINE', raw: l.text });
    rejected += 1;
  }
  for (const line of lines) {
    if (line.name !== 'TEL' && line.name !== 'EMAIL') continue;
    const raw = textValue(line);
    const lineAt: RowRef = { row: line.row, path: `card[${ordinal}].${line.name}` };
    const target = line.name === 'TEL' ? phoneOf(s, raw, lineAt) : emailOf(s, raw, lineAt);
    if (typeof target !== 'string') {
      s.sink.reject({
        row: line.row,
        field: line.name,
        code: `VCARD_BAD_${line.name}`,
        detail: target.code,
        raw,
      });
      rejected += 1;
      continue;
    }
    const linkProps: Record<string, PropValue> = { types: (line.params.get('TYPE') ?? []).join(',') };
    const groupLabel = line.group === undefined ? undefined : labels.get(line.group);
    if (groupLabel !== undefined) linkProps.label = groupLabel;
    s.sink.link({ kind: 'uses', from: person, to: target, basis: 'fact', props: linkProps }, lineAt);
    if (label !== undefined) {
      const holder = s.ownerPhone === undefined ? {} : { holder: s.ownerPhone };
      s.sink.alias({ entity: target, name: label, context: s.context, ...holder }, lineAt);
    }
  }
  return { rejected };
}

function phoneOf(s: CardSetup, raw: string, at: RowRef): string | { code: string } {
  const r = normalisePhone(telText(raw), s.region === undefined ? {} : { region: s.region as PhoneRegion });
  if (!r.ok) return { code: r.error.code };
  // Letters in a TEL ("BusinessPhone" placeholders) are not a number a network could route.
  if (r.value.flags.includes('alphanumeric')) return { code: 'PHONE_ALPHANUMERIC' };
  const props = r.value.flags.length > 0 ? { flags: r.value.flags.join(',') } : {};
  return s.sink.entity({ kind: 'phone', key: r.value.value, label: r.value.value, raw, props }, at);
}

function emailOf(s: CardSetup, raw: string, at: RowRef): string | { code: string } {
  const r = normaliseEmail(raw);
  if (!r.ok) return { code: r.error.code };
  return s.sink.entity({ kind: 'account', key: `email:${r.value.value}`, label: r.value.value, raw }, at);
}

function cardLabel(lines: readonly ContentLine[]): string | undefined {
  const fn = lines.find((l) => l.name === 'FN');
  const name = fn === undefined ? '' : textValue(fn);
  if (name !== '') return name;
  const n = lines.find((l) => l.name === 'N');
  if (n === undefined) return undefined;
  // N is family;given;additional;prefix;suffix — shown as "prefix given additional family suffix".
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitStructured(
    decodedValue(n),
  );
  const composed = [prefix, given, additional, family, suffix]
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ');
  return composed === '' ? undefined : composed;
}

function cardProps(lines: readonly ContentLine[]): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  const add = (key: string, value: string): void => {
    if (value === '') return;
    const prev = props[key];
    props[key] = typeof prev === 'string' ? `${prev}; ${value}` : value;
  };
  for (const line of lines) {
    const key = TEXT_PROPS[line.name];
    if (line.name === 'PHOTO' || line.name === 'LOGO') props.hasPhoto = true;
    else if (line.name === 'N') {
      const [family = '', given = ''] = splitStructured(decodedValue(line));
      add('familyName', family.trim());
      add('givenName', given.trim());
    } else if (line.name === 'ORG' || line.name === 'ADR') {
      add(
        key ?? line.name,
        splitStructured(decodedValue(line))
          .map((p) => p.trim())
          .filter((p) => p !== '')
          .join(', '),
      );
    } else if (key !== undefined) add(key, textValue(line));
    else if (line.name.startsWith('X-') && line.name !== 'X-ABLABEL')
      add(line.name.toLowerCase(), textValue(line));
  }
  return props;
}

/** Apple's `itemN.X-ABLabel` names the custom type of the `itemN.TEL` / `itemN.EMAIL` beside it. */
function groupLabels(lines: readonly ContentLine[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const l of lines) {
    if (l.name === 'X-ABLABEL' && l.group !== undefined)
      labels.set(l.group, textValue(l).replace(/^_\$!<(.*)>!\$_$/u, '$1'));
  }
  return labels;
}
