// `npm run simulate -- --export <file> --event <file> [--store <id>]`: runs the
// engine headlessly on an exported workflow and prints the run records as
// JSON. The logic lives in src/cli/simulate.ts, loaded through Vite's module
// runner so the TypeScript sources (and the catalog's JSON glob) run as is.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const cwd = process.env.INIT_CWD ?? process.cwd();
const { module } = await runnerImport(resolve(root, 'src/cli/simulate.ts'), { configFile: false, logLevel: 'silent' });
process.exitCode = await module.runSimulate(process.argv.slice(2), {
  readFile: (file) => readFile(resolve(cwd, file), 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (line) => console.error(line),
});
