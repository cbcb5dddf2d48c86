import type { Command } from 'commander';
import { runCommsAnalysis, type CommsAnalysisKind, type CommsReport } from '../../analysis/comms/index.js';
import {
  NETWORK_METRICS,
  runCaseEgo,
  runCaseNetwork,
  type NetworkMetric,
} from '../../analysis/network/index.js';
import { SkeinError } from '../../model/index.js';
import { cliContext, type GlobalOptions } from '../context.js';
import { printRows } from '../output.js';

const ANALYSES: readonly CommsAnalysisKind[] = [
  'profile',
  'top-contacts',
  'common-contacts',
  'paths',
  'tower-intersect',
  'colocation',
  'handsets',
  'successors',
  'activity',
  'trail',
];

interface AnalyzeFlags {
  readonly case: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: string;
  readonly zone?: string;
  readonly type?: string;
  readonly min?: string;
  readonly hops?: string;
  readonly relay?: string;
  readonly scene: string[];
  readonly minScenes?: string;
  readonly gap?: string;
  readonly radius?: string;
  readonly within?: string;
  readonly overlap?: string;
  readonly silence?: string;
  readonly night?: string;
  readonly metric?: string;
  readonly persons?: boolean;
  readonly k?: string;
}

/** Network analyses over the whole case graph (src/analysis/network), beside the per-subject ones. */
const NETWORK_ANALYSES = ['centrality', 'communities', 'key-players', 'ego'] as const;
type NetworkAnalysis = (typeof NETWORK_ANALYSES)[number];
const isNetworkAnalysis = (name: string): name is NetworkAnalysis =>
  (NETWORK_ANALYSES as readonly string[]).includes(name);

/** `skein analyze <name> [selectors…] --case <c>`: the communications analyses (src/analysis/comms). */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('communications analytics over a case (consultation, audited)')
    .argument('<name>', [...ANALYSES, ...NETWORK_ANALYSES].join(' | '))
    .argument('[selectors...]', 'subjects: numbers, IMEIs, IMSIs, accounts in any common form')
    .requiredOption('--case <name>', 'the case')
    .option('--from <iso>', 'only events at or after this instant (ISO 8601 with offset)')
    .option('--to <iso>', 'only events before this instant')
    .option('--limit <n>', 'most rows')
    .option('--zone <iana>', 'time zone for local hours and days (default: the case zone, else UTC)')
    .option('--type <kinds>', 'top-contacts: event kinds, comma-separated (call,sms,…)')
    .option('--min <k>', 'top-contacts: minimum events; common-contacts: minimum subjects')
    .option('--hops <k>', 'paths: most ties in a chain; ego: radius', '3')
    .option('--relay <minutes>', 'paths: only time-ordered chains, each step within this many minutes')
    .option('--scene <cells@from..to>', 'tower-intersect: a scene (repeatable)', collect, [])
    .option('--min-scenes <k>', 'tower-intersect: seen at this many scenes at least')
    .option('--gap <minutes>', 'colocation: most minutes between the two sightings', '30')
    .option('--radius <metres>', 'colocation: sites this close count as one place (cell registry)', '0')
    .option(
      '--within <days>',
      'successors: new number first seen at most this many days after the silence',
      '30',
    )
    .option('--overlap <days>', 'successors: …or this many days before it', '3')
    .option('--silence <days>', 'profile: report gaps longer than this', '7')
    .option('--night <from-to>', 'trail: local night hours', '22-6')
    .option('--metric <m>', `centrality: ${NETWORK_METRICS.join(' | ')} (default pagerank)`)
    .option('--persons', 'centrality, communities, key-players: read phones as the persons who use them')
    .option('--k <k>', 'key-players: how many', '5')
    .action(async (name: string, selectors: string[], o: AnalyzeFlags, cmd: Command) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      if (isNetworkAnalysis(name)) {
        const request = {
          ...(o.from ? { from: o.from } : {}),
          ...(o.to ? { to: o.to } : {}),
          projectPersons: o.persons === true,
          top: num(o.limit) ?? 20,
          k: num(o.k) ?? 5,
        };
        const r =
          name === 'ego'
            ? await runCaseEgo(ctx.ws, o.case, selectors[0] ?? '', num(o.hops) ?? 2, request, ctx.actor)
            : await runCaseNetwork(
                ctx.ws,
                o.case,
                {
                  ...request,
                  metric: (name === 'centrality' ? (o.metric ?? 'pagerank') : name) as NetworkMetric,
                },
                ctx.actor,
              );
        if (r.note && !ctx.json) process.stderr.write(`${r.note}\n`);
        printRows(r.rows, ctx.json, '(no nodes)');
        return;
      }
      const report = await runCommsAnalysis(ctx.ws, o.case, buildRequest(name, selectors, o), ctx.actor);
      print(report, ctx.json);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const num = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));

