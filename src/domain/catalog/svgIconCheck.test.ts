// A file of its own: the icon check must not have been loaded by another test of the same module graph.
import { describe, expect, it } from 'vitest';
import acme from '../../../test/fixtures/custom-apps/acme-loyalty.json';
import { builtInCatalog } from './builtIn';
import { checkCustomApp } from './customApps';
import { loadSvgIconCheck, svgIconCheckLoaded } from './svgIconCheck';

const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#0a7"/></svg>';

describe('the custom-app icon check, loaded on demand', () => {
  it('refuses an icon while its checker is not loaded, accepts it once loaded, and leaves apps without an icon alone', async () => {
    expect(svgIconCheckLoaded()).toBe(false);
    const refused = checkCustomApp({ ...structuredClone(acme), icon }, builtInCatalog);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.map((p) => p.path)).toEqual(['$.icon']);
    expect(checkCustomApp(structuredClone(acme), builtInCatalog).ok).toBe(true);

    await loadSvgIconCheck();
    expect(svgIconCheckLoaded()).toBe(true);
    expect(checkCustomApp({ ...structuredClone(acme), icon }, builtInCatalog).ok).toBe(true);
  });
});
