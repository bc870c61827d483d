/**
 * Moving along a workflow's links from one step to another, for keyboard
 * editing: the next step (along the first outgoing link, in the kind's port
 * order), the previous one (along an incoming link) and the siblings (the
 * other steps linked from the same parent, in the parent's port order), and
 * nudging steps by a keyboard move, and the steps a port may link to (the
 * keyboard's port picker, with the connection rules' refusals). Pure: the canvas decides what to do with
 * the answer (focus it, announce it).
 */
import { canConnect } from './connectionRules';
import type { Link, Port, Position, Step, StepKind, Workflow } from './document';
import { kindOf } from './kinds/registry';
import type { Refusal } from './operationError';

/** Where to go from a step. */
export type Direction = 'next' | 'previous' | 'nextSibling' | 'previousSibling';

interface Graph {
  readonly steps: readonly Step[];
  readonly links: readonly Link[];
}

/** The step's outgoing links in its kind's port order (Then before Otherwise, the loop body before what follows). */
export function outgoingLinks(graph: Graph, stepId: string): Link[] {
  const step = graph.steps.find((s) => s.id === stepId);
  if (!step) return [];
  const ports = kindOf(step.kind).ports;
  return graph.links.filter((l) => l.from === stepId).sort((a, b) => ports.indexOf(a.port) - ports.indexOf(b.port));
}

/** The step's incoming links, the highest parent on the canvas first (ties: leftmost), so "previous" is stable. */
function incomingLinks(graph: Graph, stepId: string): Link[] {
  const at = new Map(graph.steps.map((s) => [s.id, s.position]));
  const order = (l: Link) => at.get(l.from) ?? { x: 0, y: 0 };
  return graph.links.filter((l) => l.to === stepId).sort((a, b) => order(a).y - order(b).y || order(a).x - order(b).x);
}

/**
 * The step `direction` leads to from `stepId`, or undefined when there is
 * none (the last step has no next; the trigger no previous; an only child no
 * sibling). Siblings do not wrap around: the edge of a branch is said, not skipped.
 */
export function stepAlong(graph: Graph, stepId: string, direction: Direction): string | undefined {
  if (direction === 'next') return outgoingLinks(graph, stepId)[0]?.to;
  const parent = incomingLinks(graph, stepId)[0];
  if (direction === 'previous') return parent?.from;
  if (!parent) return undefined;
  const siblings = outgoingLinks(graph, parent.from).map((l) => l.to);
  const index = siblings.indexOf(stepId);
  return siblings[direction === 'nextSibling' ? index + 1 : index - 1];
}

/** The moves that nudge the steps `ids` by `delta` (one moveSteps operation, like a drag of the same steps). */
export function nudgedMoves(steps: readonly { id: string; position: Position }[], ids: readonly string[], delta: Position): { id: string; position: Position }[] {
  const moving = new Set(ids);
  return steps
    .filter((s) => moving.has(s.id))
    .map((s) => ({ id: s.id, position: { x: s.position.x + delta.x, y: s.position.y + delta.y } }));
}

/** A step a port could link to, or why it cannot (the connection rules' own refusal). */
export interface LinkTarget {
  readonly step: Step;
  readonly refusal: Refusal | undefined;
}

/**
 * Every other step as a target of `from`'s `port`, top to bottom then left to
 * right (reading order on the canvas), each with the refusal the connection
 * rules give, so a picker can offer the accepted ones and explain the rest.
 */
export function linkTargets(graph: Pick<Workflow, 'steps' | 'links'>, from: string, port: Port): LinkTarget[] {
  return graph.steps
    .filter((s) => s.id !== from)
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
    .map((step) => {
      const check = canConnect(graph, { from, port, to: step.id });
      return { step, refusal: check.ok ? undefined : check.refusal };
    });
}

/** The first of the step's outputs, in its kind's order, that has no link yet (where "add step after" links). */
export function firstFreePort(step: Step, links: readonly Link[]): Port | undefined {
  return kindOf(step.kind).ports.find((port) => !links.some((l) => l.from === step.id && l.port === port));
}

/** True when a new step of `kind` may follow `step` on its `port` (it takes links, and the step's kind does not refuse it there). */
export function fitsAfter(step: Step, port: Port, kind: StepKind): boolean {
  return kindOf(kind).acceptsLinks && !kindOf(step.kind).refuseNext?.(port, kind);
}
