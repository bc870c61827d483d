/**
 * Factories for new workflow documents and steps, so every caller (editor,
 * templates, tests, imports) starts from the same valid shapes.
 */
import { DEFAULT_ACTIVATION } from './activation';
import {
  WORKFLOW_SCHEMA_VERSION,
  type ActionStep,
  type ConditionStep,
  type Position,
  type TriggerStep,
  type WaitStep,
  type Workflow,
} from './document';

/** A short random id for steps and workflows (letters and digits, URL-safe). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10)}`;
}

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
  };
}

export function triggerStep(app: string, trigger: string, position: Position, id = newId('trigger')): TriggerStep {
  return { id, kind: 'trigger', app, trigger, position, note: '' };
}

export function actionStep(app: string, action: string, position: Position, id = newId('action')): ActionStep {
  return { id, kind: 'action', app, action, fields: {}, position, note: '' };
}

/** A condition with one AND group and no criteria yet (validation warns until one is added). */
export function conditionStep(position: Position, id = newId('condition')): ConditionStep {
  return { id, kind: 'condition', criteria: { kind: 'group', join: 'and', items: [] }, position, note: '' };
}

export function waitStep(position: Position, id = newId('wait')): WaitStep {
  return { id, kind: 'wait', duration: { amount: 1, unit: 'hours' }, position, note: '' };
}
