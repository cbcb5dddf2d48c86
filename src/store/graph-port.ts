/** What the network analyses read from a case: aggregated ties and what the nodes are. */
export interface GraphFilter {
  readonly eventKinds: readonly string[];
  readonly linkKinds: readonly string[];
  readonly fromMs?: number;
  readonly toMs?: number;
}

/** One directed tie: all events of one kind from source to target, or one link. */
export interface CaseEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly count: number;
  readonly duration: number;
  readonly firstMs: number | null;
  readonly lastMs: number | null;
}

export interface NodeInfo {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  /** Persons linked to this node by `uses` or `owns`. */
  readonly users: readonly string[];
}

export interface GraphQueries {
  caseEdges(filter: GraphFilter): Promise<CaseEdge[]>;
  nodeInfo(ids: readonly string[]): Promise<NodeInfo[]>;
}
