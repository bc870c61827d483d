/**
 * The React Flow nodes and edges of a run shown on the canvas: the workflow
 * version that ran (the run's own copy, never the document being edited),
 * each node with its place on the run's path (domain runs/runPath.ts) in
 * its data, each link the run went along with the class `edge--taken`.
 * Nothing here is stored: it is derived from the run record for the view.
 * Read-only: nodes can be focused and selected, not moved or deleted.
 */
import type { Edge } from '@xyflow/react';
import type { Catalog } from '../../domain/catalog/catalog';
import type { RunPath } from '../../domain/runs/runPath';
import type { Problem } from '../../domain/workflow/problems';
import type { Workflow } from '../../domain/workflow/document';
import { STEP_KIND_NAMES, kindOf } from '../../domain/workflow/kinds/registry';
import { loopsOf } from '../../domain/workflow/loops';
import { pathStatusLabel } from '../canvas/nodes/RunPathChip';
import type { RunShown, StepNodeData, StepNodeType } from '../canvas/nodes/StepNodes';
import type { Language } from '../i18n';
import { interned } from '../common/interned';
import { translate } from '../i18n';
import { PORT_LABELS, stepTextIn } from '../kinds';

const BRANCH_PORTS: ReadonlySet<string> = new Set(STEP_KIND_NAMES.flatMap((k) => (kindOf(k).ports.length > 1 ? kindOf(k).ports : [])));
const UNTESTED = { tested: false, record: undefined } as const;
const NO_PROBLEMS: readonly Problem[] = [];

/**
 * The node's accessible name: the step (as in the editor) and its place on
 * the run's path, "Action: Shopify · Add order tags. In this run: Failed,
 * Current step". The chip on the node shows the status; the words a screen
 * reader needs besides ("In this run:", "Current step") are said here, not
 * in visually hidden text inside the node (runCanvas.css: hidden text there
 * made Chromium paint every node again on each frame of a pan).
 */
export function runNodeLabel(step: string, shown: RunShown): string {
  const status = pathStatusLabel(shown.status);
  const place = `${translate('runCanvas.path.label')} ${status}`;
  return interned(`${step}. ${shown.current ? `${place}, ${translate('runCanvas.path.current')}` : place}`);
}

/** The run's current step on its node: a new node object with `current` set (the others keep theirs). */
export function asCurrent(node: StepNodeType): StepNodeType {
  const run = node.data.run;
  if (!run) return node;
  const shown = { ...run, current: true };
  return { ...node, data: { ...node.data, run: shown }, ariaLabel: runNodeLabel(stepLabelOf(node.data), shown) };
}

/** The step's own part of its node's accessible name, as the editor names the node. */
export function stepLabelOf(data: StepNodeType['data']): string {
  return `${data.kindLabel}: ${data.appName} · ${data.title}`;
}

/** The nodes of the run's workflow version, `current` the id of the current step's node. */
export function runNodes(workflow: Workflow, path: RunPath, current: string | undefined, language: Language, catalog: Catalog): StepNodeType[] {
  const loops = loopsOf(workflow);
  return workflow.steps.map((step) => {
    const { kindLabel, appName, title, appId } = stepTextIn(language, step);
    const onPath = path.steps.get(step.id) ?? { status: 'notReached' as const, reused: false, records: 0 };
    const shown: RunShown = { ...onPath, current: step.id === current };
    const data: StepNodeData<typeof step> = {
      step,
      kindLabel,
      appName,
      title,
      appId,
      app: appId === undefined ? undefined : catalog.byId.get(appId),
      problems: NO_PROBLEMS,
      test: UNTESTED,
      loopDepth: loops.get(step.id)?.length ?? 0,
      run: shown,
    };
    return {
      id: step.id,
      type: step.kind,
      position: step.position,
      data,
      draggable: false,
      connectable: false,
      deletable: false,
      ariaLabel: runNodeLabel(stepLabelOf(data), shown),
    } as StepNodeType;
  });
}

/** The links of the run's workflow version; those the run went along are `edge--taken`, the others `edge--not-taken`. */
export function runEdges(workflow: Workflow, path: RunPath, language: Language): Edge[] {
  void language; // labels come from translate() in the language shown; the parameter keys the caller's memo
  return workflow.links.map((link) => {
    const id = `${link.from}:${link.port}`;
    const key = PORT_LABELS[link.port];
    const taken = path.taken.has(id);
    return {
      id,
      source: link.from,
      // As the editor's links (canvas/flowStore.ts): the one-port kinds' `next` names no handle.
      sourceHandle: link.port === 'next' ? null : link.port,
      target: link.to,
      label: BRANCH_PORTS.has(link.port) && key ? translate(key) : undefined,
      className: interned(`edge--${link.port} ${taken ? 'edge--taken' : 'edge--not-taken'}`),
      deletable: false,
      ...(BRANCH_PORTS.has(link.port) ? { type: 'labelled' } : {}),
    };
  });
}
