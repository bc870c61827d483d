/**
 * "Test with sample data": one run of a workflow (a draft or one that is
 * off, too) on the trigger's sample payload, in a store, against a copy of
 * the sandbox. Nothing is persisted, the sandbox is untouched, nothing
 * cascades and Wait steps are not waited (the engine's dry run). "Send HTTP
 * request" stays simulated even when live HTTP is on: a test with sample
 * data must not call real services.
 */
import { customAppsOf } from '../../domain/catalog/customApps';
import type { Workflow } from '../../domain/workflow/document';
import { triggerOf } from '../../engine/runData';
import type { RunRecord } from '../../engine/types';
import { getDb } from '../../storage/db';
import { ensureSimNow } from './simNow';
import { getEngineClient } from './config';
import { loadContext } from './context';
import { eventsFor } from './jobs';
import { samplePayload } from './payload';
import { useDryRun } from './dryRunState';
import { currentCatalog } from '../catalog';

export { type DryRunState, useDryRun, useShownTestRun } from './dryRunState';

let latest = 0;

/** Runs `workflow` once on its trigger's sample data in `storeId`; also shown in useDryRun. Rejects with a message for the user. */
export async function dryRun(workflow: Workflow, storeId: string): Promise<RunRecord> {
  const token = ++latest;
  const mine = () => token === latest;
  useDryRun.setState({ running: true, error: undefined });
  try {
    const trigger = triggerOf(workflow);
    if (!trigger) throw new Error('Add a trigger before testing the workflow.');
    const db = getDb();
    const [now, ctx] = await Promise.all([ensureSimNow(), loadContext(db)]);
    const [event] = eventsFor(trigger.app, trigger.trigger, samplePayload(trigger.app, trigger.trigger), [storeId], now);
    const outcome = await getEngineClient().request({
      type: 'dry-run',
      requestId: `dry-${event!.id}`,
      now,
      org: ctx.org,
      sandbox: ctx.sandbox.all(),
      faults: ctx.faults,
      liveHttp: false,
      customApps: customAppsOf(currentCatalog()),
      workflow,
      event: event!,
    });
    if (outcome.kind === 'stopped') throw new Error(`The test run was stopped: ${outcome.reason}.`);
    const run = outcome.reply.runs[0];
    if (!run) throw new Error('The engine returned no run for the test.');
    if (mine()) useDryRun.setState({ run, running: false, error: undefined });
    return run;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (mine()) useDryRun.setState({ running: false, error: message });
    throw error instanceof Error ? error : new Error(message);
  }
}
