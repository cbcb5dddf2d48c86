import type { Command } from 'commander';
import { chooseProfile, saveProfile } from '../../ingest/cdr/index.js';
import { importerFor, IMPORTERS } from '../../ingest/index.js';
import { importFile, type ImportResult } from '../../intel/index.js';
import { SkeinError } from '../../model/index.js';
import { cliContext, type GlobalOptions } from '../context.js';
import { printObject } from '../output.js';
import { stderrProgress } from '../progress.js';
import { dryRunCdr, formatDryRun } from './import-cdr.js';

interface ImportFlags {
  case: string;
  region?: string;
  tz?: string;
  owner?: string;
  force?: boolean;
  profile?: string;
  namespace?: string;
  cell?: string[];
  dryRun?: boolean;
  saveProfile?: string;
  from?: string;
  to?: string;
  label?: string;
  dateOrder?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import <kind> <files...>')
    .description(`import files into a case; kinds: ${Object.keys(IMPORTERS).join(', ')}`)
    .requiredOption('--case <name>', 'the case to import into')
    .option('--region <CC>', 'default region for national-format numbers')
    .option('--tz <zone>', 'IANA time zone of local times in the file')
    .option('--owner <selector>', 'the seized phone’s own number, when the extraction does not hold it')
    .option('--force', 'import a file again even though the case already holds it')
    .option('--profile <name|file>', 'layout profile (CDR, tower dump): a saved or shipped name, or a file')
    .option('--namespace <ns>', 'scope of entity refs (entities)')
    .option('--cell <id...>', 'tower dump: the requested cells')
    .option('--from <time>', 'tower dump: start of the requested window (ISO 8601)')
    .option('--to <time>', 'tower dump: end of the requested window (ISO 8601)')
    .option('--label <text>', 'tower dump: scene label')
    .option('--date-order <order>', 'day-month order when a file never settles it (day-first|month-first)')
    .option('--dry-run', 'cdr, towerdump: show the inferred layout, sample rows and doubts; import nothing')
    .option('--save-profile <file>', 'with --dry-run: save the inferred layout as a profile')
    .action(async (kind: string, files: string[], flags: ImportFlags, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const importer = importerFor(kind);
      if (!importer) {
        throw new SkeinError(
          'IMPORT_UNKNOWN_KIND',
          `Unknown import kind ${kind}; known: ${Object.keys(IMPORTERS).join(', ')}.`,
          {
            input: kind,
          },
        );
      }
      const {
        case: caseName,
        region: regionFlag,
        tz: tzFlag,
        owner,
        force,
        dryRun,
        saveProfile,
        cell,
        profile: named,
        ...importerFlags
      } = flags;
      // An explicit flag wins, then the profile (it describes the file), then the case default.
      const chosen =
        named === undefined ? undefined : await chooseProfile(ctx.ws.root, named, { allowPaths: true });
      const tz = tzFlag ?? chosen?.tz;
      const region = regionFlag ?? chosen?.region;
      if (dryRun) {
        const info = await ctx.ws.requireCase(caseName);
        await dryRunAll(
          kind,
          files,
          { profile: chosen?.option, tz: tz ?? info.tz, region: region ?? info.region, saveProfile },
          ctx.json,
        );
        return;
      }
      const importerOptions = {
        ...importerFlags,
        ...(chosen ? { profile: chosen.option } : {}),
        ...(cell ? { cells: cell } : {}),
      };
      const results: ImportResult[] = [];
      for (const path of files) {
        results.push(
          await importFile(
            ctx.ws,
            {
              caseName,
              importer,
              path,
              options: importerOptions,
              ...(region ? { region } : {}),
              ...(tz ? { tz } : {}),
              ...(owner ? { owner } : {}),
              force: force ?? false,
              progress: stderrProgress(path),
            },
            ctx.actor,
          ),
        );
      }
      printObject(
        results.map((r) => ({ status: r.status, ...r.record })),
        ctx.json,
        () => results.map(describe).join('\n'),
      );
    });
}

async function dryRunAll(
  kind: string,
  files: readonly string[],
  o: {
    profile?: string | undefined;
    tz?: string | undefined;
    region?: string | undefined;
    saveProfile?: string | undefined;
  },
  json: boolean,
): Promise<void> {
  if (kind !== 'cdr' && kind !== 'towerdump') {
    throw new SkeinError('IMPORT_NO_DRY_RUN', `--dry-run is for cdr and towerdump files, not ${kind}.`, {
      input: kind,
    });
  }
  const reports: Awaited<ReturnType<typeof dryRunCdr>>[] = [];
  for (const path of files) {
    const report = await dryRunCdr(path, {
      ...(o.profile ? { profile: o.profile } : {}),
      ...(o.tz ? { tz: o.tz } : {}),
      ...(o.region ? { region: o.region } : {}),
    });
    if (o.saveProfile) await saveProfile(report.profileDraft, o.saveProfile);
    reports.push(report);
  }
  printObject(reports, json, () => reports.map(formatDryRun).join('\n\n'));
}

function describe(r: ImportResult): string {
  const rec = r.record;
  if (r.status === 'already-imported') {
    return `${rec.fileName}: already imported as ${rec.id} (sha256 ${rec.sha256.slice(0, 12)}…); --force to import again`;
  }
  const notes = rec.notes.length > 0 ? `\n  notes: ${rec.notes.join('; ')}` : '';
  return `${rec.fileName}: import ${rec.id}: rows in ${rec.rowsIn} = imported ${rec.imported} + rejected ${rec.rejected}${notes}`;
}
