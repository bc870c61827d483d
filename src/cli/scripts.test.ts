import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * The Node entries load the TypeScript through Vite's module runner, where
 * a CommonJS dependency such as rrule arrives differently than in Vitest or
 * the browser build; this runs the real script once so such a difference
 * fails here rather than for a user.
 */
describe('npm run simulate in Node', () => {
  it('runs a Scheduled time workflow exported in format version 1 through the engine (rrule loaded by Node)', async () => {
    const { stdout } = await run('node', ['scripts/simulate.mjs', '--export', 'test/fixtures/exports/v1-everything.json', '--event', 'test/fixtures/events/scheduled-time.json', '--store', 'store-eu'], {
      env: { ...process.env, INIT_CWD: process.cwd() },
    });
    const runs = JSON.parse(stdout) as { workflowId: string; status: string }[];
    expect(runs.map((r) => [r.workflowId, r.status])).toContainEqual(['wf-weekly-report', 'succeeded']);
  });
});
