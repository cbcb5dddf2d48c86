#!/usr/bin/env python3
"""Peer for Skein's network analytics: golden values and side-by-side timings with python-igraph and networkx.

Run with Debian's interpreter (where python3-igraph / python3-networkx are installed):
  /usr/bin/python3 bench/peers/network_peer.py golden <data_root> <out_dir>
  /usr/bin/python3 bench/peers/network_peer.py bench <edge_file> <metrics,comma,separated> <nx_metrics>
The bench mode prints one JSON object {"igraph": {metric: seconds}, "networkx": {...}, "cpu": {"igraph": {...},
"networkx": {...}}, "load": {...}}: best wall-clock and best process CPU seconds. Timed: only the metric call. Graph loading and building the undirected (collapsed, weights summed) view are
timed separately as "load" and are not part of any metric time. scripts/bench-network.ts runs it with
OMP_NUM_THREADS=1, so that igraph's PageRank uses one thread as Skein does.
"""
import json
import math
import os
import sys
import time

import igraph as ig
import networkx as nx
# networkx's PageRank imports SciPy on its first call; importing it here keeps that out of the timed call.
import scipy.sparse  # noqa: F401


def clean(values):
    return [None if (v is None or (isinstance(v, float) and math.isnan(v))) else float(v) for v in values]


def read_matrix(path):
    rows = [line.strip() for line in open(path, encoding="utf-8-sig") if line.strip()]
    split = lambda s: [f.strip().strip('"') for f in s.split(",")]
    labels = split(rows[0])[1:]
    edges = []
    for i, row in enumerate(rows[1:]):
        cells = split(row)[1:]
        for j, c in enumerate(cells):
            w = float(c or 0)
            if w > 0 and i != j:
                edges.append((labels[i], labels[j], w))
    return labels, edges


def read_edgelist(path):
    edges = {}
    order = []
    for line in open(path, encoding="utf-8-sig"):
        parts = line.split()
        if len(parts) < 2 or parts[0] == parts[1]:
            continue
        s, t = parts[0], parts[1]
        w = float(parts[2]) if len(parts) > 2 else 1.0
        for v in (s, t):
            if v not in order:
                order.append(v)
        edges[(s, t)] = edges.get((s, t), 0.0) + w
    return order, [(s, t, w) for (s, t), w in edges.items()]


def golden_for(name, source, nodes, edges):
    g = ig.Graph(directed=True)
    g.add_vertices(nodes)
    g.add_edges([(s, t) for s, t, _ in edges])
    g.es["weight"] = [w for _, _, w in edges]
    u = g.as_undirected(mode="collapse", combine_edges="sum")
    inv = [1.0 / w for w in g.es["weight"]]
    uinv = [1.0 / w for w in u.es["weight"]]
    dg = nx.DiGraph()
    dg.add_nodes_from(nodes)
    dg.add_weighted_edges_from(edges)
    ug = nx.Graph()
    ug.add_nodes_from(nodes)
    ug.add_edges_from((s, t) for s, t, _ in edges)
    qs = []
    for seed in range(20):
        import random
        random.seed(seed)
        ig.set_random_number_generator(random)
        qs.append(u.community_multilevel(weights="weight").modularity)
    values = {
        "in_degree": g.degree(mode="in"),
        "out_degree": g.degree(mode="out"),
        "total_degree": u.degree(),
        "strength": g.strength(mode="all", weights="weight"),
        "betweenness_directed": g.betweenness(directed=True),
        "betweenness_directed_weighted": g.betweenness(directed=True, weights=inv),
        "betweenness_undirected": u.betweenness(),
        "betweenness_undirected_weighted": u.betweenness(weights=uinv),
        "closeness_out": g.closeness(mode="out"),
        "closeness_in": g.closeness(mode="in"),
        "closeness_all_weighted": u.closeness(weights=uinv),
        "harmonic_all": u.harmonic_centrality(),
        "harmonic_out_weighted": g.harmonic_centrality(mode="out", weights=inv),
        "pagerank": g.pagerank(),
        "pagerank_weighted": g.pagerank(weights="weight"),
        "pagerank_undirected_weighted": u.pagerank(weights="weight"),
        "eigenvector_undirected": u.eigenvector_centrality(),
        "eigenvector_undirected_weighted": u.eigenvector_centrality(weights="weight"),
        "coreness": u.coreness(),
        "constraint": g.constraint(),
        "constraint_weighted": g.constraint(weights="weight"),
        "effective_size_weighted_nx": [nx.effective_size(dg, weight="weight").get(v) for v in nodes],
        "effective_size_undirected_nx": [nx.effective_size(ug).get(v) for v in nodes],
    }
    return {
        "network": name,
        "source": source,
        "generatedBy": f"bench/peers/network_peer.py golden; python-igraph {ig.__version__}, networkx {nx.__version__}",
        "directed": True,
        "nodes": nodes,
        "edges": [[s, t, w] for s, t, w in edges],
        "values": {k: clean(v) for k, v in values.items()},
        "louvainModularity": {"min": min(qs), "max": max(qs), "runs": len(qs)},
    }


