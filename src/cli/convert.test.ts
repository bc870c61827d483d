/** `npm run convert`: a Flow file to a Flowbench export and back to the same canonical Flow text; refusals and wrong arguments. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONVERT_USAGE, runConvert } from './convert';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/flow/${name}`, import.meta.url), 'utf8');

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { readFile: async (f: string) => files[f] ?? Promise.reject(new Error('no such file')), out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('npm run convert', () => {
  it('turns a .flow export into a Flowbench export, and that back into the canonical workflow.flow.json', async () => {
    const first = io({ 'a.flow': fixture('valid/paid-in-zloty.flow') });
    expect(await runConvert(['--to', 'flowbench', 'a.flow'], first.io)).toBe(0);
    expect(JSON.parse(first.out.join('\n'))).toMatchObject({ format: 'flowbench', workflows: [{ name: 'Tag orders paid in złoty' }] });
    const second = io({ 'b.json': `${first.out.join('\n')}\n` });
    expect(await runConvert(['b.json', '--to', 'flow'], second.io)).toBe(0);
    expect(`${second.out.join('\n')}\n`).toBe(fixture('valid/paid-in-zloty.expected.flow.json'));
    expect(second.err).toEqual([]);
  });

  it('lists a broken file\'s problems with their paths and exits 1', async () => {
    const run = io({ 'c.json': fixture('broken/cycle.flow.json') });
    expect(await runConvert(['--to', 'flowbench', 'c.json'], run.io)).toBe(1);
    expect(run.err).toEqual(['c.json: $.root.links[3]: this link closes a cycle: a workflow cannot loop back']);
    expect(run.out).toEqual([]);
  });

  it('says how to use it when --to or the file is missing', async () => {
    for (const args of [['a.flow'], ['--to', 'yaml', 'a.flow'], ['--to', 'flow']]) {
      const run = io({});
      expect(await runConvert(args, run.io)).toBe(2);
      expect(run.err).toEqual([CONVERT_USAGE]);
    }
  });
});
