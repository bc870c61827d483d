// Makes sure the end-to-end tests have a Chromium: finds one, or installs one
// (Playwright's own, else Debian's package through apt-get as root), else
// ends with one sentence saying what to do. `npm run test:e2e` runs it first.
// The logic is TypeScript in e2e/browser/ (unit-tested); Vite's module runner
// loads it, as the benchmarks load their TypeScript.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const load = (path) => runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'silent' }).then((r) => r.module);
const [{ ensureChromium }, system] = await Promise.all([load('../e2e/browser/install.ts'), load('../e2e/browser/system.ts')]);

const result = ensureChromium({
  system: system.realSystem(),
  run: system.runCommand,
  log: (line) => console.log(line),
  playwrightCli: system.playwrightCliPath(),
  node: process.execPath,
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
const where = result.browser.executablePath ?? 'Playwright’s own';
console.log(`Chromium for the end-to-end tests: ${where} (${result.installedBy ? `just installed: ${result.installedBy}` : result.browser.source}).`);
