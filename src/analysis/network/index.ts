export { buildGraph, undirectedView } from './graph.js';
export type { Adjacency, BuildGraphOptions, EdgeInput, Graph, NeighbourMode, WeightField } from './graph.js';
export { parseEdgeList } from './edge-list-csv.js';
export { parseAdjacencyMatrix } from './adjacency-matrix-csv.js';
export type { ParsedMatrix } from './adjacency-matrix-csv.js';
export { degrees } from './degree.js';
export type { Degrees } from './degree.js';
export type { PathOptions } from './path-options.js';
export { betweenness } from './betweenness.js';
export type { BetweennessOptions } from './betweenness.js';
export { sampledBetweenness } from './betweenness-sampled.js';
export type { SampledBetweenness, SampledBetweennessOptions } from './betweenness-sampled.js';
export { closeness, harmonicCloseness } from './closeness.js';
export { eigenvectorCentrality } from './eigenvector.js';
export type { EigenvectorOptions } from './eigenvector.js';
export { pagerank } from './pagerank.js';
export type { PageRankOptions } from './pagerank.js';
export { coreness } from './kcore.js';
export { constraint, effectiveSize } from './constraint.js';
export type { BrokerageOptions } from './constraint.js';
export { louvain } from './louvain.js';
export type { Communities, LouvainOptions } from './louvain.js';
export { modularity } from './modularity.js';
export type { ModularityOptions } from './modularity.js';
export { fragmentation } from './fragmentation.js';
export { keyPlayers } from './key-players.js';
export type { KeyPlayerOptions, KeyPlayerSet } from './key-players.js';
export { shortestPath } from './shortest-path.js';
export type { Path } from './shortest-path.js';
export { kShortestPaths } from './k-shortest-paths.js';
export { egoNetwork } from './ego-network.js';
export type { EgoNetwork } from './ego-network.js';
export { rankTrajectories, sliceByTime } from './time-slices.js';
export type {
  NodeTrajectory,
  RankTrajectories,
  TimeSlice,
  TimedEdge,
  TrajectoryOptions,
} from './time-slices.js';
export { rankScores, topNodes } from './ranking.js';
export type { RankedNode } from './ranking.js';
export { metricRows, NETWORK_METRICS } from './metric-rows.js';
export type { MetricRow, MetricRowOptions, NetworkMetric } from './metric-rows.js';
export { caseEgo, caseNetwork, CaseNetworkRequest } from './case-network.js';
export type { CaseNetworkResult } from './case-network.js';
export { runCaseEgo, runCaseNetwork } from './case-service.js';
