/**
 * Auto-layout of a workflow with dagre (a maintained layered-graph layout):
 * top to bottom, the trigger first, Then branches left of Otherwise.
 * Returns positions only; the caller applies them as one moveSteps operation.
 * dagre is loaded on first use (a dynamic import): only the editor's
 * Auto-layout button needs it, so it stays out of the app's first load.
 */
import type { Position, Workflow } from './document';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 84;

/** New top-left positions for every step, snapped to a 20-px grid. */
export async function autoLayout(doc: Pick<Workflow, 'steps' | 'links'>): Promise<{ id: string; position: Position }[]> {
  const { Graph, layout } = await import('@dagrejs/dagre');
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 70, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // dagre's initial order follows insertion: add steps depth-first from the
  // trigger, Then before Otherwise, so that Then ends up on the left.
  for (const id of traversalOrder(doc)) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const link of sortedLinks(doc.links)) g.setEdge(link.from, link.to);
  layout(g);
  const x = new Map(doc.steps.map((s) => [s.id, g.node(s.id).x]));
  putThenOnTheLeft(doc.links, x);
  const snap = (v: number) => Math.round(v / 20) * 20;
  return doc.steps.map((step) => ({
    id: step.id,
    position: { x: snap(x.get(step.id)! - NODE_WIDTH / 2), y: snap(g.node(step.id).y - NODE_HEIGHT / 2) },
  }));
}

/**
 * dagre orders siblings by its own crossing heuristic; where a condition's
 * Then branch came out right of its Otherwise branch and the two branches
 * share no step, swap them horizontally.
 */
function putThenOnTheLeft(links: Workflow['links'], x: Map<string, number>) {
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
  for (const then of links.filter((l) => l.port === 'then')) {
    const otherwise = links.find((l) => l.from === then.from && l.port === 'otherwise');
    if (!otherwise || x.get(then.to)! <= x.get(otherwise.to)!) continue;
    const left = subtree(then.to);
    const right = subtree(otherwise.to);
    if ([...left].some((id) => right.has(id))) continue;
    const shift = x.get(otherwise.to)! - x.get(then.to)!;
    for (const id of left) x.set(id, x.get(id)! + shift);
    for (const id of right) x.set(id, x.get(id)! - shift);
  }
}

const PORT_ORDER = { next: 0, then: 1, otherwise: 2 } as const;

function sortedLinks(links: Workflow['links']): Workflow['links'] {
  return [...links].sort((a, b) => PORT_ORDER[a.port] - PORT_ORDER[b.port]);
}

function traversalOrder(doc: Pick<Workflow, 'steps' | 'links'>): string[] {
  const children = new Map<string, string[]>();
  for (const l of sortedLinks(doc.links)) children.set(l.from, [...(children.get(l.from) ?? []), l.to]);
  const roots = [...doc.steps].sort((a, b) => (a.kind === 'trigger' ? -1 : b.kind === 'trigger' ? 1 : 0));
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
