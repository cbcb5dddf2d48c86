/**
 * Child process for the kill test: imports one CDR file into a case, forced, then exits. Says `staged` when
 * the importer has read the whole file, right before the case store merges it into the case.
 */
import { importFile, Workspace } from '../../../intel/index.js';
import { cdrImporter } from '../importer.js';

const [root, caseName, path, profile] = process.argv.slice(2);
const ws = await Workspace.open(root ?? '');
process.stdout.write('started\n');
await importFile(
  ws,
  {
    caseName: caseName ?? '',
    importer: cdrImporter,
    path: path ?? '',
    options: { profile },
    force: true,
    progress: (done, total) => {
      if (done === total) process.stdout.write('staged\n');
    },
  },
  { user: 'child' },
);
process.stdout.write('done\n');
