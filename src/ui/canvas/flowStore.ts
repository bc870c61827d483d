/**
 * The React Flow view of the open document: nodes and edges derived from the
 * document and the selection, plus what only the canvas knows (measured
 * sizes, positions while a drag is under way). Kept outside React so the
 * derivation runs once per change, and a node object is reused while its
 * step and selection are unchanged, so React Flow re-renders only what moved.
 */
import { type Edge, type EdgeChange, type NodeChange, applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import { create } from 'zustand';
import type { Link, Step } from '../../domain/workflow/document';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useEditorUi } from '../../state/editor/uiStore';
import type { StepNodeType } from './nodes/StepNodes';
import { translate } from '../i18n';
import { useLanguageStore } from '../i18n/language';
import { describeStepIn } from './stepText';

interface FlowState {
  nodes: StepNodeType[];
  edges: Edge[];
}

export const useFlowStore = create<FlowState>()(() => ({ nodes: [], edges: [] }));

function portLabel(port: Link['port']): string | undefined {
  return port === 'next' ? undefined : translate(port === 'then' ? 'canvas.port.then' : 'canvas.port.otherwise');
}

/** Nodes and edges are reused only while the language they were labelled in is still shown. */
let labelledIn = useLanguageStore.getState().language;
let relabelling = false;

function toNode(step: Step, selected: boolean, previous: StepNodeType | undefined): StepNodeType {
  if (previous && !relabelling && previous.data.step === step && !!previous.selected === selected && !previous.dragging) return previous;
  const { kindLabel, appName, title } = describeStepIn(labelledIn, step);
  return {
    id: step.id,
    type: step.kind,
    position: step.position,
    data: { step },
    selected,
    deletable: true,
    ariaLabel: `${kindLabel}: ${appName} · ${title}`,
    ...(previous?.measured ? { measured: previous.measured } : {}),
  } as StepNodeType;
}

function toEdge(link: Link, previous: Edge | undefined): Edge {
  const id = `${link.from}:${link.port}`;
  if (previous && !relabelling && previous.target === link.to) return previous;
  return {
    id,
    source: link.from,
    sourceHandle: link.port,
    target: link.to,
    label: portLabel(link.port),
    className: `edge--${link.port}`,
  };
}

/** Recomputes nodes from the document's steps and the selection, reusing unchanged nodes. */
export function syncNodes(): void {
  const steps = useDocumentStore.getState().doc?.steps ?? [];
  const selected = new Set(useEditorUi.getState().selection);
  const previous = new Map(useFlowStore.getState().nodes.map((n) => [n.id, n]));
  useFlowStore.setState({ nodes: steps.map((s) => toNode(s, selected.has(s.id), previous.get(s.id))) });
}

function syncEdges(): void {
  const links = useDocumentStore.getState().doc?.links ?? [];
  const previous = new Map(useFlowStore.getState().edges.map((e) => [e.id, e]));
  useFlowStore.setState({ edges: links.map((l) => toEdge(l, previous.get(`${l.from}:${l.port}`))) });
}

/** React Flow's node changes: positions while dragging, measured sizes, selection. */
export function onNodesChange(changes: NodeChange<StepNodeType>[]): void {
  const nodes = applyNodeChanges(changes, useFlowStore.getState().nodes);
  useFlowStore.setState({ nodes });
  if (changes.some((c) => c.type === 'select')) {
    useEditorUi.getState().setSelection(nodes.filter((n) => n.selected).map((n) => n.id));
  }
}

export function onEdgesChange(changes: EdgeChange[]): void {
  useFlowStore.setState({ edges: applyEdgeChanges(changes, useFlowStore.getState().edges) });
}

let subscribed = false;

/** Keeps the flow store in step with the document and the selection; call once. */
export function connectFlowStore(): void {
  if (subscribed) return;
  subscribed = true;
  useDocumentStore.subscribe((state, prev) => {
    if (state.doc?.steps !== prev.doc?.steps) syncNodes();
    if (state.doc?.links !== prev.doc?.links) syncEdges();
  });
  useEditorUi.subscribe((state, prev) => {
    if (state.selection !== prev.selection) syncNodes();
  });
  useLanguageStore.subscribe((state) => {
    if (state.language === labelledIn) return;
    labelledIn = state.language;
    relabelling = true;
    try {
      syncNodes();
      syncEdges();
    } finally {
      relabelling = false;
    }
  });
  syncNodes();
  syncEdges();
}
