/** One-line summaries of the runs a firing or a clock move started, in the UI language. */
import type { RunRecord, RunStatus } from '../../state/runtime';
import { type Language, translateIn } from '../i18n';

/** "2 succeeded, 1 skipped, 0 failed" (waiting and running only when there are some). */
export function countRuns(runs: readonly Pick<RunRecord, 'status'>[], language: Language = 'en'): string {
  const count = (s: RunStatus) => runs.filter((r) => r.status === s).length;
  const part = (s: RunStatus) => translateIn(language, `simulator.count.${s}`, { n: count(s) });
  const parts = [part('succeeded'), part('skipped'), part('failed')];
  for (const s of ['waiting', 'running'] as const) if (count(s) > 0) parts.push(part(s));
  return parts.join(', ');
}

/** What firing in some stores did: the runs started directly, and how many more they caused. */
export function firedLine(storeCount: number, runs: readonly Pick<RunRecord, 'status' | 'event'>[], language: Language = 'en'): string {
  const stores = translateIn(language, 'simulator.stores', { count: storeCount });
  const direct = runs.filter((r) => r.event.depth === 0);
  if (direct.length === 0) return translateIn(language, 'simulator.fired.none', { stores });
  const cascaded = runs.length - direct.length;
  const more = cascaded > 0 ? translateIn(language, 'simulator.fired.caused', { count: cascaded }) : '';
  return translateIn(language, 'simulator.fired', { stores, runs: countRuns(direct, language), more });
}
