/**
 * Makes sure a Chromium exists before the end-to-end tests start: finds one
 * (chromium.ts) or installs one, trying each method of the install plan in
 * turn and looking again after each. `npm test` runs it through
 * scripts/ensure-browser.mjs; the decisions are unit-tested with a fake
 * machine (install.test.ts).
 */
import { type BrowserSystem, type FoundBrowser, type InstallMethod, findChromium, installPlan, nothingWorkedMessage } from './chromium';

/** Runs one command with inherited output; true when it exited with 0. */
export type CommandRunner = (command: string, args: readonly string[], env: Record<string, string> | undefined) => boolean;

export type EnsureResult = { ok: true; browser: FoundBrowser; installedBy?: InstallMethod['id'] } | { ok: false; message: string };

export interface EnsureOptions {
  system: BrowserSystem;
  run: CommandRunner;
  /** Progress lines for the person watching `npm test`. */
  log: (line: string) => void;
  playwrightCli: string;
  node: string;
}

/** Finds a Chromium, installing one when none is found. Never throws for a missing browser. */
export function ensureChromium({ system, run, log, playwrightCli, node }: EnsureOptions): EnsureResult {
  const first = findChromium(system);
  if (first.kind === 'found') return { ok: true, browser: first.browser };
  if (first.kind === 'bad-variable') return { ok: false, message: first.message };

  const tried: InstallMethod[] = [];
  for (const method of installPlan(system, playwrightCli, node)) {
    log(`No Chromium found for the end-to-end tests: installing ${method.label}.`);
    tried.push(method);
    const succeeded = method.commands.every(({ command, args, env }) => run(command, args, env));
    const again = findChromium(system);
    if (again.kind === 'found') return { ok: true, browser: again.browser, installedBy: method.id };
    log(succeeded ? `${method.label}: installed, but still no Chromium where the tests look.` : `${method.label}: did not work.`);
  }
  return { ok: false, message: nothingWorkedMessage(system, tried) };
}