def golden(root, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    nodes, edges = read_matrix(os.path.join(root, "caviar/phase6.csv"))
    doc = golden_for("caviar-phase6", "caviar/phase6.csv", nodes, edges)
    json.dump(doc, open(os.path.join(out_dir, "caviar-phase6.json"), "w"), indent=1)
    nodes, edges = read_edgelist(os.path.join(root, "montagna_sicilian_mafia/Montagna_phonecalls_edgelist.csv"))
    doc = golden_for("montagna-phone", "montagna_sicilian_mafia/Montagna_phonecalls_edgelist.csv", nodes, edges)
    json.dump(doc, open(os.path.join(out_dir, "montagna-phone.json"), "w"), indent=1)


def timed(fn, budget=0.2, max_runs=1000, min_runs=3, long_run=1.0):
    """Best wall-clock and best CPU time of up to `max_runs` runs, stopping once `budget` seconds are spent (one run
    for slow metrics, as many as timeit would for microsecond ones) and at least `min_runs` have run, unless a run
    took `long_run` seconds or more; the Skein side does the same. CPU time is kept because a single long run on a shared machine cannot dodge other load."""
    best = float("inf")
    best_cpu = float("inf")
    spent = 0.0
    for i in range(max_runs):
        c0 = time.process_time()
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        best_cpu = min(best_cpu, time.process_time() - c0)
        best = min(best, dt)
        spent += dt
        if spent >= budget and (i + 1 >= min_runs or dt >= long_run):
            break
    return best, best_cpu


def bench(path, metrics, nx_metrics):
    import pandas as pd

    load = {}
    t0 = time.perf_counter()
    df = pd.read_csv(path, sep="\t", header=None, names=["s", "t", "w"], dtype={"s": str, "t": str})
    g = ig.Graph.DataFrame(df, directed=True, use_vids=False)
    load["igraph"] = time.perf_counter() - t0
    u = g.as_undirected(mode="collapse", combine_edges="sum")
    t0 = time.perf_counter()
    dg = nx.from_pandas_edgelist(df, "s", "t", edge_attr="w", create_using=nx.DiGraph)
    load["networkx"] = time.perf_counter() - t0
    ug = nx.Graph(dg) if nx_metrics else None
    ig_fns = {
        "degree": lambda: (g.degree(mode="in"), g.degree(mode="out"), u.degree(), g.strength(weights="w")),
        "pagerank": lambda: g.pagerank(weights="w"),
        "kcore": lambda: u.coreness(),
        "louvain": lambda: u.community_multilevel(weights="w"),
        "betweenness": lambda: g.betweenness(directed=True),
        "closeness": lambda: g.closeness(mode="out"),
    }
    nx_fns = {
        "degree": lambda: (dict(dg.in_degree()), dict(dg.out_degree()), dict(ug.degree()), dict(dg.degree(weight="w"))),
        "pagerank": lambda: nx.pagerank(dg, weight="w"),
        "kcore": lambda: nx.core_number(ug),
        "louvain": lambda: nx.community.louvain_communities(ug, weight="w", seed=1),
        "betweenness": lambda: nx.betweenness_centrality(dg, normalized=False),
        "closeness": lambda: nx.closeness_centrality(dg.reverse(copy=False)),
    }
    out = {"igraph": {}, "networkx": {}, "cpu": {"igraph": {}, "networkx": {}}, "load": load}
    for m in metrics:
        out["igraph"][m], out["cpu"]["igraph"][m] = timed(ig_fns[m])
    for m in nx_metrics:
        out["networkx"][m], out["cpu"]["networkx"][m] = timed(nx_fns[m])
    print(json.dumps(out))


if __name__ == "__main__":
    if sys.argv[1] == "golden":
        golden(sys.argv[2], sys.argv[3])
    else:
        split = lambda s: [m for m in s.split(",") if m]
        bench(sys.argv[2], split(sys.argv[3]), split(sys.argv[4]) if len(sys.argv) > 4 else [])
