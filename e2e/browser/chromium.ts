/**
 * Which Chromium the end-to-end tests (and the benchmarks and screenshots)
 * drive, and how one is installed when none is found. Pure decisions over a
 * `BrowserSystem` (what exists, who we are, what an install command did), so
 * unit tests can play any machine without touching the real one
 * (chromium.test.ts); the real system is in system.ts.
 *
 * Order of preference:
 * 1. the path in FLOWBENCH_CHROMIUM (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH):
 *    the user chose it, so a wrong path is an error, never silently replaced;
 * 2. Playwright's own Chromium, when `playwright install chromium` fetched it;
 * 3. a system Chromium or Chrome: /usr/bin/chromium, then `chromium`,
 *    `chromium-browser`, `google-chrome`, `google-chrome-stable` on the PATH.
 *
 * When none is found, `npm test` installs one (install.ts): Playwright's own
 * Chromium first (what a user's machine can download), then Debian's
 * `chromium` package through apt-get, when running as root on Debian or
 * Ubuntu (what a CI machine without Playwright's download can reach).
 */

/** What the finder and the installer need to know about the machine. */
export interface BrowserSystem {
  env: Readonly<Record<string, string | undefined>>;
  /** True when a file exists at `path`. */
  exists(path: string): boolean;
  /** The full path of a command on the PATH, if there is one. */
  which(command: string): string | undefined;
  /** Where Playwright's own Chromium is (or would be) installed; undefined when Playwright can't say. */
  playwrightChromiumPath(): string | undefined;
  /** True when running as root (apt-get then needs no sudo). */
  isRoot(): boolean;
  /** The text of /etc/os-release, if the machine has one. */
  osRelease(): string | undefined;
}

export type BrowserSource = 'environment variable' | "Playwright's Chromium" | 'system';

export interface FoundBrowser {
  /** Undefined means "Playwright's own installed Chromium" (Playwright finds it itself). */
  executablePath: string | undefined;
  source: BrowserSource;
}

/** The outcome of looking: a browser, nothing, or a path the user set that is wrong. */
export type FindResult = { kind: 'found'; browser: FoundBrowser } | { kind: 'none' } | { kind: 'bad-variable'; message: string };

const SYSTEM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Looks for a Chromium in the order of this module's header. */
export function findChromium(system: BrowserSystem): FindResult {
  const variable = system.env.FLOWBENCH_CHROMIUM ? 'FLOWBENCH_CHROMIUM' : 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH';
  const explicit = system.env[variable];
  if (explicit) {
    if (!system.exists(explicit)) {
      return {
        kind: 'bad-variable',
        message: `${variable} is set to ${explicit}, but there is no file there: point it at a Chromium or Chrome binary, or unset it to let the tests find or install one.`,
      };
    }
    return { kind: 'found', browser: { executablePath: explicit, source: 'environment variable' } };
  }
  const own = system.playwrightChromiumPath();
  if (own && system.exists(own)) return { kind: 'found', browser: { executablePath: undefined, source: "Playwright's Chromium" } };
  if (system.exists('/usr/bin/chromium')) return { kind: 'found', browser: { executablePath: '/usr/bin/chromium', source: 'system' } };
  for (const command of SYSTEM_COMMANDS) {
    const path = system.which(command);
    if (path) return { kind: 'found', browser: { executablePath: path, source: 'system' } };
  }
  return { kind: 'none' };
}

/** One way of installing a Chromium: commands run one after another, all must succeed. */
export interface InstallMethod {
  id: 'playwright' | 'apt';
  /** For the log: what is being tried. */
  label: string;
  commands: { command: string; args: string[]; env?: Record<string, string> }[];
}

/** True on Debian, Ubuntu and their derivatives (ID or ID_LIKE in /etc/os-release). */
export function isDebianLike(osRelease: string | undefined): boolean {
  if (!osRelease) return false;
  return osRelease.split('\n').some((line) => {
    const match = /^(ID|ID_LIKE)=("?)([^"\n]*)\2\s*$/.exec(line.trim());
    return !!match && match[3]!.split(/\s+/).some((id) => id === 'debian' || id === 'ubuntu');
  });
}

/**
 * What to try, in order, when no Chromium is found. Playwright's download is
 * always tried first; apt-get only as root on a Debian-like system that has it.
 * `playwrightCli` is the path of Playwright's command-line script, run with `node`.
 */
export function installPlan(system: BrowserSystem, playwrightCli: string, node: string): InstallMethod[] {
  const plan: InstallMethod[] = [
    { id: 'playwright', label: "Playwright's own Chromium (playwright install chromium)", commands: [{ command: node, args: [playwrightCli, 'install', 'chromium'] }] },
  ];
  if (system.isRoot() && isDebianLike(system.osRelease()) && system.which('apt-get')) {
    const quiet = { DEBIAN_FRONTEND: 'noninteractive' };
    plan.push({
      id: 'apt',
      label: "Debian's chromium package (apt-get install chromium)",
      commands: [
        { command: 'apt-get', args: ['update', '-qq'], env: quiet },
        { command: 'apt-get', args: ['install', '-y', '-qq', 'chromium'], env: quiet },
      ],
    });
  }
  return plan;
}

/**
 * The one sentence said when no Chromium was found and none could be
 * installed, naming what was tried and what the user can do.
 */
export function nothingWorkedMessage(system: BrowserSystem, tried: readonly InstallMethod[]): string {
  const triedApt = tried.some((m) => m.id === 'apt');
  const why = triedApt
    ? "neither Playwright's download nor apt-get could install one"
    : isDebianLike(system.osRelease())
      ? "Playwright's download failed and apt-get needs root"
      : "Playwright's download failed";
  const debian = isDebianLike(system.osRelease()) ? ' or `sudo apt-get install chromium`' : '';
  return (
    `No Chromium for the end-to-end tests, and ${why}: run \`npx playwright install chromium\`${debian} ` +
    'where the network allows it, or set FLOWBENCH_CHROMIUM to the path of a Chromium or Chrome binary, then run `npm test` again.'
  );
}
