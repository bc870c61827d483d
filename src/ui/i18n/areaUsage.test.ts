/**
 * Messages are loaded per area (docs/i18n.md): the first page has
 * FIRST_PAGE_AREAS, and every part of the UI loaded later declares the areas
 * it needs where it is loaded (`lazyWithMessages(areas, load)` or
 * `withMessages(areas, load)`). This test walks the import graph from
 * src/main.tsx (static imports, and dynamic ones, which run with the areas of
 * the code that imports them unless they declare their own) and checks that
 * every message key a module names belongs to an area loaded by then, so a
 * page can't render a key whose messages are not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, FIRST_PAGE_AREAS, type Area, loadCatalog, loadedMessage } from './catalog';
import { areas as plAreas } from './pl';
import { areas as enAreas } from './en';

const SRC = resolve(__dirname, '../..');

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined; // a package or a virtual module: no keys of ours
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined; // CSS, JSON, SVG
}

interface Module {
  staticImports: string[];
  /** Dynamic imports: those declared with areas start a new context with them. */
  dynamicImports: { file: string; areas: Area[] }[];
  areasUsed: Set<Area>;
}

const modules = new Map<string, Module>();
const areaPattern = new RegExp(`['"\`](${AREAS.join('|')})\\.[A-Za-z]`, 'g');

function readModule(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const code = stripComments(readFileSync(file, 'utf8'));
  const staticImports: string[] = [];
  const fromPattern = /(?:^|[\n;])\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const [, , what, spec] of code.matchAll(fromPattern)) {
    const typeOnly = /^type\s/.test(what!) || /^\{\s*(type\s+\w+(\s+as\s+\w+)?\s*,?\s*)+\}$/.test(what!.trim());
    const target = typeOnly ? undefined : resolveImport(file, spec!);
    if (target) staticImports.push(target);
  }
  for (const [, spec] of code.matchAll(/(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g)) {
    const target = resolveImport(file, spec!);
    if (target) staticImports.push(target);
  }
  const dynamicImports: Module['dynamicImports'] = [];
  // withMessages([...LIST, 'area'], () => import('…')) or withMessages(LIST, …), LIST a `const LIST = [...]` of this file.
  const declared = /[wW]ithMessages\(\s*(\[[^\]]*\]|\w+)\s*,\s*(?:async\s*)?\(\)\s*=>\s*(?:\(?\s*await\s+)?import\(\s*['"]([^'"]+)['"]\s*\)/g;
  const areasOf = (list: string): Area[] => {
    const named = [...list.matchAll(/(?:^|[\s,[.])([A-Z_]{2,})\b/g)].flatMap(([, name]) => {
      const definition = new RegExp(`const\\s+${name}\\s*=\\s*(\\[[^\\]]*\\])`).exec(code);
      if (!definition) throw new Error(`${relative(SRC, file)}: no list ${name}`);
      return areasOf(definition[1]!);
    });
    return [...named, ...[...list.matchAll(/['"](\w+)['"]/g)].map((m) => m[1] as Area)];
  };
  const declaredSpecs = new Set<string>();
  for (const [, list, spec] of code.matchAll(declared)) {
    const target = resolveImport(file, spec!);
    if (target) dynamicImports.push({ file: target, areas: areasOf(list!) });
    declaredSpecs.add(spec!);
  }
  for (const [, spec] of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const target = declaredSpecs.has(spec!) ? undefined : resolveImport(file, spec!);
    if (target) dynamicImports.push({ file: target, areas: [] });
  }
  const isCatalog = /[\\/]i18n[\\/](en|pl)[\\/]/.test(file);
  const areasUsed = new Set<Area>(isCatalog ? [] : [...code.matchAll(areaPattern)].map((m) => m[1] as Area));
  const module = { staticImports, dynamicImports, areasUsed };
  modules.set(file, module);
  return module;
}

/** Walks the code loaded with the given areas; reports modules that use others. */
function check(entry: string, areas: ReadonlySet<Area>, problems: string[], visited: Map<string, string>): void {
  const contextKey = [...areas].sort().join();
  const stack = [entry];
  const via = new Map<string, string>();
  const path = (file: string): string => {
    const steps = [relative(SRC, file)];
    for (let at = via.get(file); at; at = via.get(at)) steps.unshift(relative(SRC, at));
    return steps.join(' → ');
  };
  while (stack.length) {
    const file = stack.pop()!;
    // A module seen with a subset of these areas was checked more strictly already.
    const seenWith = visited.get(file);
    if (seenWith !== undefined && seenWith.split(',').every((a) => !a || areas.has(a as Area))) continue;
    visited.set(file, contextKey);
    const module = readModule(file);
    for (const area of module.areasUsed) {
      if (!areas.has(area)) problems.push(`${path(file)} uses "${area}.…" keys, loaded without that area (with ${contextKey})`);
    }
    const next = (target: string) => {
      if (!via.has(target) && target !== entry) via.set(target, file);
      stack.push(target);
    };
    module.staticImports.forEach(next);
    for (const dynamic of module.dynamicImports) {
      if (dynamic.areas.length === 0) next(dynamic.file);
      else check(dynamic.file, new Set([...areas, ...dynamic.areas]), problems, visited);
    }
  }
}

describe('message areas loaded per page', () => {
  it('lists every area of the catalog', () => {
    expect([...AREAS].sort()).toEqual(Object.keys(enAreas).sort());
  });

  it('loads every area of both languages, each with its own messages', async () => {
    await Promise.all([loadCatalog('en'), loadCatalog('pl')]);
    for (const [language, catalogs] of [['en', enAreas], ['pl', plAreas]] as const) {
      for (const [area, messages] of Object.entries(catalogs)) {
        for (const [key, message] of Object.entries(messages)) expect(loadedMessage(language, key), `${language} ${area} ${key}`).toEqual(message);
      }
    }
  });

  it('loads, with every part of the UI, the areas of the keys its modules use', () => {
    const problems: string[] = [];
    check(join(SRC, 'main.tsx'), new Set(FIRST_PAGE_AREAS), problems, new Map());
    expect([...new Set(problems)]).toEqual([]);
  });

  it('finds the keys and the declarations it looks for', () => {
    const app = readModule(join(SRC, 'ui/App.tsx'));
    expect(app.dynamicImports.some((d) => d.areas.includes('editor'))).toBe(true);
    expect(readModule(join(SRC, 'ui/Header.tsx')).areasUsed.has('shell')).toBe(true);
  });
});
