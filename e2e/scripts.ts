/**
 * What a page loads: the script files it requested, and which of the build's
 * chunks hold a given source (told by the source maps the build writes, so
 * tests follow the bundler's file names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const ASSETS = 'dist/assets';

/** Every script the page requests from now on, by file name (the array fills as it goes). */
export function scriptsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') seen.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
  });
  return seen;
}

/** The build's script files whose source map lists a source matching `source`. */
export function chunksWith(source: RegExp): string[] {
  return readdirSync(ASSETS)
    .filter((file) => file.endsWith('.js.map'))
    .filter((file) => (JSON.parse(readFileSync(`${ASSETS}/${file}`, 'utf8')) as { sources: string[] }).sources.some((s) => source.test(s)))
    .map((file) => file.slice(0, -'.map'.length));
}

/** A route matcher for the script files whose source map lists a source matching `source` (chunks are named by their hash). */
export function scriptsWith(source: RegExp): (url: URL) => boolean {
  const files = chunksWith(source);
  if (files.length === 0) throw new Error(`No built script holds ${source}; run npm run build`);
  return (url) => files.includes(url.pathname.replace(/^.*\//, ''));
}
