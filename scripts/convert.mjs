// `npm run convert -- --to flow|flowbench <file>`: converts a Flowbench export to
// Shopify Flow's workflow.flow.json (canonical text) or back, printed on stdout;
// problems and warnings go to stderr (src/cli/convert.ts).
// The logic lives in src/cli/convert.ts, loaded through Vite's module
// runner so the TypeScript sources (and the catalog's JSON glob) run as is.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const { module } = await runnerImport(resolve(root, 'src/cli/convert.ts'), { configFile: false, logLevel: 'silent' });
process.exitCode = await module.runConvert(process.argv.slice(2), {
  readFile: (file) => readFile(resolve(cwd, file), 'utf8'),
  fileSize: async (file) => (await stat(resolve(cwd, file))).size,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
