/**
 * Auto-layout of a workflow with dagre (a maintained layered-graph layout):
 * top to bottom, the trigger first, a step's branches left to right in the
 * order of its kind's ports (a condition's Then left of its Otherwise).
 * Returns positions only; the caller applies them as one moveSteps operation.
 * dagre is loaded on first use (a dynamic import): only the editor's
 * Auto-layout button needs it, so it stays out of the app's first load.
 */
import type { Position, Workflow } from './document';
import { kindOf } from './kinds/registry';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 84;

/** The parts of dagre the layout uses (handed in, so a caller that already has dagre lays out without waiting). */
export type Dagre = Pick<typeof import('@dagrejs/dagre'), 'Graph' | 'layout'>;

/** New top-left positions for every step, snapped to a 20-px grid. */
export async function autoLayout(doc: Pick<Workflow, 'steps' | 'links'>): Promise<{ id: string; position: Position }[]> {
  return layoutWith(await import('@dagrejs/dagre'), doc);
}

/** {@link autoLayout} with dagre already loaded (the Flow import lays out a file without positions as it reads it). */
export function layoutWith({ Graph, layout }: Dagre, doc: Pick<Workflow, 'steps' | 'links'>): { id: string; position: Position }[] {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 70, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // dagre's initial order follows insertion: add steps depth-first from the
  // trigger, Then before Otherwise, so that Then ends up on the left.
  for (const id of traversalOrder(doc)) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const link of sortedLinks(doc)) g.setEdge(link.from, link.to);
  layout(g);
  const x = new Map(doc.steps.map((s) => [s.id, g.node(s.id).x]));
  putFirstPortOnTheLeft(doc, x);
  const snap = (v: number) => Math.round(v / 20) * 20;
  return doc.steps.map((step) => ({
    id: step.id,
    position: { x: snap(x.get(step.id)! - NODE_WIDTH / 2), y: snap(g.node(step.id).y - NODE_HEIGHT / 2) },
  }));
}

/**
 * dagre orders siblings by its own crossing heuristic; where a step's first
 * branch (a condition's Then) came out right of its second (Otherwise) and
 * the two branches share no step, swap them horizontally.
 */
function putFirstPortOnTheLeft(doc: Pick<Workflow, 'steps' | 'links'>, x: Map<string, number>) {
  const { links } = doc;
  const children = new Map<string, string[]>();
  for (const l of links) children.set(l.from, [...(children.get(l.from) ?? []), l.to]);
  const subtree = (root: string) => {
    const seen = new Set<string>();
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    return seen;
  };
  for (const step of doc.steps) {
    const [firstPort, secondPort] = kindOf(step.kind).ports;
    if (secondPort === undefined) continue;
    const then = links.find((l) => l.from === step.id && l.port === firstPort);
    const otherwise = links.find((l) => l.from === step.id && l.port === secondPort);
    if (!then) continue;
    if (!otherwise || x.get(then.to)! <= x.get(otherwise.to)!) continue;
    const left = subtree(then.to);
    const right = subtree(otherwise.to);
    if ([...left].some((id) => right.has(id))) continue;
    const shift = x.get(otherwise.to)! - x.get(then.to)!;
    for (const id of left) x.set(id, x.get(id)! + shift);
    for (const id of right) x.set(id, x.get(id)! - shift);
  }
}

/** The links, each step's in the order of its kind's ports. */
function sortedLinks(doc: Pick<Workflow, 'steps' | 'links'>): Workflow['links'] {
  const kinds = new Map(doc.steps.map((s) => [s.id, kindOf(s.kind)]));
  const rank = (l: Workflow['links'][number]) => kinds.get(l.from)?.ports.indexOf(l.port) ?? 0;
  return [...doc.links].sort((a, b) => rank(a) - rank(b));
}

function traversalOrder(doc: Pick<Workflow, 'steps' | 'links'>): string[] {
  const children = new Map<string, string[]>();
  for (const l of sortedLinks(doc)) children.set(l.from, [...(children.get(l.from) ?? []), l.to]);
  // The entry step (the one nothing links into) first.
  const entry = (s: { kind: Workflow['steps'][number]['kind'] }) => !kindOf(s.kind).acceptsLinks;
  const roots = [...doc.steps].sort((a, b) => (entry(a) ? -1 : entry(b) ? 1 : 0));
  const seen = new Set<string>();
  const order: string[] = [];
  for (const root of roots) {
    const stack = [root.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      stack.push(...[...(children.get(id) ?? [])].reverse());
    }
  }
  return order;
}