/** The request object for the service; the service's schema checks it, so this only shapes it. */
export function buildRequest(
  name: string,
  selectors: readonly string[],
  o: AnalyzeFlags,
): Record<string, unknown> {
  const window = { from: o.from, to: o.to, limit: num(o.limit) };
  const one = { subject: selectors[0] ?? '' };
  switch (name as CommsAnalysisKind) {
    case 'profile':
      return { kind: name, ...one, ...window, zone: o.zone, silenceDays: num(o.silence) };
    case 'top-contacts':
      return { kind: name, ...one, ...window, kinds: o.type?.split(','), min: num(o.min) };
    case 'common-contacts':
      return { kind: name, subjects: selectors, ...window, min: num(o.min) };
    case 'paths':
      return {
        kind: name,
        subjects: selectors.slice(0, 2),
        ...window,
        hops: num(o.hops),
        relayMinutes: num(o.relay),
      };
    case 'tower-intersect':
      return {
        kind: name,
        scenes: o.scene.map(parseScene),
        minScenes: num(o.minScenes),
        limit: num(o.limit),
      };
    case 'colocation':
      return { kind: name, subjects: selectors, ...window, gapMinutes: num(o.gap), radiusM: num(o.radius) };
    case 'handsets':
      return { kind: name, selectors, limit: num(o.limit) };
    case 'successors':
      return {
        kind: name,
        ...one,
        limit: num(o.limit),
        withinDays: num(o.within),
        overlapDays: num(o.overlap),
      };
    case 'activity':
      return { kind: name, ...one, from: o.from, to: o.to, zone: o.zone };
    case 'trail': {
      const [nightFrom, nightTo] = (o.night ?? '22-6').split('-').map(Number);
      return { kind: name, ...one, ...window, zone: o.zone, nightFrom, nightTo };
    }
    default:
      throw new SkeinError(
        'COMMS_UNKNOWN_ANALYSIS',
        `Unknown analysis "${name}"; one of ${ANALYSES.join(', ')}.`,
        {
          input: name,
        },
      );
  }
}

/** `cell,cell@from..to` → a scene; the label is the text as given. */
function parseScene(spec: string): Record<string, unknown> {
  const m = /^([^@]*)@(.+)\.\.(.+)$/u.exec(spec.trim());
  if (!m) {
    throw new SkeinError('COMMS_BAD_SCENE', `A scene is <cell,cell…>@<from>..<to>, not "${spec}".`, {
      input: spec,
    });
  }
  return { label: spec, cells: (m[1] ?? '').split(','), from: m[2], to: m[3] };
}

function print(r: CommsReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(r.result.rows, null, 2)}\n`);
    return;
  }
  const head = [
    `${r.kind} in case ${r.caseName}`,
    r.zone ? `zone ${r.zone}` : '',
    ...r.subjects.map((s) => s.key ?? s.id),
  ];
  process.stdout.write(`${head.filter(Boolean).join(' · ')}\n`);
  printRows(r.result.rows as Record<string, unknown>[], false, r.result.note ?? '(none)');
  if (r.result.rows.length > 0 && r.result.note) process.stdout.write(`note: ${r.result.note}\n`);
}
