/**
 * Factories for new workflow documents and steps, so every caller (editor,
 * templates, tests, imports) starts from the same valid shapes. A step of
 * any kind comes from its kind's `create` (kinds/registry.ts `kindOf`); the
 * helpers re-exported here are the kinds' own shorthands for code and tests.
 */
import { DEFAULT_ACTIVATION } from './activation';
import { WORKFLOW_SCHEMA_VERSION, type Workflow } from './document';
import { newId } from './ids';

export { newId } from './ids';
export { actionStep } from './kinds/action';
export { conditionStep } from './kinds/condition';
export { triggerStep } from './kinds/trigger';
export { waitStep } from './kinds/wait';

/** An empty draft: no steps, turned off, for all stores. */
export function createWorkflow(name: string, id: string = newId('wf')): Workflow {
  return {
    schemaVersion: WORKFLOW_SCHEMA_VERSION,
    id,
    name,
    description: '',
    activation: structuredClone(DEFAULT_ACTIVATION),
    steps: [],
    links: [],
    notes: [],
  };
}
