// `npm run validate -- <file...>`: checks Flowbench export files headlessly,
// with the same schema and messages as an import in the app, for a
// repository's CI. Prints "<file>: ok" or "<file>: $.path: reason" per
// problem and exits 1 on any problem (2 when no file is named).
// The logic lives in src/cli/validate.ts, loaded through Vite's module
// runner so the TypeScript sources (and the catalog's JSON glob) run as is.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const { module } = await runnerImport(resolve(root, 'src/cli/validate.ts'), { configFile: false, logLevel: 'silent' });
process.exitCode = await module.runValidate(process.argv.slice(2), {
  readFile: (file) => readFile(resolve(cwd, file), 'utf8'),
  fileSize: async (file) => (await stat(resolve(cwd, file))).size,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
