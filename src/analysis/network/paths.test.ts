import { describe, expect, it } from 'vitest';
import { isSkeinError } from '../../model/index.js';
import {
  buildGraph,
  egoNetwork,
  kShortestPaths,
  rankTrajectories,
  sampledBetweenness,
  betweenness,
  shortestPath,
  sliceByTime,
} from './index.js';

const line = buildGraph(
  [
    { source: 'a', target: 'b', weight: 1 },
    { source: 'b', target: 'c', weight: 1 },
    { source: 'a', target: 'c', weight: 0.25 },
    { source: 'c', target: 'd', weight: 1 },
  ],
  { directed: true },
);

describe('paths, ego networks and time slices', () => {
  it('finds hop-shortest and weight-shortest paths', () => {
    expect(shortestPath(line, 'a', 'd')).toEqual({ nodes: ['a', 'c', 'd'], length: 2 });
    expect(shortestPath(line, 'a', 'd', { weighted: true })).toEqual({
      nodes: ['a', 'b', 'c', 'd'],
      length: 3,
    });
    expect(shortestPath(line, 'd', 'a')).toBeNull();
    expect(shortestPath(line, 'd', 'a', { mode: 'all' })?.nodes).toEqual(['d', 'c', 'a']);
    expect(kShortestPaths(line, 'a', 'd', 5).map((p) => p.nodes.join(''))).toEqual(['acd', 'abcd']);
  });

  it('names an unknown node by code', () => {
    try {
      shortestPath(line, 'a', 'zz');
      expect.unreachable();
    } catch (e) {
      expect(isSkeinError(e) && e.code).toBe('NETWORK_UNKNOWN_NODE');
    }
  });

  it('collects the ego network within a radius', () => {
    const ego = egoNetwork(line, 'b', 1);
    expect(ego.nodes).toEqual(['b', 'a', 'c']);
    expect(ego.edges).toHaveLength(3);
    expect(egoNetwork(line, 'b', 2, 'out').nodes).toEqual(['b', 'c', 'd']);
  });

  it('follows ranks across slices: the rising broker and the fading one', () => {
    const star = (hub: string) => ['x', 'y', 'z', 'w'].map((leaf) => ({ source: hub, target: leaf }));
    const slices = [
      { label: 't1', edges: [...star('p'), { source: 'p', target: 'q' }] },
      { label: 't2', edges: [...star('p'), ...star('q').slice(0, 2), { source: 'p', target: 'q' }] },
      { label: 't3', edges: [...star('q'), { source: 'p', target: 'q' }] },
    ];
    const t = rankTrajectories(slices, (g) => betweenness(g), { directed: false });
    const byId = new Map(t.nodes.map((n) => [n.id, n]));
    expect(byId.get('p')!.ranks).toEqual([1, 1, 2]);
    expect(byId.get('q')!.ranks[2]).toBe(1);
    expect(byId.get('q')!.trend).toBeGreaterThan(0);
    expect(byId.get('p')!.trend).toBeLessThan(0);
    const timed = sliceByTime(
      [
        { source: 'a', target: 'b', time: 0 },
        { source: 'a', target: 'c', time: 2500 },
      ],
      1000,
    );
    expect(timed.map((s) => s.edges.length)).toEqual([1, 0, 1]);
  });

  it('sampled betweenness stays within four standard errors of the exact value', () => {
    const edges = Array.from({ length: 600 }, (_, i) => ({
      source: `n${(i * 7919) % 200}`,
      target: `n${(i * 104729 + 13) % 200}`,
    }));
    const g = buildGraph(edges, { directed: false });
    const exact = betweenness(g);
    const s = sampledBetweenness(g, { pivots: 60, seed: 5 });
    let outside = 0;
    exact.forEach((x, v) => {
      if (Math.abs(s.estimate[v]! - x) > 4 * s.standardError[v]! + 1e-9) outside++;
    });
    expect(outside).toBeLessThanOrEqual(2);
  });
});
