/**
 * npm run bench:extraction [-- --mb 1024]: imports a generated UFED report.xml of the given size and
 * prints throughput and peak memory. The bar: 1 GB in bounded memory, peak under 1 GB.
 */
import { cpus, totalmem } from 'node:os';
import { benchExtraction } from '../src/ingest/ufed/index.js';

const mbArg = process.argv.indexOf('--mb');
const mb = mbArg >= 0 ? Number(process.argv[mbArg + 1]) : 1024;
const r = await benchExtraction({ bytes: mb * 1024 ** 2 });
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
console.log(`| report.xml | elements in | time | throughput | peak RSS |`);
console.log(`|---|---|---|---|---|`);
console.log(
  `| ${(r.bytes / 1024 ** 2).toFixed(0)} MiB | ${r.rowsIn} | ${r.seconds.toFixed(1)} s | ${r.mbPerSec.toFixed(2)} MB/s | ${r.peakRssMb.toFixed(0)} MB |`,
);
console.log(`\n${machine}; ${new Date().toISOString().slice(0, 10)}`);
