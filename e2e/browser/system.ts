/**
 * The real machine as chromium.ts sees it: files, the PATH, Playwright's
 * browser registry, the user id and /etc/os-release. The only module of
 * e2e/browser that touches the system.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import type { BrowserSystem } from './chromium';
import type { CommandRunner } from './install';

export function realSystem(env: NodeJS.ProcessEnv = process.env): BrowserSystem {
  return {
    env,
    exists: (path) => existsSync(path),
    which(command) {
      try {
        const path = execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        return path || undefined;
      } catch {
        return undefined; // not on the PATH
      }
    },
    playwrightChromiumPath() {
      try {
        return chromium.executablePath();
      } catch {
        return undefined; // Playwright has no registry entry for Chromium here
      }
    },
    isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
    osRelease() {
      try {
        return readFileSync('/etc/os-release', 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Runs a command with the output shown; false when it could not start or exited with an error. */
export const runCommand: CommandRunner = (command, args, env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return !result.error && result.status === 0;
};

/** Playwright's command-line script (what `npx playwright` runs), found from its package. */
export function playwrightCliPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@playwright/test/cli');
}
