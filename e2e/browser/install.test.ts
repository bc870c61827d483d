import { describe, expect, it } from 'vitest';
import { fakeSystem } from './fakeSystem';
import { type CommandRunner, ensureChromium } from './install';

const OWN = '/home/u/.cache/ms-playwright/chromium-1248/chrome-linux64/chrome';
const DEBIAN = 'ID=debian\n';

/** A runner that records each command and, for the given ones, "installs" a file into the fake machine. */
function recorder(files: Set<string>, effects: Record<string, { ok: boolean; adds?: string }>) {
  const calls: string[] = [];
  const run: CommandRunner = (command, args) => {
    const line = [command, ...args].join(' ');
    calls.push(line);
    const effect = effects[line] ?? { ok: false };
    if (effect.adds) files.add(effect.adds);
    return effect.ok;
  };
  return { calls, run };
}

const options = (system: ReturnType<typeof fakeSystem>, run: CommandRunner, log: string[]) => ({
  system,
  run,
  log: (line: string) => log.push(line),
  playwrightCli: '/p/cli.js',
  node: 'node',
});

describe('ensureChromium', () => {
  it('installs nothing when a browser is already there', () => {
    const system = fakeSystem({ files: ['/usr/bin/chromium'] });
    const { calls, run } = recorder(system.files, {});
    const log: string[] = [];
    expect(ensureChromium(options(system, run, log))).toEqual({ ok: true, browser: { executablePath: '/usr/bin/chromium', source: 'system' } });
    expect(calls).toEqual([]);
    expect(log).toEqual([]);
  });

  it("uses Playwright's download where it works, and stops there", () => {
    const system = fakeSystem({ osRelease: DEBIAN, root: true, path: { 'apt-get': '/usr/bin/apt-get' }, files: ['/usr/bin/apt-get'] });
    const { calls, run } = recorder(system.files, { 'node /p/cli.js install chromium': { ok: true, adds: OWN } });
    const log: string[] = [];
    expect(ensureChromium(options(system, run, log))).toMatchObject({ ok: true, installedBy: 'playwright', browser: { source: "Playwright's Chromium" } });
    expect(calls).toEqual(['node /p/cli.js install chromium']);
    expect(log).toEqual(["No Chromium found for the end-to-end tests: installing Playwright's own Chromium (playwright install chromium)."]);
  });

  it("falls back to apt-get as root on Debian when Playwright's download fails", () => {
    const system = fakeSystem({ osRelease: DEBIAN, root: true, path: { 'apt-get': '/usr/bin/apt-get' }, files: ['/usr/bin/apt-get'] });
    const { calls, run } = recorder(system.files, {
      'apt-get update -qq': { ok: true },
      'apt-get install -y -qq chromium': { ok: true, adds: '/usr/bin/chromium' },
    });
    const log: string[] = [];
    expect(ensureChromium(options(system, run, log))).toEqual({
      ok: true,
      installedBy: 'apt',
      browser: { executablePath: '/usr/bin/chromium', source: 'system' },
    });
    expect(calls).toEqual(['node /p/cli.js install chromium', 'apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(log[1]).toBe("Playwright's own Chromium (playwright install chromium): did not work.");
  });

  it('does not install the package when apt-get update fails', () => {
    const system = fakeSystem({ osRelease: DEBIAN, root: true, path: { 'apt-get': '/usr/bin/apt-get' }, files: ['/usr/bin/apt-get'] });
    const { calls, run } = recorder(system.files, {});
    expect(ensureChromium(options(system, run, []))).toMatchObject({ ok: false });
    expect(calls).toEqual(['node /p/cli.js install chromium', 'apt-get update -qq']);
  });

  it('ends with the one sentence when nothing works, having tried only what can work here', () => {
    const system = fakeSystem({ osRelease: DEBIAN, root: false });
    const { calls, run } = recorder(system.files, {});
    const result = ensureChromium(options(system, run, []));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^No Chromium for the end-to-end tests, and Playwright's download failed and apt-get needs root: /) });
    expect(calls).toEqual(['node /p/cli.js install chromium']);
  });

  it('says when an install reported success but left no browser where the tests look', () => {
    const system = fakeSystem({ osRelease: 'ID=fedora\n' });
    const { run } = recorder(system.files, { 'node /p/cli.js install chromium': { ok: true } });
    const log: string[] = [];
    expect(ensureChromium(options(system, run, log)).ok).toBe(false);
    expect(log[1]).toBe("Playwright's own Chromium (playwright install chromium): installed, but still no Chromium where the tests look.");
  });

  it('never installs over a wrong FLOWBENCH_CHROMIUM: the user is told to fix it', () => {
    const system = fakeSystem({ env: { FLOWBENCH_CHROMIUM: '/typo/chrome' } });
    const { calls, run } = recorder(system.files, {});
    expect(ensureChromium(options(system, run, []))).toEqual({ ok: false, message: expect.stringContaining('FLOWBENCH_CHROMIUM is set to /typo/chrome') });
    expect(calls).toEqual([]);
  });
});
