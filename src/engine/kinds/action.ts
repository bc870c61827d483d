/**
 * Running an action: its fields are rendered, coerced and checked
 * (actionFields.ts) before the app's adapter is called, with the store's
 * injected fault and retries with backoff (retry.ts). The adapter writes
 * the sandbox through a staged view committed only on success; the follow-up
 * events it emits become the run's cascade.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { ActionDef } from '../../domain/catalog/manifest';
import { ownValue } from '../../domain/ownKeys';
import type { ActionStep } from '../../domain/workflow/document';
import { joinProblems, prepareFields } from '../actionFields';
import { frozenCopy } from '../frozen';
import { callWithRetries } from '../retry';
import { type EngineKind, via } from './types';

/** Per step of a frozen workflow version: its app's name and action in the catalog last asked. */
const actions = new WeakMap<ActionStep, { catalog: Catalog; appName: string; def: ActionDef | undefined }>();

/** The step's app name and action definition, looked up once per catalog and step of a workflow version (frozen.ts). */
function actionOf(catalog: Catalog, step: ActionStep): { appName: string; def: ActionDef | undefined } {
  const known = actions.get(step);
  if (known?.catalog === catalog) return known;
  const app = catalog.byId.get(step.app);
  const found = { catalog, appName: app?.name.en ?? step.app, def: app?.actions.find((a) => a.id === step.action) };
  // A step that is not frozen may still change: not kept.
  if (Object.isFrozen(step)) actions.set(step, found);
  return found;
}

export const actionRunner: EngineKind<'action'> = {
  kind: 'action',
  async run(step, run) {
    const { catalog, registry, org } = run.deps;
    // The step's field templates as they are, not copied: the run's workflow version is not changed (frozen.ts).
    const record = run.begin(step, step.fields);
    const { appName, def } = actionOf(catalog, step);
    if (!def) return run.fail(record, `${appName} has no action “${step.action}”.`);
    const prepared = prepareFields(step, def, run.data, run.deps.renderer);
    record.rendered = prepared.rendered;
    if (prepared.problems.length > 0) return run.fail(record, joinProblems(prepared.problems));
    const adapter = registry.get(step.app);
    if (!adapter) return run.fail(record, `No adapter for ${appName}.`);
    const handler = ownValue(adapter.actions, step.action);
    if (!handler) return run.fail(record, `The ${appName} adapter cannot “${def.name.en}”.`);

    const { storeId } = run.run;
    const outcome = await callWithRetries({
      appName,
      handler,
      // A handler can't change the run's or another run's data: the fields are its own
      // copy (rendered values are strings, numbers or booleans, so a shallow copy is a
      // full one), the event and the organization are deep-frozen (frozen.ts).
      call: {
        storeId,
        appId: step.app,
        actionId: step.action,
        fields: { ...prepared.rendered },
        event: run.run.event,
        org: frozenCopy(org),
      },
      sandbox: run.deps.sandbox,
      fault: run.deps.faults(storeId, step.app),
      seed: () => `${run.run.id}:${step.id}`,
      policy: run.deps.retry,
      startMs: run.cursor,
    });
    record.attempts = outcome.attempts;
    run.advanceTo(outcome.endMs);
    if (outcome.error !== undefined) return run.fail(record, outcome.error);
    record.output = outcome.result?.output ?? {};
    for (const e of outcome.result?.emits ?? []) run.emit(record, e.app, e.trigger, e.payload);
    run.succeed(record);
    return via('next');
  },
};
