/**
 * startup-bundle: gzip bytes of the JavaScript the first page loads (the
 * entry chunk of index.html and every chunk it imports statically, from the
 * build's .vite/manifest.json; lazy chunks are not counted) against the
 * gzip bytes of the dependencies inside those same chunks.
 *
 * The baseline is measured from the chunks themselves: each chunk's source
 * map says which package every generated column came from, so the code of
 * each node_modules package is cut out of the minified chunks and gzipped on
 * its own; the baseline is the sum over packages. That is "the dependencies
 * the first page needs, as this build ships them" (same minifier, same tree
 * shaking), without building a second app. What is left (our own modules,
 * the JSON catalog, bundler glue) is the difference between the two sides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one line of VLQ mappings into segments of up to 5 numbers (relative values). */
function decodeLine(line) {
  const segments = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    const seg = [];
    let value = 0;
    let shift = 0;
    for (const ch of text) {
      const digit = B64.get(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        seg.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(seg);
  }
  return segments;
}

/** The npm package a source path belongs to, or undefined for our own code. */
export function packageOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = source.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Splits a chunk's code by origin: package name → text, plus '' for everything else. */
export function splitByPackage(code, map) {
  const out = new Map();
  const add = (owner, text) => out.set(owner, (out.get(owner) ?? '') + text);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let src = 0;
  lines.forEach((lineText, i) => {
    const segments = decodeLine(mapLines[i] ?? '');
    let col = 0;
    const starts = [];
    for (const seg of segments) {
      col += seg[0];
      if (seg.length >= 4) src += seg[1];
      starts.push({ col, owner: seg.length >= 4 ? (packageOf(map.sources[src] ?? '') ?? '') : '' });
    }
    if (starts.length === 0 || starts[0].col > 0) add('', lineText.slice(0, starts[0]?.col ?? lineText.length));
    starts.forEach((s, k) => add(s.owner, lineText.slice(s.col, starts[k + 1]?.col ?? lineText.length)));
    add('', '\n');
  });
  return out;
}

/** The chunks the first page loads: index.html's entry and its static imports, recursively. */
export function firstLoadChunks(manifest) {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!entry) throw new Error('The build manifest has no index.html entry');
  const files = [];
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return files;
}

/** Measures dist/: { ours, baseline, packages: { name: gzip bytes }, chunks, lazy: gzip bytes of the other chunks }. */
export function startupBundle(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const chunks = firstLoadChunks(manifest);
  let ours = 0;
  const byPackage = new Map();
  for (const file of chunks) {
    const path = join(distDir, file);
    const code = readFileSync(path, 'utf8');
    ours += gzip(code);
    // A chunk without a source map (the bundler's runtime) counts as ours.
    if (!existsSync(`${path}.map`)) continue;
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    for (const [owner, text] of splitByPackage(code, map)) {
      if (owner) byPackage.set(owner, (byPackage.get(owner) ?? '') + text);
    }
  }
  const packages = Object.fromEntries([...byPackage].map(([name, text]) => [name, gzip(text)]).sort((a, b) => b[1] - a[1]));
  const baseline = Object.values(packages).reduce((a, b) => a + b, 0);
  const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const lazy = allJs.filter((f) => !chunks.includes(f)).reduce((sum, f) => sum + gzip(readFileSync(join(distDir, f), 'utf8')), 0);
  return { ours, baseline, packages, chunks, lazy };
}
