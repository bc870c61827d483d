/**
 * engine-vs-nodered, our side: `count` review events (Loox "New review")
 * through one workflow, trigger → condition `trigger.rating < 3` → Slack
 * "Send message" whose text is Liquid, with the real Engine (one `fire` per
 * event, as the engine benchmark), keeping and persisting every run record
 * and the sandbox rows it changed as the app does: the engine's progress
 * hands each finished run and `changedRows()` to the app's RunWriter
 * (src/state/runtime/runWriter.ts, batches of 100, one transaction each),
 * as the worker handler and runJob do, into a FlowbenchDb on fake-indexeddb
 * (Node has no IndexedDB). Timed from firing the first event until the
 * writer has closed (the last run record is stored). Records are stored as
 * the app stores them (runRepo.writeRunBatch, v7: split, the workflow version
 * and the store objects the trigger read kept once and referenced).
 *
 * The peer's side is bench/engine/nodered.mjs (the same events, the same
 * text). Loaded from bench/run.mjs from a build for Node (vite build --ssr,
 * bench/dist-node/), as the app ships bundled code.
 */
import 'fake-indexeddb/auto';
import { MemorySandbox } from '../../src/engine/sandbox';
import { RunWriter } from '../../src/state/runtime/runWriter';
import { FlowbenchDb } from '../../src/storage/db';
import { reviewEngine } from './reviewEngine';
import { STORE, organization, reviewEvents, reviewWorkflow } from './reviewsFlow';

export { LIQUID_TEXT, MUSTACHE_TEXT, reviewPayloads } from './reviewsFlow';

export interface ReviewsResult {
  ms: number;
  events: number;
  /** Messages made for low ratings, and the last one's text (both sides must agree). */
  low: number;
  last: string;
  /** Run records in the database at the end. */
  stored: number;
  /** The size of the last run record as JSON, in characters, as the engine made it ... */
  recordChars: number;
  /** ... and as it is stored (the run row's record, with references to the parts it shares with other runs). */
  storedChars: number;
  /** Rows of the shared parts stored (workflow versions, store objects), for the note. */
  parts: number;
}

/** Our side for `count` events; each call starts from an empty sandbox and a new, empty database. */
export function reviewsBench(count = 20_000) {
  const workflows = [reviewWorkflow()];
  const org = organization();
  const events = reviewEvents(count);
  let round = 0;

  async function ours(): Promise<ReviewsResult> {
    const name = `bench-reviews-${++round}`;
    await FlowbenchDb.delete(name);
    const db = new FlowbenchDb(name);
    await db.open();
    const sandbox = new MemorySandbox();
    const writer = new RunWriter(db);
    let lastRun: { id: string } | undefined;
    const engine = reviewEngine(sandbox, (run, rows) => {
      writer.add(run, rows);
      lastRun = run;
    });
    const start = performance.now();
    for (const event of events) await engine.fire(event, workflows, org);
    await writer.close();
    const ms = performance.now() - start;
    const messages = sandbox.reader(STORE, 'slack').list('messages');
    const stored = await db.runs.count();
    const storedChars = JSON.stringify((lastRun && (await db.runs.get(lastRun.id))?.record) ?? null).length;
    const parts = (await db.runWorkflows.count()) + (await db.runObjects.count());
    db.close();
    await FlowbenchDb.delete(name);
    const recordChars = JSON.stringify(lastRun ?? null).length;
    return { ms, events: events.length, low: messages.length, last: String(messages.at(-1)?.text ?? ''), stored, recordChars, storedChars, parts };
  }

  return { ours, events: events.length };
}
