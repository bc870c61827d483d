/**
 * The Chromium that Playwright's config, the crash test, the benchmarks and
 * the icon script launch: found as e2e/browser/chromium.ts says. `npm test`
 * installs one before the tests start (scripts/ensure-browser.mjs), so here
 * a missing browser only happens when Playwright is started by hand: it ends
 * the process with one sentence, not a stack trace.
 */
import { findChromium } from './browser/chromium';
import { realSystem } from './browser/system';

/** The executable to launch; undefined means Playwright's own Chromium. Exits with a sentence when there is none. */
export function chromiumExecutable(): string | undefined {
  const found = findChromium(realSystem());
  if (found.kind === 'found') return found.browser.executablePath;
  console.error(
    found.kind === 'bad-variable'
      ? found.message
      : 'No Chromium for the end-to-end tests: `npm test` installs one (or run `node scripts/ensure-browser.mjs`), or set FLOWBENCH_CHROMIUM to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
