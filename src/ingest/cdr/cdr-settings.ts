import { SkeinError } from '../../model/index.js';
import type { CellContext } from './parse/cell-id.js';
import { isKnownZone } from './parse/local-time.js';
import type { DateOrder, TimeFormat } from './parse/timestamp.js';
import type { Layout } from './detect-layout.js';
import type { Role } from './roles.js';

/** Everything a row needs to become an event, resolved once per file from layout, profile and options. */
export interface CdrSettings {
  readonly columns: Readonly<Partial<Record<Role, number>>>;
  readonly headerCount: number;
  readonly time: TimeFormat;
  /** IANA zone for times without an offset; undefined when every time carries its own offset. */
  readonly zone?: string;
  readonly region?: string;
  readonly cell: CellContext;
  /** The billed number when no column holds it. */
  readonly fixedTarget?: string;
  readonly dumpId?: string;
  /** Joins a rejected row's fields back into text. */
  readonly joiner: string;
}

export interface SettingsInput {
  readonly layout: Layout;
  readonly order?: DateOrder;
  readonly tz?: string;
  readonly region?: string;
  readonly target?: string;
  readonly dumpId?: string;
  /** Whether the sample's times carry UTC offsets (then no zone is needed). */
  readonly hasOffsets: boolean;
  readonly file: string;
  readonly joiner: string;
}

/** Resolves settings; throws `CDR_TZ_REQUIRED` / `CDR_BAD_TZ` / `CDR_AMBIGUOUS_DATE_ORDER` before any row is read. */
export function resolveSettings(s: SettingsInput): CdrSettings {
  const { layout } = s;
  const p = layout.profile;
  const zone = s.tz ?? p?.tz;
  if (zone === undefined && !s.hasOffsets) {
    throw new SkeinError('CDR_TZ_REQUIRED', 'times in this file have no UTC offset: give --tz', {
      file: s.file,
      field: 'tz',
    });
  }
  if (zone !== undefined && !isKnownZone(zone)) {
    throw new SkeinError('CDR_BAD_TZ', `unknown time zone ${zone}`, {
      file: s.file,
      field: 'tz',
      input: zone,
    });
  }
  let time: TimeFormat;
  if (layout.time.format === 'fields') {
    const order = s.order ?? layout.time.order;
    if (order === undefined) {
      throw new SkeinError(
        'CDR_AMBIGUOUS_DATE_ORDER',
        'day-month order not settled by the data: give it in the profile',
        {
          file: s.file,
          field: 'time.order',
        },
      );
    }
    time = { kind: 'fields', order };
  } else time = { kind: layout.time.format };
  const region = s.region ?? p?.region;
  const target = s.target ?? p?.target ?? layout.preambleTarget;
  return {
    columns: layout.columns,
    headerCount: layout.headers.length,
    time,
    ...(zone === undefined ? {} : { zone }),
    ...(region === undefined ? {} : { region }),
    cell: { ...(p?.plmn ? { plmn: p.plmn } : {}), ...(p?.cellHex ? { hex: true } : {}) },
    ...(target === undefined || layout.columns.target !== undefined ? {} : { fixedTarget: target }),
    ...(s.dumpId === undefined ? {} : { dumpId: s.dumpId }),
    joiner: s.joiner,
  };
}
