/**
 * Rasterises public/favicon.svg into the PNG icons the web app manifest and
 * iOS need (public/icons/), with the Chromium the e2e tests already use, so no
 * image library is added. Run it after changing the favicon and commit the
 * PNGs: `node scripts/make-icons.mjs`.
 *
 * - icon-192.png, icon-512.png: the favicon as it is (rounded, transparent corners).
 * - maskable-512.png: full-bleed brand colour with the favicon in the middle
 *   60%, inside the maskable safe zone (a centred circle of 80%), so any mask
 *   shape the platform applies keeps the whole glyph.
 * - apple-touch-icon.png (180): opaque, as iOS draws transparency black.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';

const root = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', root), 'utf8');
const BRAND = '#1f6f5c'; // the favicon's background

const icons = [
  { file: 'icon-192.png', size: 192, glyph: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, glyph: 1, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, glyph: 0.6, background: BRAND },
  { file: 'apple-touch-icon.png', size: 180, glyph: 0.8, background: BRAND },
];

// findChromium is TypeScript; Vite's module runner loads it (as bench/lib/servers.mjs does).
const { module } = await runnerImport(fileURLToPath(new URL('../e2e/findChromium.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: module.chromiumExecutable() });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of icons) {
    const glyph = Math.round(icon.size * icon.glyph);
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<!doctype html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.background}">` +
        `<div style="width:${glyph}px;height:${glyph}px">${svg.replace('<svg ', `<svg width="${glyph}" height="${glyph}" `)}</div></body>`,
    );
    await page.screenshot({ path: new URL(`icons/${icon.file}`, root).pathname, omitBackground: icon.background === 'transparent' });
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
