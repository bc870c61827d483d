/**
 * Shopify Flow's "Workflow error occurred" trigger, as data and rules: which
 * trigger it is, what a workflow version is, what the trigger data holds and
 * when a failure fires it (once per failing workflow, version and window of
 * 30 days). Pure: the engine applies it where runs finish (engine.ts), and
 * docs/flow-language.md says which parts Shopify documents and which are
 * Flowbench's choices.
 */
import { z } from 'zod';
import type { Workflow } from '../workflow/document';
import { IsoTime } from './records';

/** The trigger of the built-in Shopify app a failed run fires (src/domain/catalog/apps/shopify.json). */
export const WORKFLOW_ERROR_TRIGGER = { app: 'shopify', trigger: 'workflow-error-occurred' } as const;

/** Flow fires the trigger once per workflow version within 30 days [documented]. */
export const WORKFLOW_ERROR_WINDOW_DAYS = 30;
const WINDOW_MS = WORKFLOW_ERROR_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/**
 * The sandbox collection (app `shopify`) that remembers, per store, when each
 * workflow version last fired the trigger: it is persisted with the rest of
 * the sandbox, so the window survives a reload, and Reset sandbox clears it.
 */
export const WORKFLOW_ERROR_COLLECTION = 'workflowErrors';

/**
 * What the trigger's window remembers of one failing workflow version in one
 * store. Read back from the sandbox (IndexedDB data crosses a boundary:
 * parsed, never cast).
 */
export const WorkflowErrorNotice = z.object({
  id: z.string().min(1),
  workflowId: z.string().min(1),
  workflowName: z.string(),
  workflowVersion: z.string().min(1),
  /** When the trigger last fired for this version (simulated time, ISO). */
  firedAt: IsoTime,
  /** The failed run that fired it. */
  runId: z.string(),
  /** Failures of this version since `firedAt`, the one that fired included. */
  failures: z.number().int().min(1),
});
export type WorkflowErrorNotice = z.infer<typeof WorkflowErrorNotice>;

/** The smallest facts of a finished run the rule needs. */
export interface FailedRunFacts {
  runId: string;
  storeId: string;
  workflow: Workflow;
  /** When the run failed (simulated time, ISO). */
  failedAt: string;
  /** The step that failed, by its name in the run record, and its error; absent when none is known. */
  failedStep?: { name: string; error?: string };
}

/** FNV-1a, 32 bits, over the UTF-16 code units: a short, stable fingerprint (not a security hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The version of a workflow, as the trigger counts versions: a fingerprint of
 * what runs (its steps without their place on the canvas or their notes, and
 * its links). Editing a step, a field or a link makes a new version; moving a
 * step, renaming the workflow or turning it on or off does not.
 */
export function workflowVersionOf(workflow: Pick<Workflow, 'steps' | 'links'>): string {
  const steps = workflow.steps.map((step) => {
    const { position: _position, note: _note, ...rest } = step;
    return rest;
  });
  return `v-${fnv1a(canonical({ steps, links: workflow.links }))}`;
}

/** The id of a version's notice in the collection. */
export function noticeId(workflowId: string, version: string): string {
  return `${workflowId}@${version}`;
}

/**
 * Whether a failure at `failedAt` fires the trigger, given the version's
 * notice (absent: never fired in this store): yes when the notice is absent
 * or its window of 30 days has passed.
 */
export function firesAgain(notice: Pick<WorkflowErrorNotice, 'firedAt'> | undefined, failedAt: string): boolean {
  if (!notice) return true;
  return Date.parse(failedAt) - Date.parse(notice.firedAt) >= WINDOW_MS;
}

/** The store's .myshopify.com domain, as the simulation names it. */
export function shopDomainOf(storeId: string): string {
  return `${storeId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.myshopify.com`;
}

/**
 * The trigger data of a failure: Flow's documented fields (workflow id, run
 * id, name, shop domain, run URL, workflow URL, version) under the catalog's
 * snake_case keys, plus Flowbench's own `error_message` and
 * `failed_step_name` (Flow documents no error field).
 */
export function workflowErrorPayload(facts: FailedRunFacts): Record<string, string> {
  const domain = shopDomainOf(facts.storeId);
  return {
    workflow_id: facts.workflow.id,
    workflow_run_id: facts.runId,
    workflow_name: facts.workflow.name,
    shop_domain: domain,
    workflow_run_url: `https://${domain}/admin/apps/flow/web/overview/activity/${encodeURIComponent(facts.runId)}`,
    workflow_url: `https://${domain}/admin/apps/flow/editor/${encodeURIComponent(facts.workflow.id)}`,
    workflow_version: workflowVersionOf(facts.workflow),
    error_message: facts.failedStep?.error ?? 'The run failed.',
    failed_step_name: facts.failedStep?.name ?? '',
  };
}

/**
 * The notice to keep after a failure: a new window when the trigger fires
 * (`fires`), else the same window with one more failure counted.
 */
export function nextNotice(previous: WorkflowErrorNotice | undefined, facts: FailedRunFacts, fires: boolean): WorkflowErrorNotice {
  const version = workflowVersionOf(facts.workflow);
  if (fires || !previous) {
    return {
      id: noticeId(facts.workflow.id, version),
      workflowId: facts.workflow.id,
      workflowName: facts.workflow.name,
      workflowVersion: version,
      firedAt: facts.failedAt,
      runId: facts.runId,
      failures: 1,
    };
  }
  return { ...previous, workflowName: facts.workflow.name, failures: previous.failures + 1 };
}

