import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { USAGE, runValidate, type ValidateIo } from './validate';

/** Runs the CLI core against the fixtures, collecting what it prints. */
async function run(files: string[], overrides: Partial<ValidateIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate(files, {
    readFile: (file) => readFile(`test/fixtures/exports/${file}`, 'utf8'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...overrides,
  });
  return { code, out, err };
}

describe('npm run validate', () => {
  it('prints "ok" per good file and exits 0', async () => {
    expect(await run(['valid.json', 'one-workflow.json'])).toEqual({
      code: 0,
      out: ['valid.json: ok', 'one-workflow.json: ok'],
      err: ['2 files ok'],
    });
  });

  it('prints each problem as "file: $.path: reason" with the import\'s messages and exits 1', async () => {
    const { code, out, err } = await run(['valid.json', 'bad-version.json', 'bad-content.json']);
    expect(code).toBe(1);
    expect(out[0]).toBe('valid.json: ok');
    expect(out[1]).toBe(
      'bad-version.json: $.version: this file is version 3 of the Flowbench format, made by a newer Flowbench; this one reads versions 1 to 2',
    );
    expect(out).toContain('bad-content.json: $.workflows[0].links[3]: this link closes a cycle: a workflow cannot loop back');
    expect(out.filter((l) => l.startsWith('bad-content.json: '))).toHaveLength(9);
    expect(err).toEqual(['2 of 3 files have problems']);
  });

  it('reports a file that cannot be read, and one too large without reading it', async () => {
    const missing = await run(['nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.out[0]).toMatch(/^nope\.json: \$: the file cannot be read \(ENOENT/);
    let read = false;
    const huge = await run(['valid.json'], {
      fileSize: async () => 7_500_000,
      readFile: async () => {
        read = true;
        return '';
      },
    });
    expect(huge).toMatchObject({ code: 1, out: ['valid.json: $: the file is too large (7.5 MB); an import can be at most 5 MB'] });
    expect(read).toBe(false);
  });

  it('explains its usage and exits 2 when no file is named', async () => {
    expect(await run([])).toEqual({ code: 2, out: [], err: [USAGE] });
  });
});
