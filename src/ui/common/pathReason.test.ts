import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueProblems } from '../../domain/zodIssues';
import { loadCatalog } from '../i18n/catalog';
import { translateIn, type Translate } from '../i18n';
import { pathReasonText } from './pathReason';

const pl: Translate = (key, params) => translateIn('pl', key, params);
const en: Translate = (key, params) => translateIn('en', key, params);

/** A schema shaped like the export's top level, strict as the importer's. */
const Doc = z.strictObject({ format: z.literal('flowbench'), version: z.literal(1), workflows: z.array(z.object({ name: z.string() })) });

function problemsOf(json: unknown) {
  const result = Doc.safeParse(json);
  if (result.success) throw new Error('expected a refusal');
  return issueProblems(result.error.issues);
}

const base = { format: 'flowbench', version: 1 };

beforeAll(async () => {
  await loadCatalog('pl');
});

describe('import problems in the UI language', () => {
  it('words zod’s generic reasons in Polish, with Polish type names, and leaves no placeholder', () => {
    const problems = problemsOf({ ...base, workflows: 'none', extra: 1 });
    const polish = problems.map((p) => pathReasonText(pl, 'pl', p));
    expect(problems.some((p) => p.reason)).toBe(true);
    for (const text of polish) expect(text).not.toMatch(/\{\w+\}/);
    const typed = problems.findIndex((p) => p.reason?.code === 'wrong-type');
    expect(polish[typed]).toBe('oczekiwano: lista, jest: tekst');
  });

  it('shows the English message unchanged in English, and a schema’s own sentence as it is in both', () => {
    const problems = problemsOf({ ...base, workflows: 'none' });
    for (const p of problems) expect(pathReasonText(en, 'en', p)).toBe(p.message);
    const own = { path: '$.x', message: 'a key named "__proto__" is not allowed' };
    expect(pathReasonText(pl, 'pl', own)).toBe(own.message);
  });

  it('uses the Polish plural for unknown keys', () => {
    const one = { path: '$', message: 'unknown key "a"', reason: { code: 'unknown-keys' as const, params: { keys: '"a"', count: 1 } } };
    const two = { path: '$', message: 'unknown keys "a", "b"', reason: { code: 'unknown-keys' as const, params: { keys: '"a", "b"', count: 2 } } };
    expect(pathReasonText(pl, 'pl', one)).toBe('nieznany klucz "a"');
    expect(pathReasonText(pl, 'pl', two)).toBe('nieznane klucze "a", "b"');
  });
});
