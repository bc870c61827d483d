/**
 * The checks of an import file that the ExportDocument schema cannot make:
 * ids against the catalog, setup values against the app manifests, the
 * limits a step's kind holds new text to (an action field's MAX_FIELD_CHARS:
 * the schema reads stored records leniently, an import is new text), and
 * the file's own consistency (ids used twice, installations of stores the
 * file does not have). They work on the raw JSON, defensively, so their problems
 * are listed next to the schema's even when the schema found others.
 *
 * One more thing is done here for completeness: when a workflow fails the
 * schema because of a bad step, zod skips the workflow-wide rules (links to
 * missing steps, cycles...). `structureProblems` re-runs those rules on a
 * skeleton of the workflow in which every step is replaced by a valid stub
 * with the same id and kind, so a file's link problems are listed in the
 * same pass as its step problems.
 */
import type { Catalog } from '../domain/catalog/catalog';
import { validateSetup } from '../domain/org/setup';
import { Workflow, WORKFLOW_SCHEMA_VERSION } from '../domain/workflow/document';
import { STEP_KIND_NAMES, findKind, kindOf } from '../domain/workflow/kinds/registry';
import { issueProblems, jsonPath, type PathProblem } from '../domain/zodIssues';

type Path = (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Problems of the raw document beyond its schema. `failedWorkflows`: indices the schema refused. */
export function contentProblems(
  doc: Record<string, unknown>,
  catalog: Catalog,
  failedWorkflows: ReadonlySet<number>,
): PathProblem[] {
  const problems: PathProblem[] = [];
  const at = (path: Path, message: string) => problems.push({ path: jsonPath(path), message });
  const workflowIds = new Set<string>();
  list(doc.workflows).forEach((wf, w) => {
    if (!isRecord(wf)) return;
    if (typeof wf.id === 'string') {
      if (workflowIds.has(wf.id)) at(['workflows', w, 'id'], `the workflow id "${wf.id}" is used twice in this file`);
      workflowIds.add(wf.id);
    }
    list(wf.steps).forEach((step, s) => {
      const path = ['workflows', w, 'steps', s];
      // Limits of what a step may hold that only new text is held to (its kind says which).
      if (isRecord(step)) for (const p of findKind(step.kind)?.importProblems?.(step) ?? []) at([...path, ...p.path], p.message);
      if (!isRecord(step) || (step.kind !== 'trigger' && step.kind !== 'action') || typeof step.app !== 'string') return;
      const app = catalog.byId.get(step.app);
      if (!app) return void at([...path, 'app'], `unknown app: there is no app "${step.app}" in the catalog`);
      if (step.kind === 'trigger' && typeof step.trigger === 'string' && !app.triggers.some((t) => t.id === step.trigger)) {
        at([...path, 'trigger'], `unknown trigger: ${app.name.en} has no trigger "${step.trigger}"`);
      }
      if (step.kind === 'action' && typeof step.action === 'string' && !app.actions.some((a) => a.id === step.action)) {
        at([...path, 'action'], `unknown action: ${app.name.en} has no action "${step.action}"`);
      }
    });
    // Appended one by one: spreading a hostile file's thousands of problems would overflow the stack.
    if (failedWorkflows.has(w)) for (const p of structureProblems(wf, ['workflows', w])) problems.push(p);
  });
  if (isRecord(doc.organization)) for (const p of organizationProblems(doc.organization, catalog)) problems.push(p);
  return problems;
}

/** The kind an unreadable step stands in as: one that may be linked to, so it adds no second trigger. */
const ANY_LINKABLE_KIND = STEP_KIND_NAMES.map(kindOf).find((k) => k.acceptsLinks)!;

/** The workflow-wide rules (links, cycles, one trigger, unique step ids) on a skeleton of a raw workflow. */
function structureProblems(wf: Record<string, unknown>, at: Path): PathProblem[] {
  if (!Array.isArray(wf.steps) || !Array.isArray(wf.links)) return [];
  const steps = wf.steps.map((step, i) => {
    const kind = isRecord(step) ? findKind(step.kind) : undefined;
    // A step without a readable id or kind still occupies an index; its placeholder's id matches no link.
    const id = isRecord(step) && typeof step.id === 'string' && kind ? step.id : `unreadable-step-${i}`;
    const placeholder = kind ?? ANY_LINKABLE_KIND;
    return placeholder.create(placeholder.placeholder, { x: 0, y: 0 }, id);
  });
  const skeleton = { schemaVersion: WORKFLOW_SCHEMA_VERSION, id: 'skeleton', name: 'skeleton', activation: { on: false, scope: { kind: 'all' }, offInStores: [] }, steps, links: wf.links };
  const parsed = Workflow.safeParse(skeleton);
  if (parsed.success) return [];
  return issueProblems(parsed.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
}

function organizationProblems(org: Record<string, unknown>, catalog: Catalog): PathProblem[] {
  const problems: PathProblem[] = [];
  const at = (path: Path, message: string) => problems.push({ path: jsonPath(['organization', ...path]), message });
  const storeIds = new Set<string>();
  list(org.stores).forEach((store, i) => {
    if (!isRecord(store) || typeof store.id !== 'string') return;
    if (storeIds.has(store.id)) at(['stores', i, 'id'], `the store id "${store.id}" is used twice in this file`);
    storeIds.add(store.id);
  });
  const installed = new Set<string>();
  list(org.installations).forEach((inst, i) => {
    if (!isRecord(inst) || typeof inst.appId !== 'string' || typeof inst.storeId !== 'string') return;
    if (!storeIds.has(inst.storeId)) at(['installations', i, 'storeId'], `there is no store "${inst.storeId}" in this file`);
    const app = catalog.byId.get(inst.appId);
    if (!app) return void at(['installations', i, 'appId'], `unknown app: there is no app "${inst.appId}" in the catalog`);
    if (app.builtIn) return void at(['installations', i, 'appId'], `${app.name.en} is built in and always installed; it is not listed`);
    const key = JSON.stringify([inst.storeId, inst.appId]);
    if (installed.has(key)) at(['installations', i], `${app.name.en} is listed twice for the store "${inst.storeId}"`);
    installed.add(key);
    if (!isRecord(inst.settings)) return;
    for (const [name, value] of Object.entries(inst.settings)) {
      const field = app.setup.fields.find((f) => f.key === name);
      const path = ['installations', i, 'settings', name];
      if (field?.kind === 'secret') {
        at(path, `${field.label.en} is a secret; secrets are never imported (enter it on the Organization page)`);
      } else if (typeof value === 'string') {
        const problem = validateSetup(app, { [name]: value }).find((p) => p.field === name);
        if (problem) at(path, problem.message.replace(/\.$/, ''));
      }
    }
  });
  return problems;
}
