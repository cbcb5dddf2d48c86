import { z } from 'zod';
import { SubjectCategory } from '../model/index.js';

const Iso = z.iso.datetime();
const Phone = z.string().regex(/^\+\d{8,15}$/u);
const Ref = z.string().min(1);

const GtLine = z.object({
  phone: Phone,
  imsi: z.string(),
  iccid: z.string(),
  imei: z.string(),
  from: Iso,
  to: Iso,
});

const GtPerson = z.object({
  ref: Ref,
  name: z.string(),
  variants: z.array(z.string()),
  role: z.enum([
    'organiser',
    'recruiter',
    'driver',
    'safe-house-keeper',
    'boat-captain',
    'money-handler',
    'migrant',
    'relative',
  ]),
  category: SubjectCategory,
  nationality: z.string(),
  isOrganiser: z.boolean(),
  isKeyPlayer: z.boolean(),
  /** Number, SIM and handset over time; consecutive entries with one IMEI are a SIM swap or a second SIM. */
  lines: z.array(GtLine),
  /** Whether the case intelligence file links the person to each number (the replacements it does not). */
  knownPhones: z.array(Phone),
});

/** One number giving way to another: what `successors` should find. */
const GtReplacement = z.object({
  person: Ref,
  kind: z.enum(['new-handset-and-sim', 'sim-swap']),
  oldPhone: Phone,
  newPhone: Phone,
  oldLastSeen: Iso,
  newFirstSeen: Iso,
  /** Counterparts both numbers talked to: the overlap that betrays the replacement. */
  sharedCounterparts: z.array(Phone),
  sameImei: z.boolean(),
});

const GtSharedDevice = z.object({
  person: Ref,
  imei: z.string(),
  phones: z.array(Phone).min(2),
  imsis: z.array(z.string()).min(2),
});

const GtPresence = z.object({ person: Ref, phone: Phone });

/** Who met where: the persons a scene's tower dump catches, and the innocent crowd around them. */
const GtScene = z.object({
  id: z.string(),
  label: z.string(),
  place: z.string(),
  country: z.string(),
  cells: z.array(z.string()).min(1),
  from: Iso,
  to: Iso,
  file: z.string(),
  crew: z.array(GtPresence),
  migrants: z.array(GtPresence),
  backgroundCount: z.number().int().nonnegative(),
  /** Innocent numbers seen at this and one other scene. */
  recurringBackground: z.array(Phone),
});

const GtAlias = z.object({
  phone: Phone,
  name: z.string(),
  holderPhone: Phone,
  source: z.enum(['ufed-contacts', 'whatsapp-export']),
  person: Ref.optional(),
});

const GtWatchHit = z.object({
  listRef: Ref,
  kind: z.enum(['notice', 'document']),
  colour: z.enum(['red', 'blue', 'yellow']).optional(),
  listedName: z.string().optional(),
  documentNumber: z.string().optional(),
  mrz: z.array(z.string()).length(2).optional(),
  /** The case person it really is, or null for entries that match nobody (the negatives). */
  person: Ref.nullable(),
  basis: z.enum(['name-variant', 'document-number', 'none']),
});

const GtFile = z.object({
  path: z.string(),
  kind: z.string(),
  /** Input units the importer should count (`rowsIn`). */
  rowsIn: z.number().int().nonnegative(),
  /** Rejects that are meant to happen, by code; any other reject is a defect. */
  expectedRejects: z.record(z.string(), z.number().int().positive()),
});

/** The demo case's ground truth, written beside its files as ground-truth.json. */
export const GroundTruth = z.object({
  schemaVersion: z.literal(1),
  seed: z.number().int(),
  scale: z.number().positive(),
  period: z.object({ from: Iso, to: Iso }),
  persons: z.array(GtPerson),
  organisers: z.array(Ref),
  keyPlayers: z.array(Ref),
  replacements: z.array(GtReplacement),
  sharedDevices: z.array(GtSharedDevice),
  scenes: z.array(GtScene),
  aliases: z.array(GtAlias),
  watchlist: z.array(GtWatchHit),
  /** A call stamped inside the Europe/Rome autumn fold: the Italian file's time is ambiguous and flagged. */
  dstFold: z.object({ phones: z.array(Phone).length(2), utc: Iso, romeLocal: z.string() }),
  files: z.array(GtFile),
});
export type GroundTruth = z.infer<typeof GroundTruth>;
export type GtFile = z.infer<typeof GtFile>;
