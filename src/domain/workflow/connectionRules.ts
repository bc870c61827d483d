/**
 * The rules a link between two steps must follow, in plain words: what the
 * canvas asks while the user drags a connection, and what the operation
 * reducer checks before it changes the document. They mirror the structural
 * rules of the `Workflow` schema (document.ts) and reuse its helpers, so a
 * link the canvas offers is a link the schema accepts.
 */
import { PORTS_BY_KIND, reaches, type Link, type Port, type Step, type StepKind, type Workflow } from './document';
import { kindOf } from './kinds/registry';
import { type Refusal, aStep } from './operationError';

export { aStep } from './operationError';

/** The answer of {@link canConnect}: ok, or why not (a refusal with its words and code). */
export type ConnectCheck = { ok: true } | { ok: false; reason: string; refusal: Refusal };

/** Said whenever a link would let a workflow run in a loop. */
export const CYCLE: Refusal = { code: 'cycle', message: 'This link would create a cycle: a workflow cannot loop back.' };

/** Steps by id. Ids are unique in a valid workflow, so this is a lookup, not a merge. */
export function stepsById(steps: readonly Step[]): Map<string, Step> {
  return new Map(steps.map((step) => [step.id, step]));
}

/** Targets by source step id, the shape `reaches` walks. */
export function outgoingLinks(links: readonly Link[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const link of links) {
    const targets = out.get(link.from);
    if (targets) targets.push(link.to);
    else out.set(link.from, [link.to]);
  }
  return out;
}

/**
 * Why this one link may not exist among these steps, or undefined when it
 * may: both steps exist, the port is an output of the source's kind, the
 * target is not the trigger and not the source itself. Cycles and ports that
 * already have a link depend on the other links and are checked by callers.
 */
export function linkProblem(steps: ReadonlyMap<string, Step>, link: Link): Refusal | undefined {
  const from = steps.get(link.from);
  if (!from) return { code: 'link-from-missing', params: { id: link.from }, message: `There is no step "${link.from}" to link from.` };
  const to = steps.get(link.to);
  if (!to) return { code: 'link-to-missing', params: { id: link.to }, message: `There is no step "${link.to}" to link to.` };
  const noPort = portProblem(from.kind, link.port);
  if (noPort) return noPort;
  if (link.from === link.to) return { code: 'self-link', message: 'A step cannot link to itself.' };
  if (!kindOf(to.kind).acceptsLinks) return { code: 'link-into-trigger', message: 'Nothing can link into the trigger: a workflow starts from it.' };
  return kindOf(from.kind).refuseNext?.(link.port, to.kind);
}

/**
 * Whether `from`'s `port` may be linked to `to` in this workflow. A link
 * already on that port does not count against it: connecting replaces it.
 * The cycle check walks the existing links from `to`; the link being
 * replaced leaves `from` and so cannot lie on a path that ends at `from`.
 *
 * @param doc the workflow being edited (assumed to parse with `Workflow`)
 * @param link the connection the user is dragging
 */
export function canConnect(doc: Pick<Workflow, 'steps' | 'links'>, link: Link): ConnectCheck {
  const problem = linkProblem(stepsById(doc.steps), link);
  if (problem) return { ok: false, reason: problem.message, refusal: problem };
  if (reaches(outgoingLinks(doc.links), link.to, link.from)) return { ok: false, reason: CYCLE.message, refusal: CYCLE };
  return { ok: true };
}

/** Why a step of this kind has no such output port, or undefined when it has. */
export function portProblem(kind: StepKind, port: Port): Refusal | undefined {
  const ports = PORTS_BY_KIND[kind];
  if (ports.includes(port)) return undefined;
  return {
    code: 'no-such-port',
    params: { kind, port, ports: ports.join(', ') },
    message: `${capitalize(aStep(kind))} has no "${port}" output (it has ${ports.map((p) => `"${p}"`).join(' and ')}).`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
