/**
 * engine-vs-nodered as the app runs it (an extra row beside the Node one,
 * bench/engine/reviews.ts): the same review events and workflow, sent the way
 * the Simulator's bulk fire sends them (src/state/runtime/fire.ts): in
 * requests of 50–250 events (more as the sandbox grows; every request carries
 * the organization, the workflows and the whole sandbox) to the engine in its
 * module Web Worker, through runJob (state/runtime/jobs.ts: each `run-finished`
 * parsed, joined with its parts and handed to the RunWriter), into a
 * FlowbenchDb in Chromium's IndexedDB. Timed from the first request until the
 * writer has closed. Driven by bench/run.mjs through `window.reviewsApp`.
 */
import { ensureFullCatalog } from '../../src/state/catalog';
import { SandboxState, runJob, type RuntimeContext } from '../../src/state/runtime/jobs';
import { RunWriter } from '../../src/state/runtime/runWriter';
import { FlowbenchDb } from '../../src/storage/db';
import { T0 } from '../engine/scenario';
import { STORE, organization, reviewEvents, reviewWorkflow } from '../engine/reviewsFlow';

/** fire.ts chunkSize for one listening workflow: 50 events, growing with the sandbox (8 rows an event) up to 250. */
const chunkSize = (sandboxRows: number) => Math.min(250, Math.max(50, Math.floor(sandboxRows / 8)));

let round = 0;

const reviewsApp = {
  async ours(count: number): Promise<{ ms: number; stored: number; low: number; last: string; requests: number }> {
    // As the app does before a run: the catalog's manifests loaded (runJob sends the custom apps of it).
    await ensureFullCatalog();
    const name = `bench-reviews-app-${++round}`;
    await FlowbenchDb.delete(name);
    const db = new FlowbenchDb(name);
    await db.open();
    const events = reviewEvents(count);
    const ctx: RuntimeContext = { org: organization(), workflows: [reviewWorkflow()], sandbox: new SandboxState([]), faults: [], liveHttp: false };
    const writer = new RunWriter(db);
    let requests = 0;
    const start = performance.now();
    for (let i = 0; i < events.length; ) {
      const size = chunkSize(ctx.sandbox.size);
      await runJob(ctx, { type: 'fire', events: events.slice(i, i + size) }, T0, { writer });
      i += size;
      requests++;
    }
    await writer.close();
    const ms = performance.now() - start;
    const messages = ctx.sandbox.all().filter((r) => r.storeId === STORE && r.appId === 'slack' && r.collection === 'messages');
    const stored = await db.runs.count();
    db.close();
    await FlowbenchDb.delete(name);
    return { ms, stored, low: messages.length, last: String(messages.at(-1)?.record.text ?? ''), requests };
  },
};

declare global {
  interface Window {
    reviewsApp: typeof reviewsApp;
  }
}
window.reviewsApp = reviewsApp;
