/**
 * engine-vs-nodered's engine part alone: the reviews flow of reviews.ts
 * (trigger → condition rating < 3 → Slack message in Liquid) through the real
 * Engine, one `fire` per event, the progress listener taking each finished
 * run and the sandbox rows it changed as reviews.ts does (changedRows,
 * markClean), but handing them to nobody: no RunWriter, no database. What is
 * left is the engine's own work per event, which reviews.ts's figure also
 * holds. Used by bench/engine/profile.mjs (CPU time per event, CPU profiles).
 */
import { MemorySandbox } from '../../src/engine/sandbox';
import type { RunRecord } from '../../src/engine/types';
import { reviewEngine } from './reviewEngine';
import { STORE, organization, reviewEvents, reviewWorkflow } from './reviewsFlow';

export interface ReviewsEngineResult {
  events: number;
  runs: number;
  /** Messages made for low ratings, and the last one's text. */
  low: number;
  last: string;
  /** Sandbox rows handed over with the runs (as the writer would get them). */
  rows: number;
  /** The last run, for checks. */
  lastRun: RunRecord | undefined;
}

/** The engine part of engine-vs-nodered for `count` events; each call starts from an empty sandbox. */
export function reviewsEngineBench(count = 20_000) {
  const workflows = [reviewWorkflow()];
  const org = organization();
  const events = reviewEvents(count);

  async function ours(): Promise<ReviewsEngineResult> {
    const sandbox = new MemorySandbox();
    let runs = 0;
    let rows = 0;
    let lastRun: RunRecord | undefined;
    const engine = reviewEngine(sandbox, (run, changed) => {
      rows += changed.length;
      runs++;
      lastRun = run;
    });
    for (const event of events) await engine.fire(event, workflows, org);
    const messages = sandbox.reader(STORE, 'slack').list('messages');
    return { events: events.length, runs, low: messages.length, last: String(messages.at(-1)?.text ?? ''), rows, lastRun };
  }

  return { ours, events: events.length };
}
