import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { SkeinError } from '../../model/index.js';
import type { ImportInput, Importer, ImportOutcome, RecordSink } from '../contract.js';
import { Identities, parseUfedTimestamp } from '../ufed/index.js';
import { parseCsv } from './csv.js';
import { csvToDump, SimDump } from './sim-dump.js';

/** Options of the SIM importer; the format is sniffed (JSON object or our CSV header). */
export const SimOptions = z.object({});
export type SimOptions = z.infer<typeof SimOptions>;

// SIM cards hold kilobytes; anything this big is not a SIM-reader dump.
const MAX_SIM_FILE_BYTES = 64 * 1024 ** 2;

/** Imports a SIM-reader dump (JSON or CSV, see README.md): the SIM, its own number, ADN names and stored SMS. */
export const simImporter: Importer<SimOptions> = {
  kind: 'sim',
  name: 'SIM card dump (neutral JSON / CSV)',
  version: '1.0.0',
  options: SimOptions,
  acceptsFolder: false,
  run: async (input, _options, sink) => importDump(await readDump(input), input, sink),
};

async function readDump(input: ImportInput): Promise<SimDump> {
  const at = { file: input.fileName };
  if ((await stat(input.path)).size > MAX_SIM_FILE_BYTES)
    throw new SkeinError('SIM_FILE_TOO_LARGE', 'not a SIM dump: too large', at);
  const text = (await readFile(input.path, 'utf8')).replace(/^\uFEFF/u, '');
  let candidate: unknown;
  if (text.trimStart().startsWith('{')) {
    try {
      candidate = JSON.parse(text);
    } catch {
      throw new SkeinError('SIM_BAD_FORMAT', 'SIM dump is not valid JSON', at);
    }
  } else candidate = csvToDump(parseCsv(text));
  const parsed = SimDump.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SkeinError('SIM_BAD_FORMAT', issue?.message ?? 'not a SIM dump', {
      ...at,
      field: issue?.path.join('.') ?? '',
    });
  }
  return parsed.data;
}

function importDump(dump: SimDump, input: ImportInput, sink: RecordSink): ImportOutcome {
  const ids = new Identities(sink, input.region);
  const head = { row: 0, path: 'sim' };
  const iccid = dump.iccid !== undefined ? ids.iccidKey(dump.iccid) : undefined;
  const imsi = dump.imsi !== undefined ? ids.imsiKey(dump.imsi) : undefined;
  const bad = [iccid, imsi].find((r) => r !== undefined && !r.ok);
  if (bad !== undefined && !bad.ok)
    throw new SkeinError(bad.error.code, 'SIM identifier does not normalise', { file: input.fileName });
  const props = { ...(iccid?.ok ? { iccid: iccid.value } : {}), ...(imsi?.ok ? { imsi: imsi.value } : {}) };
  const key = imsi?.ok ? imsi.value : iccid?.ok ? iccid.value : '';
  const sim = sink.entity({ kind: 'sim', key, props }, head);
  let owner = sim;
  if (dump.msisdn !== undefined && dump.msisdn.trim() !== '') {
    const phone = ids.phone(dump.msisdn, head, { own: true });
    if (phone.ok) {
      owner = phone.value;
      sink.link({ kind: 'uses', from: sim, to: phone.value, basis: 'fact' }, head);
    }
  }
  const context = `SIM phonebook (ADN), extraction ${input.fileName}`;
  let row = 0;
  dump.adn.forEach((entry, i) => {
    const at = { row: ++row, path: `adn[${i + 1}]` };
    const id = ids.phone(entry.number, at);
    if (!id.ok)
      return sink.reject({
        row: at.row,
        field: 'number',
        code: id.error.code,
        detail: at.path,
        raw: JSON.stringify(entry),
      });
    if (entry.name.trim() !== '')
      sink.alias({ entity: id.value, name: entry.name.trim(), holder: sim, context }, at);
  });
  dump.sms.forEach((sms, i) => {
    const at = { row: ++row, path: `sms[${i + 1}]` };
    const reject = (code: string, field: string) =>
      sink.reject({ row: at.row, field, code, detail: at.path, raw: JSON.stringify(sms) });
    const when = parseUfedTimestamp(sms.time, undefined, input.tz);
    if (when === undefined) return reject('SIM_BAD_TIMESTAMP', 'time');
    const other = ids.phone(sms.number, at);
    if (!other.ok) return reject(other.error.code, 'number');
    const isIncoming = sms.status.startsWith('received');
    sink.event(
      {
        kind: 'sms',
        startUtcMs: when.utcMs,
        time: when.time,
        from: isIncoming ? other.value : owner,
        to: isIncoming ? owner : other.value,
        text: sms.text,
        props: { status: sms.status, storage: 'sim' },
      },
      at,
    );
  });
  return {
    rowsIn: row,
    skipped: {},
    notes: owner === sim ? ['no MSISDN: stored SMS are anchored to the SIM'] : [],
  };
}
