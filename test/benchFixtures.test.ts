/**
 * The benchmarks build their workflows outside the app (bench/): when the
 * document schema moves on, they must move with it, or `npm run bench` dies
 * on its first parse (it did after schema version 2). These parse what the
 * benchmarks parse, with the domain's own schema.
 */
import { describe, expect, it } from 'vitest';
import { BENCH_SCHEMA_VERSION, bigWorkflow } from '../bench/shared/bigWorkflow';
import { benchWorkflows } from '../bench/engine/scenario';
import { Workflow } from '../src/domain/workflow/document';
import { WORKFLOW_SCHEMA_VERSION } from '../src/domain/workflow/migrations';

describe('benchmark fixtures', () => {
  it('write workflows in the current schema version', () => {
    expect(BENCH_SCHEMA_VERSION).toBe(WORKFLOW_SCHEMA_VERSION);
  });

  it('the canvas benchmark workflow is a valid document with every step linked', () => {
    const parsed = Workflow.safeParse(bigWorkflow(50));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.links).toHaveLength(49);
  });

  it('the engine benchmark builds its twenty workflows', () => {
    expect(benchWorkflows()).toHaveLength(20);
  });
});
