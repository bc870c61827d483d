/**
 * The simulated clock: the runtime's "now" (simNow.ts reads it; stored in
 * the settings, so it survives reloads and is shared by tabs). It starts at
 * the real time of the first start and only moves forward, when the user
 * moves it; moving it fires what was due on the way, in time order:
 * - waiting runs whose resumeAt has come are resumed at their time;
 * - scheduled triggers (daily, birthdays…) fire at their times in the
 *   window (old, new] (engine/schedule.ts).
 * At each instant due waits are resumed before the schedules of that instant.
 */
import { currentCatalog } from '../catalog';
import { scheduledEvents } from '../../engine/engine';
import { toIso, toMs } from '../../engine/clock';
import { MemorySandbox } from '../../engine/sandbox';
import type { RunRecord, TriggerEvent } from '../../engine/types';
import { getDb } from '../../storage/db';
import { nextWaiting, readDueRuns } from '../../storage/runRepo';
import { writeSetting } from '../../storage/settingsRepo';
import { exclusive, writerOptions } from './config';
import { ensureSimNow } from './simNow';
import { loadContext } from './context';
import { runJob } from './jobs';
import { RunWriter } from './runWriter';

const DAY_MS = 86_400_000;
/** scheduledEvents computes at most 366 days at a time. */
const WINDOW_MS = 366 * DAY_MS;
/** The clock can move at most this far at once (10 years). */
const MAX_MOVE_MS = 3653 * DAY_MS;

/**
 * Moves the simulated clock forward by `ms` milliseconds, firing scheduled
 * triggers in (old, new] and resuming waiting runs that come due. Returns
 * the runs made or resumed.
 */
export function advanceClock(ms: number): Promise<RunRecord[]> {
  if (!Number.isFinite(ms) || ms < 0) return Promise.reject(new Error('The clock can only be moved forward.'));
  return exclusive(async () => moveTo(toIso(toMs(await ensureSimNow()) + ms)));
}

/** Sets the simulated clock to `iso` (forward only), with the same effects as advanceClock. */
export function setClock(iso: string): Promise<RunRecord[]> {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return Promise.reject(new Error(`"${iso}" is not a date and time.`));
  return exclusive(async () => {
    const now = await ensureSimNow();
    if (ms < toMs(now)) throw new Error(`The simulated clock only moves forward; it is already ${now}.`);
    return moveTo(toIso(ms));
  });
}

async function moveTo(target: string): Promise<RunRecord[]> {
  const db = getDb();
  const start = await ensureSimNow();
  if (toMs(target) - toMs(start) > MAX_MOVE_MS) throw new Error('The clock can be moved at most 10 years at once.');
  if (target === start) return [];
  const ctx = await loadContext(db);
  const birthdays = MemorySandbox.fromRows(ctx.sandbox.all());
  const scheduled: TriggerEvent[] = [];
  for (let from = toMs(start); from < toMs(target); from += WINDOW_MS) {
    const to = Math.min(from + WINDOW_MS, toMs(target));
    scheduled.push(...scheduledEvents({ catalog: currentCatalog(), workflows: ctx.workflows, org: ctx.org, sandbox: birthdays, from: toIso(from), to: toIso(to) }));
  }
  const writer = new RunWriter(db, writerOptions());
  const runs: RunRecord[] = [];
  // Each waiting run is tried once per resume time: a guard against one that stays due (or cannot be read).
  const tried = new Set<string>();
  const key = (r: { id: string; resumeAt?: string }) => `${r.id}@${r.resumeAt ?? ''}`;
  let i = 0;
  try {
    for (;;) {
      const waking = await nextWaiting(db, '', (row) => tried.has(key(row)));
      const wake = waking && (waking.resumeAt < start ? start : waking.resumeAt);
      const at = [scheduled[i]?.at, wake].filter((t): t is string => t !== undefined && t <= target).sort()[0];
      if (at === undefined) break;
      const due = (await readDueRuns(db, at)).filter((r) => !tried.has(key(r)));
      for (const r of due) tried.add(key(r));
      if (waking && wake === at) tried.add(key(waking));
      if (due.length > 0) runs.push(...(await runJob(ctx, { type: 'resume', runs: due }, at, { writer })));
      const events: TriggerEvent[] = [];
      while (scheduled[i] && scheduled[i]!.at <= at) events.push(scheduled[i++]!);
      if (events.length > 0) runs.push(...(await runJob(ctx, { type: 'fire', events }, at, { writer })));
      // Waiting runs made here must be visible to the next round's queries.
      await writer.flush();
      await writeSetting(db, 'simNow', at);
    }
  } catch (error) {
    // Keep what did run, then report the failure.
    await writer.close().catch(() => undefined);
    throw error;
  }
  await writer.close();
  await writeSetting(db, 'simNow', target);
  return runs;
}
