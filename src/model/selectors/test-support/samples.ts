import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Shared sample corpora live beside the checkout; tests run with cwd = the repo root.
const REAL_DATA = resolve(process.cwd(), '../shared/data/real');

export interface IdentifierSample {
  readonly type: string;
  readonly value: string;
  readonly expected: string;
}

/** Rows of python-stdnum's doctest values (see that folder's SOURCE.md). */
export function identifierSamples(type: string): IdentifierSample[] {
  const text = readFileSync(resolve(REAL_DATA, 'identifier_samples_stdnum/identifier_samples.csv'), 'utf8');
  return text
    .trim()
    .split(/\r?\n/u)
    .slice(1)
    .map((line) => {
      const first = line.indexOf(',');
      const second = line.indexOf(',', first + 1);
      return {
        type: line.slice(0, first),
        value: line.slice(first + 1, second),
        expected: line.slice(second + 1),
      };
    })
    .filter((row) => row.type === type);
}

export interface MrzSample {
  readonly source_test_file: string;
  readonly test_name: string;
  readonly mrz_lines: readonly string[];
  readonly expected_format: string | null;
  readonly expected_valid: boolean | null;
}

/** MRZ specimens from cheminfo/mrz's test suite (see that folder's SOURCE.md). */
export function mrzSamples(): MrzSample[] {
  const text = readFileSync(resolve(REAL_DATA, 'mrz_samples/mrz_samples.jsonl'), 'utf8');
  return text
    .trim()
    .split(/\r?\n/u)
    .map((line) => JSON.parse(line) as MrzSample);
}
