import { describe, expect, it } from 'vitest';
import { findChromium, installPlan, isDebianLike, nothingWorkedMessage } from './chromium';
import { fakeSystem } from './fakeSystem';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

describe('findChromium: which candidate wins', () => {
  const own = '/home/u/.cache/ms-playwright/chromium-1248/chrome-linux64/chrome';

  it('takes the path the user set above everything else', () => {
    const system = fakeSystem({ env: { FLOWBENCH_CHROMIUM: '/opt/chrome' }, files: ['/opt/chrome', own, '/usr/bin/chromium'] });
    expect(findChromium(system)).toEqual({ kind: 'found', browser: { executablePath: '/opt/chrome', source: 'environment variable' } });
  });

  it("refuses a variable that points nowhere instead of quietly using another browser, naming the variable and path", () => {
    const system = fakeSystem({ env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/nope/chrome' }, files: ['/usr/bin/chromium'] });
    const result = findChromium(system);
    expect(result.kind).toBe('bad-variable');
    expect(result.kind === 'bad-variable' && result.message).toMatch(/^PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH is set to \/nope\/chrome, but there is no file there/);
  });

  it("prefers Playwright's own Chromium to a system one (Playwright then launches it itself)", () => {
    const system = fakeSystem({ files: [own, '/usr/bin/chromium'] });
    expect(findChromium(system)).toEqual({ kind: 'found', browser: { executablePath: undefined, source: "Playwright's Chromium" } });
  });

  it('falls back to /usr/bin/chromium, then to Chrome or Chromium on the PATH in order', () => {
    expect(findChromium(fakeSystem({ files: ['/usr/bin/chromium'] }))).toMatchObject({ browser: { executablePath: '/usr/bin/chromium' } });
    const path = { 'chromium-browser': '/snap/bin/chromium-browser', 'google-chrome': '/usr/bin/google-chrome' };
    expect(findChromium(fakeSystem({ path, files: Object.values(path) }))).toMatchObject({ browser: { executablePath: '/snap/bin/chromium-browser', source: 'system' } });
    expect(findChromium(fakeSystem({ path, files: ['/usr/bin/google-chrome'] }))).toMatchObject({ browser: { executablePath: '/usr/bin/google-chrome' } });
  });

  it('finds nothing on a bare machine, also when Playwright has no registry entry', () => {
    expect(findChromium(fakeSystem())).toEqual({ kind: 'none' });
    expect(findChromium(fakeSystem({ playwright: undefined }))).toEqual({ kind: 'none' });
  });
});

describe('installPlan: what is tried when none is found', () => {
  it("tries only Playwright's download on a machine where apt-get can't be used", () => {
    for (const system of [
      fakeSystem({ osRelease: DEBIAN, root: false, path: { 'apt-get': '/usr/bin/apt-get' }, files: ['/usr/bin/apt-get'] }),
      fakeSystem({ osRelease: FEDORA, root: true }),
      fakeSystem({ osRelease: DEBIAN, root: true }), // no apt-get on the PATH
      fakeSystem({ root: true }), // no /etc/os-release (macOS, Windows)
    ]) {
      expect(installPlan(system, '/p/cli.js', '/usr/bin/node').map((m) => m.id)).toEqual(['playwright']);
    }
  });

  it("tries Playwright's download first, then Debian's package as root on Debian or Ubuntu", () => {
    const system = fakeSystem({ osRelease: UBUNTU, root: true, path: { 'apt-get': '/usr/bin/apt-get' }, files: ['/usr/bin/apt-get'] });
    const plan = installPlan(system, '/p/cli.js', '/usr/bin/node');
    expect(plan.map((m) => m.id)).toEqual(['playwright', 'apt']);
    expect(plan[0]!.commands).toEqual([{ command: '/usr/bin/node', args: ['/p/cli.js', 'install', 'chromium'] }]);
    expect(plan[1]!.commands.map((c) => [c.command, ...c.args].join(' '))).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(plan[1]!.commands.every((c) => c.env?.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
  });

  it('recognises Debian-like systems by ID and ID_LIKE', () => {
    expect([DEBIAN, UBUNTU, MINT, FEDORA, undefined].map(isDebianLike)).toEqual([true, true, true, false, false]);
  });
});

describe('nothingWorkedMessage: what is said when nothing works', () => {
  const playwrightOnly = installPlan(fakeSystem(), '/p/cli.js', 'node');

  it('is one sentence naming what failed and the ways out', () => {
    const message = nothingWorkedMessage(fakeSystem({ osRelease: FEDORA }), playwrightOnly);
    expect(message).toBe(
      "No Chromium for the end-to-end tests, and Playwright's download failed: run `npx playwright install chromium` where the network allows it, " +
        'or set FLOWBENCH_CHROMIUM to the path of a Chromium or Chrome binary, then run `npm test` again.',
    );
    expect(message.split('. ')).toHaveLength(1);
  });

  it('on Debian without root, says apt-get needs root and offers it with sudo', () => {
    const message = nothingWorkedMessage(fakeSystem({ osRelease: DEBIAN }), playwrightOnly);
    expect(message).toContain("Playwright's download failed and apt-get needs root");
    expect(message).toContain('or `sudo apt-get install chromium`');
  });

  it('after both methods failed, says so', () => {
    const system = fakeSystem({ osRelease: DEBIAN, root: true, path: { 'apt-get': '/usr/bin/apt-get' }, files: ['/usr/bin/apt-get'] });
    expect(nothingWorkedMessage(system, installPlan(system, '/p/cli.js', 'node'))).toContain("neither Playwright's download nor apt-get could install one");
  });
});
