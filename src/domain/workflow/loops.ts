/**
 * The loops of a workflow, from its links alone: which For each loops each
 * step runs in. Validation reads it (StepFacts.loops: the steps Flow forbids
 * in a loop, the item's scope) and the canvas draws it (a loop body marked
 * as inside its loop), so the rule is written once, here.
 *
 * The rule: a step linked from a kind's loop port (For each's "For each
 * item") is in that loop and in every loop the For each itself is in; a
 * step linked from any other port is in the loops of the step before it; a
 * step reached by several links is in the loops all of them bring (their
 * common outermost part), so the step where "For each item" and "After the
 * loop" meet runs after the loop, not in it. Steps are visited in the
 * links' order (the graph is acyclic by the Workflow schema); a step on a
 * cycle, which only a broken record could hold, is in no loop.
 */
import type { Link, Step, Workflow } from './document';
import { kindOf } from './kinds/registry';

/** The steps in an order where every step comes after all the steps linking into it, and the links into each. */
export interface LinkOrder {
  readonly order: readonly string[];
  readonly incoming: ReadonlyMap<string, readonly Link[]>;
  readonly byId: ReadonlyMap<string, Step>;
}

/** Kahn's order from the steps nothing links into (the trigger and stray steps); links to unknown steps are ignored. */
export function linkOrder(workflow: Pick<Workflow, 'steps' | 'links'>): LinkOrder {
  const byId = new Map(workflow.steps.map((s) => [s.id, s]));
  const incoming = new Map<string, Link[]>();
  const outgoing = new Map<string, Link[]>();
  for (const link of workflow.links) {
    if (!byId.has(link.from) || !byId.has(link.to)) continue;
    const into = incoming.get(link.to);
    if (into) into.push(link);
    else incoming.set(link.to, [link]);
    const out = outgoing.get(link.from);
    if (out) out.push(link);
    else outgoing.set(link.from, [link]);
  }
  const waiting = new Map<string, number>();
  const ready: string[] = [];
  for (const step of workflow.steps) {
    const count = incoming.get(step.id)?.length ?? 0;
    waiting.set(step.id, count);
    if (count === 0) ready.push(step.id);
  }
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.pop()!;
    order.push(id);
    for (const link of outgoing.get(id) ?? []) {
      const left = waiting.get(link.to)! - 1;
      waiting.set(link.to, left);
      if (left === 0) ready.push(link.to);
    }
  }
  return { order, incoming, byId };
}

export const NO_LOOPS: readonly string[] = [];

/**
 * The For each steps whose loop body each step is in, outermost first; a
 * step in no loop is absent from the map. Linear in steps and links.
 */
export function loopsOf(workflow: Pick<Workflow, 'steps' | 'links'>, order: LinkOrder = linkOrder(workflow)): ReadonlyMap<string, readonly string[]> {
  const loops = new Map<string, readonly string[]>();
  for (const id of order.order) {
    let inLoops: readonly string[] | undefined;
    for (const link of order.incoming.get(id) ?? []) {
      const from = order.byId.get(link.from)!;
      const fromLoops = loops.get(link.from) ?? NO_LOOPS;
      const these = kindOf(from.kind).loopPort === link.port ? [...fromLoops, from.id] : fromLoops;
      inLoops = inLoops ? commonPrefix(inLoops, these) : these;
    }
    if (inLoops && inLoops.length > 0) loops.set(id, inLoops);
  }
  return loops;
}

function commonPrefix(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a === b) return a;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n === a.length ? a : a.slice(0, n);
}
