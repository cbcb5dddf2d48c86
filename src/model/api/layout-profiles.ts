import { z } from 'zod';

/** Column roles of a CDR / tower-dump layout (header words per role: ingest/cdr/roles.ts). */
export const CDR_ROLES = [
  'target',
  'other',
  'aParty',
  'bParty',
  'direction',
  'type',
  'start',
  'date',
  'time',
  'duration',
  'cell',
  'cellEnd',
  'lac',
  'ci',
  'imei',
  'imsi',
] as const;
export type CdrRole = (typeof CDR_ROLES)[number];

export const TIME_FORMATS = ['fields', 'compact', 'excel'] as const;
export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;

/**
 * A layout profile: how one operator writes its CDR or tower-dump files (format in ingest/cdr/README.md).
 * Columns are named by header text (matched folded) or by 0-based position. The one schema of the
 * format: profile files, `--save-profile` and the API all parse with it.
 */
export const LayoutProfile = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1256']).optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    sheet: z.string().optional(),
    columns: z.partialRecord(z.enum(CDR_ROLES), z.union([z.string().min(1), z.number().int().min(0)])),
    time: z
      .object({ format: z.enum(TIME_FORMATS), order: z.enum(DATE_ORDERS).optional() })
      .strict()
      .optional(),
    tz: z.string().optional(),
    region: z.string().length(2).optional(),
    plmn: z.object({ mcc: z.number().int(), mnc: z.number().int() }).strict().optional(),
    cellHex: z.boolean().optional(),
    target: z.string().optional(),
  })
  .strict();
export type LayoutProfile = z.infer<typeof LayoutProfile>;

/** A name a profile can be saved and selected under: it is also its file name in the workspace. */
export const ProfileName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/u);

export const LayoutProfileInfo = z.object({
  name: z.string(),
  /** `workspace`: saved by an analyst; `shipped`: comes with Skein (read-only). */
  source: z.enum(['workspace', 'shipped']),
  description: z.string().optional(),
});
export type LayoutProfileInfo = z.infer<typeof LayoutProfileInfo>;

export const LayoutProfileList = z.object({ profiles: z.array(LayoutProfileInfo) });
export type LayoutProfileList = z.infer<typeof LayoutProfileList>;

export const SaveLayoutProfileBody = z.object({
  profile: LayoutProfile.extend({ name: ProfileName }),
  /** Overwrite a workspace profile of the same name; without it an existing name is refused. */
  replace: z.boolean().default(false),
});
export type SaveLayoutProfileBody = z.input<typeof SaveLayoutProfileBody>;

export const UploadParams = z.object({ caseName: z.string().min(1).max(64), uploadId: z.string().min(1) });

/** What to detect an upload's layout with; case zone and region apply when not given. */
export const DetectLayoutBody = z.object({
  profile: ProfileName.optional(),
  tz: z.string().max(64).optional(),
  region: z.string().length(2).optional(),
  dateOrder: z.enum(DATE_ORDERS).optional(),
});
export type DetectLayoutBody = z.input<typeof DetectLayoutBody>;

/** An upload's detected layout (the CLI's `--dry-run`): mapping, sample rows mapped, doubts, a draft profile. */
export const DetectedLayout = z.object({
  format: z.string(),
  headerLine: z.number().int(),
  /** Every header of the file, in order: the columns a role can be given to. */
  headers: z.array(z.string()),
  profile: z.string().nullable(),
  mapping: z.array(z.object({ role: z.enum(CDR_ROLES), header: z.string(), confidence: z.number() })),
  time: z.string(),
  doubts: z.array(z.string()),
  sample: z.array(z.object({ line: z.number().int(), result: z.string() })),
  sampleRows: z.number().int(),
  sampleRejected: z.number().int(),
  /** The detection as a profile: what the page edits and saves. */
  profileDraft: LayoutProfile,
});
export type DetectedLayout = z.infer<typeof DetectedLayout>;
