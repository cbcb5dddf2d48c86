"""pandas peer for bench:comms: the same analyses as an analyst's notebook would write them over one
DataFrame of the CDR CSV (boolean masks, groupby, merge). Prints JSON {load_s, queries: {id: {ms, rows}}}."""
import json, sys, time

import pandas as pd

d, runs = sys.argv[1], int(sys.argv[2])
spec = json.load(open(f'{d}/queries.json'))
truth = spec['truth']
t0 = time.time()
df = pd.read_csv(f'{d}/cdr.csv', dtype={'caller': str, 'callee': str, 'type': str, 'cell': str, 'imei': str, 'imsi': str})
df['start'] = pd.to_datetime(df['start'], utc=True)
cells = pd.read_csv(f'{d}/cells.csv')
load_s = round(time.time() - t0, 1)


def legs(n):
    """Every event of n, with the other party and direction."""
    out = df[df.caller == n].assign(other=lambda x: x.callee, dir='out')
    inc = df[df.callee == n].assign(other=lambda x: x.caller, dir='in', cell=None, imei=None, imsi=None)
    return pd.concat([out, inc])


def profile(q):
    l = legs(q['subject'])
    by = l.groupby(['type', 'dir']).size()
    days = l.start.dt.tz_convert('Europe/Rome').dt.date.value_counts().head(5)
    s = l.start.sort_values()
    gaps = s.diff()
    silences = gaps[gaps > pd.Timedelta(days=7)]
    return [dict(n=len(l), first=l.start.min(), last=l.start.max(), by=len(by), contacts=l.other.nunique(),
                 imei=l.imei.dropna().unique().tolist(), imsi=l.imsi.dropna().unique().tolist(),
                 cells=l.cell.nunique(), days=len(days), silences=len(silences))]


def top_contacts(q):
    l = legs(q['subject'])
    l = l[l.other.notna() & (l.other != q['subject'])]
    if q.get('from'):
        l = l[(l.start >= q['from']) & (l.start < q['to'])]
    if q.get('kinds'):
        l = l[l.type.isin(q['kinds'])]
    g = l.groupby('other').agg(n=('start', 'size'), dur=('duration', 'sum'), first=('start', 'min'), last=('start', 'max'),
                               n_out=('dir', lambda x: (x == 'out').sum()))
    return g.sort_values(['n', 'dur'], ascending=False).head(50)


def common_contacts(q):
    s = q['subjects']
    a = df[df.caller.isin(s)][['caller', 'callee']].rename(columns={'caller': 'subject', 'callee': 'other'})
    b = df[df.callee.isin(s)][['callee', 'caller']].rename(columns={'callee': 'subject', 'caller': 'other'})
    l = pd.concat([a, b])
    l = l[l.other.notna() & ~l.other.isin(s)]
    g = l.groupby('other').agg(subjects=('subject', 'nunique'), n=('subject', 'size'))
    return g[g.subjects >= q['min']].sort_values(['subjects', 'n'], ascending=False).head(50)


def neighbours(ns):
    a = df[df.caller.isin(ns)][['caller', 'callee']].rename(columns={'caller': 'p', 'callee': 'o'})
    b = df[df.callee.isin(ns)][['callee', 'caller']].rename(columns={'callee': 'p', 'caller': 'o'})
    l = pd.concat([a, b]).dropna()
    return l[l.p != l.o].drop_duplicates()


def paths(q):
    a, b = q['subjects']
    na = neighbours([a])
    nb = neighbours([b])
    found = []
    if b in set(na.o):
        found.append((a, b))
    for m in set(na.o) & set(nb.o):
        found.append((a, m, b))
    mid = neighbours(list(set(na.o) - {b}))
    mid = mid[mid.o.isin(set(nb.o) - {a}) & (mid.p != mid.o)]
    found += [(a, x, y, b) for x, y in zip(mid.p, mid.o) if x != b and y != a]
    return found


