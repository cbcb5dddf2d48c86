"""pandas peer for bench-import: read_csv + the normalisation Skein does (numbers to E.164, local time to
UTC with DST handling, durations, direction/type, cell keys, event ids as sha256). Prints JSON."""
import hashlib, json, resource, sys, time

import pandas as pd

path, layout = sys.argv[1], sys.argv[2]
t0 = time.time()
if layout == 'en-csv':
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    ts = df['Date'] + ' ' + df['Time']
    fmt, zone = '%d/%m/%Y %H:%M:%S', 'Europe/Paris'
    target, other, typ, dur, cell = df['Target No'], df['B Party No'], df['Call Type'], df['Dur(s)'], df['First CGI']
elif layout == 'fr-sens':
    df = pd.read_csv(path, dtype=str, keep_default_na=False, sep=';', encoding='utf-8-sig')
    ts = df['Date'] + ' ' + df['Heure']
    fmt, zone = '%d/%m/%Y %H:%M:%S', 'Europe/Paris'
    target, other, typ, cell = df['Numéro cible'], df['Correspondant'], df['Sens'] + ' ' + df['Type'], df['Cellule']
    hms = df['Durée'].str.split(':', expand=True).astype(int)
    dur = (hms[0] * 3600 + hms[1] * 60 + hms[2]).astype(str)
else:
    raise SystemExit(f'unknown layout {layout}')


def e164(s):
    s = s.str.strip().str.replace(r'[\s.\-()]', '', regex=True)
    s = s.where(~s.str.startswith('00'), '+' + s.str[2:])
    return s.where(s.str.startswith('+') | (s == ''), '+33' + s.str.lstrip('0'))


a, b = e164(target), e164(other)
local = pd.to_datetime(ts, format=fmt, errors='coerce')
utc = local.dt.tz_localize(zone, ambiguous='NaT', nonexistent='NaT').dt.tz_convert('UTC')
t_ms = (utc.astype('int64') // 1_000_000)
secs = pd.to_numeric(dur, errors='coerce')
low = typ.str.lower()
direction = low.map(lambda x: 'mo' if any(k in x for k in ('out', 'sortant', 'smo')) else 'mt')
kind = low.map(lambda x: 'sms' if ('sms' in x or x in ('smo', 'smt')) else 'data' if ('data' in x or 'donn' in x) else 'call')
parts = cell.str.split(r'[-\s/]', regex=True, expand=True)
cell_key = parts[0] + '-' + parts[1].astype('Int64', errors='ignore').astype(str) + '-' + parts[2] + '-' + parts[3]
frm = a.where(direction == 'mo', b)
to = b.where(direction == 'mo', a)
key = kind + '\x1f' + frm + '\x1f' + to + '\x1f' + t_ms.astype(str) + '\x1f' + secs.astype(str)
ids = ['evt_' + hashlib.sha256(k.encode()).hexdigest()[:24] for k in key]
out = pd.DataFrame({'id': ids, 'kind': kind, 'a': frm, 'b': to, 't_ms': t_ms, 'dur': secs, 'cell': cell_key})
bad = int(out['t_ms'].isna().sum())
elapsed = time.time() - t0
print(json.dumps({'rows': len(out), 'bad': bad, 'seconds': elapsed,
                  'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
