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

/**
 * Splits a chunk's code by origin: `ownerOf(source path)` → text, '' for
 * generated code no source claims (bundler glue). Each mapping segment owns
 * the text up to the next segment, across line ends: a string that spans
 * lines (zod's code-generation templates, React's multi-line messages) has
 * mappings only where it starts, and its following lines belong to it.
 * `{ acrossLines: false }` is the former rule (a segment's text ended at its
 * line's end; the start of a line before its first segment, and every line
 * without one, counted as unmapped, that is as ours): kept to show the
 * figures measured with it (docs/benchmarks.md, "Startup bundle, sixth pass").
 */
export function splitBySource(code, map, ownerOf, { acrossLines = true } = {}) {
  const out = new Map();
  const add = (owner, text) => out.set(owner, (out.get(owner) ?? '') + text);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let src = 0;
  let carried = '';
  lines.forEach((lineText, i) => {
    const segments = decodeLine(mapLines[i] ?? '');
    let col = 0;
    const starts = [];
    for (const seg of segments) {
      col += seg[0];
      if (seg.length >= 4) src += seg[1];
      starts.push({ col, owner: seg.length >= 4 ? (ownerOf(map.sources[src] ?? '') ?? '') : '' });
    }
    const lead = acrossLines ? carried : '';
    if (starts.length === 0 || starts[0].col > 0) add(lead, lineText.slice(0, starts[0]?.col ?? lineText.length));
    starts.forEach((s, k) => add(s.owner, lineText.slice(s.col, starts[k + 1]?.col ?? lineText.length)));
    if (starts.length > 0) carried = starts[starts.length - 1].owner;
    add(acrossLines ? carried : '', '\n');
  });
  return out;
}

/** Splits a chunk's code by origin: package name → text, plus '' for everything else. */
export function splitByPackage(code, map, options) {
  return splitBySource(code, map, packageOf, options);
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

/**
 * Measures dist/: { ours, baseline, packages: { name: gzip bytes }, chunks, lazy: gzip bytes of the other chunks,
 * baselineByLine: the baseline by the former attribution (splitBySource's `acrossLines: false`), for comparison }.
 */
export function startupBundle(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const chunks = firstLoadChunks(manifest);
  let ours = 0;
  const byPackage = new Map();
  const byPackageByLine = new Map();
  for (const file of chunks) {
    const path = join(distDir, file);
    const code = readFileSync(path, 'utf8');
    ours += gzip(code);
    // A chunk without a source map (the bundler's runtime) counts as ours.
    if (!existsSync(`${path}.map`)) continue;
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    for (const [into, acrossLines] of [[byPackage, true], [byPackageByLine, false]]) {
      for (const [owner, text] of splitByPackage(code, map, { acrossLines })) {
        if (owner) into.set(owner, (into.get(owner) ?? '') + text);
      }
    }
  }
  const packages = Object.fromEntries([...byPackage].map(([name, text]) => [name, gzip(text)]).sort((a, b) => b[1] - a[1]));
  const baseline = Object.values(packages).reduce((a, b) => a + b, 0);
  const baselineByLine = [...byPackageByLine.values()].reduce((a, text) => a + gzip(text), 0);
  const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const lazy = allJs.filter((f) => !chunks.includes(f)).reduce((sum, f) => sum + gzip(readFileSync(join(distDir, f), 'utf8')), 0);
  return { ours, baseline, baselineByLine, packages, chunks, lazy };
}

/** Our own source path (relative to the repo, e.g. `src/ui/i18n/en/runs.ts`), or `package:<name>`. */
function ownPath(source) {
  const pkg = packageOf(source);
  if (pkg) return `package:${pkg}`;
  const at = source.lastIndexOf('src/');
  return at < 0 ? source.replace(/^(\.\.\/)+/, '') : source.slice(at);
}

/**
 * Our own code on the first page, grouped by folder up to `depth` path parts
 * below the repo (depth 0 = one row per file): [{ name, min, gzip }], largest
 * first. `min` is minified bytes (they add up); `gzip` is each group gzipped on
 * its own (they add up to more than the whole, each group paying for its own
 * dictionary), a fair comparison between groups but not a share of `ours`.
 */
export function ownCodeDetail(distDir, depth = 3) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const groups = new Map();
  const add = (name, text) => groups.set(name, (groups.get(name) ?? '') + text);
  for (const file of firstLoadChunks(manifest)) {
    const path = join(distDir, file);
    const code = readFileSync(path, 'utf8');
    if (!existsSync(`${path}.map`)) {
      add(`(no source map) ${file}`, code);
      continue;
    }
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    for (const [owner, text] of splitBySource(code, map, ownPath)) {
      if (owner.startsWith('package:')) continue;
      // Unmapped text: bundler glue, and data the bundler inlined without a map (JSON imports).
      if (!owner) add(`(unmapped in ${file.replace(/-[\w-]{8}\.js$/, '.js')})`, text);
      else add(depth > 0 ? owner.split('/').slice(0, depth).join('/') : owner, text);
    }
  }
  return [...groups]
    .map(([name, text]) => ({ name, min: Buffer.byteLength(text), gzip: gzip(text) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/** `node bench/bundle.mjs [--depth N] [dist]`: the first page's figures and our own code by folder (after `npm run build`). */
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const { parseArgs } = await import('node:util');
  const { values, positionals } = parseArgs({ options: { depth: { type: 'string', default: '3' } }, allowPositionals: true });
  const dist = positionals[0] ?? 'dist';
  const result = startupBundle(dist);
  const kib = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`first page: ${result.ours} B gzip, dependencies ${result.baseline} B, ratio ${(result.ours / result.baseline).toFixed(3)}, ${result.chunks.length} chunks`);
  console.log(`  by the former attribution (each line apart): dependencies ${result.baselineByLine} B, ratio ${(result.ours / result.baselineByLine).toFixed(3)}`);
  console.log(`dependencies (KiB gzip): ${Object.entries(result.packages).map(([n, b]) => `${n} ${(b / 1024).toFixed(1)}`).join(', ')}`);
  const rows = ownCodeDetail(dist, Number(values.depth));
  console.log(`our own code by ${Number(values.depth) > 0 ? `folder (depth ${values.depth})` : 'file'}: KiB gzip (alone) / KiB minified`);
  for (const r of rows) console.log(`${kib(r.gzip)} ${kib(r.min)}  ${r.name}`);
  console.log(`${kib(rows.reduce((a, r) => a + r.gzip, 0))} ${kib(rows.reduce((a, r) => a + r.min, 0))}  (sum)`);
}