def tower_intersect(q):
    seen = []
    for i, s in enumerate(q['scenes']):
        m = df[df.cell.isin(s['cells']) & (df.start >= s['from']) & (df.start <= s['to'])]
        seen.append(m[['caller']].assign(scene=i))
    g = pd.concat(seen).groupby('caller').scene.nunique()
    return g[g >= q['minScenes']].sort_values(ascending=False)


def colocation(q):
    o = df[df.caller.isin(q['subjects']) & df.cell.notna()][['caller', 'cell', 'start']]
    m = o.merge(o, on='cell')
    m = m[(m.caller_x < m.caller_y) & ((m.start_x - m.start_y).abs() <= pd.Timedelta(minutes=q['gapMinutes']))]
    return m.groupby(['caller_x', 'caller_y']).size()


def handsets(q):
    u = df[['caller', 'imei', 'imsi']]
    shared = u.groupby('imei').caller.nunique()
    multi_sim = u.groupby('imei').imsi.nunique()
    swaps = u.groupby('caller').imsi.nunique()
    changes = u.groupby('caller').imei.nunique()
    return list(shared[shared > 1].index) + list(multi_sim[multi_sim > 1].index) + list(swaps[swaps > 1].index) + list(changes[changes > 1].index)


def successors(q):
    s = q['subject']
    mine = set(neighbours([s]).o)
    first = pd.concat([df[['caller', 'start']].rename(columns={'caller': 'p'}),
                       df[['callee', 'start']].rename(columns={'callee': 'p'})]).groupby('p').start.min()
    last = legs(s).start.max()
    cand = first[(first >= last - pd.Timedelta(days=3)) & (first <= last + pd.Timedelta(days=30))].index
    nb = neighbours(list(cand))
    out = []
    for p, g in nb.groupby('p'):
        theirs = set(g.o)
        shared = len(mine & theirs)
        if shared >= 2 and p != s:
            out.append((p, shared / len(mine | theirs)))
    return sorted(out, key=lambda x: -x[1])[:50]


def activity(q):
    l = legs(q['subject'])
    lt = l.start.dt.tz_convert(q['zone'])
    return l.groupby([lt.dt.weekday, lt.dt.hour]).size().unstack(fill_value=0)


def trail(q):
    l = df[(df.caller == q['subject']) & df.cell.notna()].sort_values('start')
    stop = (l.cell != l.cell.shift()).cumsum().rename('stop')
    stops = l.groupby(stop).agg(cell=('cell', 'first'), frm=('start', 'min'), to=('start', 'max'), n=('start', 'size'))
    stops = stops.merge(cells, left_on='cell', right_on='key', how='left')
    lt = l.start.dt.tz_convert(q['zone']).dt.hour
    night = (lt >= 22) | (lt < 6)
    dwell = l.groupby([l.cell, night]).size().sort_values(ascending=False)
    return [stops, dwell]


FN = {'profile': profile, 'top-contacts': top_contacts, 'common-contacts': common_contacts, 'paths': paths,
      'tower-intersect': tower_intersect, 'colocation': colocation, 'handsets': handsets, 'successors': successors,
      'activity': activity, 'trail': trail}
result = {}
for q in spec['queries']:
    r = q['request']
    if q['id'] in ('relay', 'colocation-radius'):
        continue
    fn = FN[r['kind']]
    # The same timing as Skein and PostgreSQL (scripts/bench-timing.ts): one warm-up and up to 3 within 1 s,
    # then at least `runs` timed calls and more until 1 s is spent (at most 200), and the median.
    t0 = time.perf_counter()
    out = fn(r)
    for _ in range(2):
        if time.perf_counter() - t0 >= 1:
            break
        out = fn(r)
    times = []
    while len(times) < runs or (sum(times) < 1000 and len(times) < 200):
        t = time.perf_counter()
        out = fn(r)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    result[q['id']] = {'ms': times[len(times) // 2], 'rows': len(out)}
    print(f"pandas {q['id']}: {times[len(times) // 2]:.1f} ms", file=sys.stderr)
print(json.dumps({'load_s': load_s, 'queries': result}))
