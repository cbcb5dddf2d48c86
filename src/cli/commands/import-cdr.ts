import { basename } from 'node:path';
import { DEFAULT_LIMITS, type ImportInput } from '../../ingest/index.js';
import { cdrDryRun, type CdrDryRunReport } from '../../ingest/cdr/index.js';

/** Options of `skein import cdr … --dry-run`. */
export interface DryRunOptions {
  readonly profile?: string;
  readonly tz?: string;
  readonly region?: string;
}

/** Detects a CDR file's layout without importing it: mapping with confidence, sample rows, doubts. */
export async function dryRunCdr(path: string, opts: DryRunOptions): Promise<CdrDryRunReport> {
  const input: ImportInput = {
    path,
    fileName: basename(path),
    sha256: '',
    bytes: 0,
    tmpDir: '',
    limits: DEFAULT_LIMITS,
    ...(opts.tz === undefined ? {} : { tz: opts.tz }),
    ...(opts.region === undefined ? {} : { region: opts.region }),
  };
  return cdrDryRun(input, { ...(opts.profile === undefined ? {} : { profile: opts.profile }) });
}

/** The dry-run report as text for a terminal. */
export function formatDryRun(r: CdrDryRunReport): string {
  const out = [
    `${r.file}: ${r.format}`,
    `header on line ${r.headerLine}${r.profile ? ` (profile ${r.profile})` : ' (detected)'}`,
    'mapping:',
  ];
  for (const m of r.mapping)
    out.push(`  ${m.role.padEnd(10)} ← ${JSON.stringify(m.header)}  confidence ${m.confidence.toFixed(2)}`);
  out.push(`time: ${r.time}`);
  if (r.doubts.length > 0) out.push('doubts:', ...r.doubts.map((d) => `  - ${d}`));
  out.push('sample:');
  for (const s of r.sample) out.push(`  line ${s.line}: ${s.result}`);
  out.push(
    `sample rows in ${r.sampleRows} = imported ${r.sampleRows - r.sampleRejected} + rejected ${r.sampleRejected}`,
  );
  out.push(`save as a profile: --save-profile <file.json> writes ${JSON.stringify(r.profileDraft.name)}`);
  return out.join('\n');
}
