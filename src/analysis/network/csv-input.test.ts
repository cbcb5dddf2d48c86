import { describe, expect, it } from 'vitest';
import { isSkeinError } from '../../model/index.js';
import { buildGraph, parseAdjacencyMatrix, parseEdgeList } from './index.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return isSkeinError(e) ? e.code : 'NOT_A_SKEIN_ERROR';
  }
  return undefined;
};

describe('edge list and matrix input', () => {
  it('reads comma, tab and space separated edge lists with an optional header', () => {
    expect(parseEdgeList('source,target,weight\na,b,2\nb,c\n', 'x.csv')).toEqual([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'c' },
    ]);
    expect(parseEdgeList('\uFEFF1\t2\t5\n', 'x.tsv')).toEqual([{ source: '1', target: '2', weight: 5 }]);
    expect(parseEdgeList('1 2\n2 3\n', 'x.txt')).toHaveLength(2);
  });

  it('names file and row of a bad edge', () => {
    expect(codeOf(() => parseEdgeList('a,b,1\nc\n', 'bad.csv'))).toBe('NETWORK_BAD_EDGE_FILE');
    expect(codeOf(() => parseEdgeList('a,b,1\nc,d,-3\n', 'bad.csv'))).toBe('NETWORK_BAD_EDGE_FILE');
    expect(codeOf(() => parseEdgeList('', 'empty.csv'))).toBe('NETWORK_BAD_EDGE_FILE');
    try {
      parseEdgeList('a,b,1\nc,d,x1\n', 'bad.csv');
    } catch (e) {
      expect(isSkeinError(e) && e.location).toEqual({ file: 'bad.csv', row: 2, field: 'weight' });
    }
  });

  it('reads a CAVIAR-style matrix, keeping isolates and dropping zeros', () => {
    const m = parseAdjacencyMatrix('"players","1","4","83"\n"1",0,2,1\n"4",0,0,0\n"83",3,0,0\n', 'phase.csv');
    expect(m.nodes).toEqual(['1', '4', '83']);
    expect(m.edges).toEqual([
      { source: '1', target: '4', weight: 2 },
      { source: '1', target: '83', weight: 1 },
      { source: '83', target: '1', weight: 3 },
    ]);
  });

  it('rejects a matrix that is not square or whose labels disagree', () => {
    expect(codeOf(() => parseAdjacencyMatrix(',a,b\na,0,1\n', 'm.csv'))).toBe('NETWORK_BAD_MATRIX_FILE');
    expect(codeOf(() => parseAdjacencyMatrix(',a,b\na,0,1\nc,1,0\n', 'm.csv'))).toBe(
      'NETWORK_BAD_MATRIX_FILE',
    );
    expect(codeOf(() => parseAdjacencyMatrix(',a,b\na,0,1\nb,1\n', 'm.csv'))).toBe('NETWORK_BAD_MATRIX_FILE');
    expect(codeOf(() => parseAdjacencyMatrix(',a,b\na,0,x\nb,1,0\n', 'm.csv'))).toBe(
      'NETWORK_BAD_MATRIX_FILE',
    );
  });

  it('merges parallel ties, drops self-loops and rejects negative weights', () => {
    const g = buildGraph(
      [
        { source: 'a', target: 'b', count: 2 },
        { source: 'a', target: 'b', weight: 3 },
        { source: 'a', target: 'a' },
        { source: 'b', target: 'a', duration: 60 },
      ],
      { directed: true },
    );
    expect(g.edgeCount).toBe(2);
    expect(Array.from(g.out.weights)).toEqual([5, 1]);
    const byDuration = buildGraph([{ source: 'a', target: 'b', duration: 60 }], {
      directed: false,
      weightBy: 'duration',
    });
    expect(byDuration.edgeCount).toBe(1);
    expect(Array.from(byDuration.out.weights)).toEqual([60, 60]);
    expect(codeOf(() => buildGraph([{ source: 'a', target: 'b', weight: -1 }], { directed: false }))).toBe(
      'NETWORK_BAD_WEIGHT',
    );
  });
});
