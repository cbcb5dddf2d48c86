import type { EdgeInput } from '../graph.js';
import type { TimeSlice } from '../time-slices.js';

/** A real criminal network from ../shared/data/real with the people its source names as organisers. */
export interface NamedNetwork {
  readonly name: string;
  /** What the ties are: wiretapped calls, co-offending, meetings… */
  readonly ties: string;
  readonly directed: boolean;
  readonly nodes: readonly string[];
  readonly edges: readonly EdgeInput[];
  /** Node id → role, for the organisers / key roles the source names. */
  readonly keyRoles: ReadonlyMap<string, string>;
  readonly slices?: readonly TimeSlice[];
}
