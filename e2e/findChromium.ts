/**
 * Finds a Chromium for Playwright, in this order:
 * 1. the path in FLOWBENCH_CHROMIUM (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH);
 * 2. Playwright's own Chromium, when `npx playwright install chromium` has fetched it;
 * 3. a system Chromium or Chrome: /usr/bin/chromium, then `chromium`, `chromium-browser`,
 *    `google-chrome`, `google-chrome-stable` on the PATH.
 * Returns undefined for case 2 (Playwright then uses its own browser) and throws one
 * clear sentence when nothing is found, so no test silently skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'elsewhere: `npx playwright install chromium`) or set FLOWBENCH_CHROMIUM to the path of a Chromium or Chrome binary.';

export interface FoundBrowser {
  /** Undefined means "Playwright's own installed Chromium". */
  executablePath: string | undefined;
  source: string;
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const explicit = env.FLOWBENCH_CHROMIUM ?? env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (explicit) {
    if (!existsSync(explicit)) {
      throw new Error(`FLOWBENCH_CHROMIUM points to ${explicit}, which does not exist. ${NO_BROWSER_MESSAGE}`);
    }
    return { executablePath: explicit, source: 'environment variable' };
  }
  try {
    if (existsSync(chromium.executablePath())) return { executablePath: undefined, source: "Playwright's Chromium" };
  } catch {
    // Playwright has no browser registry entry here: fall through to the system.
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: 'system' };
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return { executablePath: path, source: 'system' };
    } catch {
      // not on the PATH
    }
  }
  throw new Error(NO_BROWSER_MESSAGE);
}
