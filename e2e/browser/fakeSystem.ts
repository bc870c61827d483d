/** A pretend machine for the unit tests of chromium.ts and install.ts: nothing real is looked at or run. */
import type { BrowserSystem } from './chromium';

/** A machine made of the given files and commands. */
export function fakeSystem(over: Partial<{ env: Record<string, string>; files: string[]; path: Record<string, string>; root: boolean; osRelease: string; playwright: string | undefined }> = {}): BrowserSystem & { files: Set<string> } {
  const files = new Set(over.files ?? []);
  const path = over.path ?? {};
  return {
    files,
    env: over.env ?? {},
    exists: (p) => files.has(p),
    which: (c) => (path[c] && files.has(path[c]!) ? path[c] : undefined),
    playwrightChromiumPath: () => ('playwright' in over ? over.playwright : '/home/u/.cache/ms-playwright/chromium-1248/chrome-linux64/chrome'),
    isRoot: () => over.root ?? false,
    osRelease: () => over.osRelease,
  };
}
