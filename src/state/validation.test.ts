import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { demoOrganization } from '../domain/org/demo';
import type { Workflow } from '../domain/workflow/document';
import type { Validator } from '../domain/workflow/validator';
import { validateWorkflow } from '../domain/workflow/validate';
import { sampleWorkflow } from '../../test/fixtures/sampleWorkflow';
import { validateInSlices } from './validation';
import { ensureFullCatalog } from './catalog';

// The code under test reads the effective catalog, loaded as the editor's page loads it.
beforeAll(async () => {
  await ensureFullCatalog();
});

const org = demoOrganization('2026-01-01T00:00:00.000Z');

/** A validator that needs `pieces` calls of warm to finish, recording each call. */
function slowValidator(pieces: number) {
  const calls: { yieldAtStart: boolean }[] = [];
  const validator: Validator = {
    warm: (_wf, _ctx, shouldYield) => {
      calls.push({ yieldAtStart: shouldYield() });
      return calls.length >= pieces;
    },
    validate: (wf, ctx) => validateWorkflow(wf, ctx),
  };
  return { validator, calls };
}

describe('validateInSlices', () => {
  it('resolves with the problems validateWorkflow finds', async () => {
    const wf: Workflow = sampleWorkflow();
    await expect(validateInSlices(wf, org)).resolves.toEqual(validateWorkflow(wf, { catalog, org }));
  });

  it('works in tasks of their own, each with a fresh budget, until the validator is done', async () => {
    const { validator, calls } = slowValidator(3);
    const done = validateInSlices(sampleWorkflow(), org, { validator });
    expect(calls).toHaveLength(0); // nothing in the caller's task
    await done;
    expect(calls).toEqual([{ yieldAtStart: false }, { yieldAtStart: false }, { yieldAtStart: false }]);

    const now = slowValidator(1);
    const atOnce = validateInSlices(sampleWorkflow(), org, { validator: now.validator, now: true });
    expect(now.calls).toHaveLength(1); // the first slice in the caller's task
    await atOnce;
  });

  it('stops when aborted, resolving with nothing', async () => {
    const { validator, calls } = slowValidator(1000);
    const stop = new AbortController();
    const result = validateInSlices(sampleWorkflow(), org, { validator, signal: stop.signal, now: true });
    stop.abort();
    await expect(result).resolves.toBeUndefined();
    const count = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toHaveLength(count);
  });
});
