/**
 * Editor commands built on the document store: adding a palette item (by
 * click, Enter or drop), refusing connectors on conditions, removing,
 * duplicating, auto-layout. They turn gestures into operations and report
 * refusals as messages the user sees.
 */
import { catalog } from '../../domain/catalog/catalog';
import type { Position, Step } from '../../domain/workflow/document';
import { actionStep, conditionStep, newId, triggerStep, waitStep } from '../../domain/workflow/factory';
import { autoLayout } from '../../domain/workflow/layout';
import { useDocumentStore } from './documentStore';
import { useEditorUi } from './uiStore';

/** Auto-layout: one moveSteps for the whole document (dagre is loaded on first use). */
export async function autoLayoutDocument(): Promise<void> {
  const doc = useDocumentStore.getState().doc;
  if (!doc || doc.steps.length === 0) return;
  const moves = await autoLayout(doc);
  const store = useDocumentStore.getState();
  if (store.doc !== doc) return autoLayoutDocument(); // edited while dagre loaded: lay out what is there now
  const result = store.dispatch({ type: 'moveSteps', moves });
  if (!result.ok) useEditorUi.getState().showMessage(result.reason, 'error');
}

/** What a palette offers: a trigger or action of an app, or a logic step. */
export type PaletteItem =
  | { kind: 'trigger'; app: string; trigger: string }
  | { kind: 'action'; app: string; action: string }
  | { kind: 'condition' }
  | { kind: 'wait' };

export const CONNECTOR_CONDITION_MESSAGE =
  "Connectors can't be used in conditions. A condition checks the workflow's data; add the app's action after the condition instead.";

const GAP_Y = 140;

/** True for items that belong to a connector app (anything but the built-in Shopify app and logic steps). */
export function isConnectorItem(item: PaletteItem): boolean {
  return (item.kind === 'trigger' || item.kind === 'action') && !catalog.byId.get(item.app)?.builtIn;
}

function makeStep(item: PaletteItem, position: Position): Step {
  switch (item.kind) {
    case 'trigger':
      return triggerStep(item.app, item.trigger, position);
    case 'action':
      return actionStep(item.app, item.action, position);
    case 'condition':
      return conditionStep(position);
    case 'wait':
      return waitStep(position);
  }
}

function report(result: { ok: boolean; reason?: string }): boolean {
  if (!result.ok && result.reason) useEditorUi.getState().showMessage(result.reason, 'error');
  return result.ok;
}

/**
 * Adds a palette item. With a position (a drop), it goes there unlinked.
 * Without one (click or Enter) it goes below the selected step and is linked
 * to it when that is unambiguous: one step selected whose output port is free
 * (a condition's Then first, then Otherwise). A trigger replaces the
 * existing trigger's event rather than adding a second trigger.
 */
export function addPaletteItem(item: PaletteItem, position?: Position): boolean {
  const docStore = useDocumentStore.getState();
  const ui = useEditorUi.getState();
  const doc = docStore.doc;
  if (!doc) return false;

  const existingTrigger = doc.steps.find((s) => s.kind === 'trigger');
  if (item.kind === 'trigger' && existingTrigger) {
    const ok = report(docStore.dispatch({ type: 'setTrigger', app: item.app, trigger: item.trigger }));
    if (ok) {
      ui.setSelection([existingTrigger.id]);
      ui.showMessage('The workflow has one trigger: its event was replaced.', 'info', undefined, 'trigger-replaced');
    }
    return ok;
  }

  const selected = ui.selection.length === 1 ? doc.steps.find((s) => s.id === ui.selection[0]) : undefined;
  const anchor = selected ?? (item.kind !== 'trigger' && doc.steps.length > 0 ? lastStep(doc.steps) : undefined);
  const freePort = anchor ? firstFreePort(anchor, doc.links) : undefined;
  const at = position ?? nextPosition(anchor, freePort, doc.steps);
  const step = makeStep(item, at);
  const links = position === undefined && anchor && freePort && item.kind !== 'trigger' ? [{ from: anchor.id, port: freePort, to: step.id }] : [];
  const ok = report(docStore.dispatch({ type: 'addSteps', steps: [step], links }));
  if (ok) ui.setSelection([step.id]);
  return ok;
}

/** A palette item dropped onto a step: connectors onto a condition are refused with the seed's rule. */
export function dropOnStep(targetId: string, item: PaletteItem, position: Position): boolean {
  const target = useDocumentStore.getState().doc?.steps.find((s) => s.id === targetId);
  if (target?.kind === 'condition' && isConnectorItem(item)) {
    useEditorUi.getState().showMessage(CONNECTOR_CONDITION_MESSAGE, 'error', undefined, 'connector-condition');
    return false;
  }
  return addPaletteItem(item, position);
}

/** Removes the selected steps (one undo entry). */
export function removeSelected(): void {
  const { selection, setSelection } = useEditorUi.getState();
  if (selection.length === 0) return;
  if (report(useDocumentStore.getState().dispatch({ type: 'removeSteps', ids: [...selection] }))) setSelection([]);
}

function lastStep(steps: readonly Step[]): Step {
  return steps.reduce((a, b) => (b.position.y > a.position.y ? b : a));
}

function firstFreePort(step: Step, links: readonly { from: string; port: string }[]) {
  const ports = step.kind === 'condition' ? (['then', 'otherwise'] as const) : (['next'] as const);
  return ports.find((port) => !links.some((l) => l.from === step.id && l.port === port));
}

function nextPosition(anchor: Step | undefined, port: string | undefined, steps: readonly Step[]): Position {
  if (!anchor) {
    const maxY = steps.reduce((m, s) => Math.max(m, s.position.y), -GAP_Y);
    return { x: 0, y: maxY + GAP_Y };
  }
  const dx = port === 'otherwise' ? 260 : port === 'then' ? -260 : 0;
  return { x: anchor.position.x + dx, y: anchor.position.y + GAP_Y };
}

/** Fresh ids for copied steps, with links between them remapped; links to outside steps are dropped. */
export function cloneSteps(
  steps: readonly Step[],
  links: readonly { from: string; port: 'next' | 'then' | 'otherwise'; to: string }[],
  offset: Position,
) {
  const ids = new Map(steps.map((s) => [s.id, newId(s.kind)]));
  return {
    steps: steps.map((s) => ({ ...s, id: ids.get(s.id)!, position: { x: s.position.x + offset.x, y: s.position.y + offset.y } })),
    links: links
      .filter((l) => ids.has(l.from) && ids.has(l.to))
      .map((l) => ({ from: ids.get(l.from)!, port: l.port, to: ids.get(l.to)! })),
  };
}

/** The drag-and-drop type of palette items; the payload is a PaletteItem as JSON. */
export const PALETTE_ITEM_MIME = 'application/x-flowbench-item';

/** Parses a dropped palette item; undefined when the data is not one. */
export function parsePaletteItem(text: string): PaletteItem | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (value.kind === 'condition' || value.kind === 'wait') return { kind: value.kind };
    if (value.kind === 'trigger' && typeof value.app === 'string' && typeof value.trigger === 'string') {
      return catalog.byId.get(value.app)?.triggers.some((t) => t.id === value.trigger)
        ? { kind: 'trigger', app: value.app, trigger: value.trigger }
        : undefined;
    }
    if (value.kind === 'action' && typeof value.app === 'string' && typeof value.action === 'string') {
      return catalog.byId.get(value.app)?.actions.some((a) => a.id === value.action)
        ? { kind: 'action', app: value.app, action: value.action }
        : undefined;
    }
  } catch {
    // not JSON: not a palette item
  }
  return undefined;
}
