/**
 * The React Flow view of an editor session's document: nodes and edges derived from the
 * document and the selection, plus what only the canvas knows (measured
 * sizes, positions while a drag is under way). Kept outside React so the
 * derivation runs once per change, and a node object is reused while its
 * step, selection, problems and test result are unchanged, so React Flow
 * re-renders only what moved.
 *
 * A node's `data` carries everything its component shows, derived here once
 * per change (names in the UI language, the step's problems, its test result,
 * how many For each loops it runs in, from the domain's loops.ts):
 * a node component subscribes to no store, so mounting one, which panning a
 * large workflow does about 20 times a frame, costs little more than React
 * Flow's own default node (docs/benchmarks.md, canvas-pan-p95).
 *
 * One view per editor session, made on first use (`canvasViewOf`) and
 * disposed with the session: its subscriptions end when the workflow closes.
 */
import { type Edge, type EdgeChange, type NodeChange, applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Catalog } from '../../domain/catalog/catalog';
import type { Link, Step } from '../../domain/workflow/document';
import { STEP_KIND_NAMES, kindOf } from '../../domain/workflow/kinds/registry';
import { loopsOf } from '../../domain/workflow/loops';
import type { Problem } from '../../domain/workflow/problems';
import type { EditorSession } from '../../state/editor/session';
import type { StepRecord } from '../../state/runtime';
// The test result's store, not the runtime's barrel: the runner and the engine load when a test is run (TestRunControl.tsx).
import { useDryRun } from '../../state/runtime/dryRunState';
import type { StepNodeData, StepNodeType, TestShown } from './nodes/StepNodes';
import type { StickyNoteNodeType } from './nodes/StickyNoteNode';
import { noteExcerpt } from '../../domain/workflow/diff';
import type { StickyNote } from '../../domain/workflow/stickyNotes';
import { interned } from '../common/interned';
import { translate } from '../i18n';
import { useLanguageStore } from '../i18n/language';
import { PORT_LABELS, stepTextIn } from '../kinds';

/** A node of the canvas: a step, or a sticky note (drawn first, so behind the steps). */
export type CanvasNode = StepNodeType | StickyNoteNodeType;

export interface FlowState {
  nodes: CanvasNode[];
  edges: Edge[];
}

/** Ports of kinds that branch (more than one way on): their links are labelled (Then, Otherwise). */
const BRANCH_PORTS: ReadonlySet<string> = new Set(STEP_KIND_NAMES.flatMap((k) => (kindOf(k).ports.length > 1 ? kindOf(k).ports : [])));

function portLabel(port: Link['port']): string | undefined {
  const key = PORT_LABELS[port];
  return BRANCH_PORTS.has(port) && key ? translate(key) : undefined;
}

const NO_PROBLEMS: readonly Problem[] = [];
const UNTESTED: TestShown = { tested: false, record: undefined };
const NOT_REACHED: TestShown = { tested: true, record: undefined };

/** What the canvas shows of the document's problems, loops and the last test run, per step. */
interface Status {
  problems: ReadonlyMap<string, readonly Problem[]>;
  /** The For each loops each step is in (absent: none). */
  loops: ReadonlyMap<string, readonly string[]>;
  /** undefined: no test result shown; otherwise each reached step's record. */
  records: ReadonlyMap<string, StepRecord> | undefined;
}

/** Validation builds new lists on every change; an unchanged one keeps its identity, so its node is not re-rendered. */
function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a === b || (a.length === b.length && a.every((p, i) => p.severity === b[i]!.severity && p.message === b[i]!.message));
}

function testOf(status: Status, id: string, previous: TestShown | undefined): TestShown {
  if (!status.records) return UNTESTED;
  const record = status.records.get(id);
  if (!record) return NOT_REACHED;
  return previous?.record === record ? previous : { tested: true, record };
}

/** The canvas of one editor session: nodes and edges derived from its stores (see the module header). */
export class CanvasView {
  readonly flow: StoreApi<FlowState> = createStore<FlowState>()(() => ({ nodes: [], edges: [] }));
  /** Nodes and edges are reused only while the language they were labelled in is still shown. */
  private labelledIn = useLanguageStore.getState().language;
  private relabelling = false;
  /** The catalog the nodes' manifests were last looked up in. */
  private catalogSeen: Catalog;
  /** The loops of the last steps and links seen: worked out again only when either changes, never per render. */
  private loopsMemo: { steps: readonly Step[]; links: readonly Link[]; loops: ReadonlyMap<string, readonly string[]> } | undefined;
  private readonly stops: (() => void)[];

  constructor(private readonly session: EditorSession) {
    this.catalogSeen = session.catalog.current();
    this.stops = [
      session.document.subscribe((state, prev) => {
        // A new link can put steps in a loop (or take them out), which their nodes show.
        if (state.doc?.steps !== prev.doc?.steps || state.doc?.links !== prev.doc?.links || state.doc?.notes !== prev.doc?.notes) this.syncNodes();
        if (state.doc?.links !== prev.doc?.links) this.syncEdges();
      }),
      session.ui.subscribe((state, prev) => {
        if (state.selection !== prev.selection || state.editingNote !== prev.editingNote) this.syncNodes();
      }),
      session.problems.subscribe((state, prev) => {
        if (state.byStep !== prev.byStep) this.syncNodes();
      }),
      useDryRun.subscribe((state, prev) => {
        if (state.run !== prev.run) this.syncNodes();
      }),
      useLanguageStore.subscribe((state) => {
        if (state.language === this.labelledIn) return;
        this.labelledIn = state.language;
        this.relabel();
      }),
      // A node draws its app's mark from the manifest in its data: custom apps imported, changed or
      // removed give new nodes to the steps whose app's manifest changed (toNode), and only to them.
      session.catalog.subscribe(() => {
        const catalog = session.catalog.current();
        if (catalog === this.catalogSeen) return;
        this.catalogSeen = catalog;
        this.syncNodes();
      }),
    ];
    this.syncNodes();
    this.syncEdges();
  }

  /** Derives every node and edge again rather than reusing them (a new language). */
  private relabel(): void {
    this.relabelling = true;
    try {
      this.syncNodes();
      this.syncEdges();
    } finally {
      this.relabelling = false;
    }
  }

  dispose(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** React Flow's node changes: positions while dragging, measured sizes, selection. */
  readonly onNodesChange = (changes: NodeChange<CanvasNode>[]): void => {
    const nodes = applyNodeChanges(changes, this.flow.getState().nodes);
    this.flow.setState({ nodes });
    if (changes.some((c) => c.type === 'select')) {
      this.session.ui.getState().setSelection(nodes.filter((n) => n.selected).map((n) => n.id));
    }
  };

  readonly onEdgesChange = (changes: EdgeChange[]): void => {
    this.flow.setState({ edges: applyEdgeChanges(changes, this.flow.getState().edges) });
  };

  /** The For each loops each step runs in (domain/workflow/loops.ts), memoised on the document's steps and links. */
  private loops(): ReadonlyMap<string, readonly string[]> {
    const doc = this.session.document.getState().doc;
    const steps = doc?.steps ?? [];
    const links = doc?.links ?? [];
    const memo = this.loopsMemo;
    if (memo && memo.steps === steps && memo.links === links) return memo.loops;
    const loops = loopsOf({ steps, links });
    this.loopsMemo = { steps, links, loops };
    return loops;
  }

  private currentStatus(): Status {
    const run = useDryRun.getState().run;
    const shown = run !== undefined && run.status !== 'skipped';
    return {
      problems: this.session.problems.getState().byStep,
      loops: this.loops(),
      records: shown ? new Map(run.steps.map((r) => [r.stepId, r])) : undefined,
    };
  }

  private toNode(step: Step, selected: boolean, status: Status, previous: StepNodeType | undefined): StepNodeType {
    const found = status.problems.get(step.id) ?? NO_PROBLEMS;
    const problems = previous && sameProblems(previous.data.problems, found) ? previous.data.problems : found;
    const test = testOf(status, step.id, previous?.data.test);
    const loopDepth = status.loops.get(step.id)?.length ?? 0;
    const sameText = previous && !this.relabelling && previous.data.step === step;
    const { kindLabel, appName, title, appId } = sameText ? previous.data : stepTextIn(this.labelledIn, step);
    const app = appId === undefined ? undefined : this.catalogSeen.byId.get(appId);
    if (
      sameText &&
      previous.data.app === app &&
      previous.data.problems === problems &&
      previous.data.test === test &&
      previous.data.loopDepth === loopDepth &&
      !!previous.selected === selected &&
      !previous.dragging
    ) {
      return previous;
    }
    const data: StepNodeData<Step> = { step, kindLabel, appName, title, appId, app, problems, test, loopDepth };
    return {
      id: step.id,
      type: step.kind,
      position: step.position,
      data,
      selected,
      deletable: true,
      ariaLabel: interned(`${kindLabel}: ${appName} · ${title}`),
      ...(previous?.measured ? { measured: previous.measured } : {}),
    } as StepNodeType;
  }

  private toEdge(link: Link, loops: ReadonlyMap<string, readonly string[]>, previous: Edge | undefined): Edge {
    const id = `${link.from}:${link.port}`;
    // A link into a step that runs in a loop is part of that loop's body (the loop port's own link included).
    const className = interned(loops.has(link.to) ? `edge--${link.port} edge--in-loop` : `edge--${link.port}`);
    if (previous && !this.relabelling && previous.target === link.to && previous.className === className) return previous;
    return {
      id,
      source: link.from,
      // `next` is the port of the one-port kinds (flowStore.test.ts): no handle id, React Flow takes the node's only
      // source handle, and keeps no lookup entry and key string per link for it (docs/benchmarks.md, memory-5000).
      sourceHandle: link.port === 'next' ? null : link.port,
      target: link.to,
      label: portLabel(link.port),
      className,
      // Labelled ports get an edge that sizes its label without a forced layout (edges/LabelledEdge.tsx).
      ...(BRANCH_PORTS.has(link.port) ? { type: 'labelled' } : {}),
    };
  }

  /** A sticky note's node: its size from the document, reused while the note, selection and editing are unchanged. */
  private toNoteNode(note: StickyNote, selected: boolean, editing: boolean, previous: CanvasNode | undefined): StickyNoteNodeType {
    const before = previous?.type === 'stickyNote' ? (previous as StickyNoteNodeType) : undefined;
    if (before && !this.relabelling && before.data.note === note && before.data.editing === editing && !!before.selected === selected && !before.dragging && !before.resizing) {
      return before;
    }
    const excerpt = noteExcerpt(note.text) || translate('notes.node.empty');
    return {
      id: note.id,
      type: 'stickyNote',
      position: note.position,
      data: { note, editing },
      selected,
      deletable: true,
      width: note.size.width,
      height: note.size.height,
      ariaLabel: translate('notes.node.label', { excerpt }),
      ...(before?.measured ? { measured: before.measured } : {}),
    };
  }

  /** Recomputes nodes from the document's sticky notes and steps, the selection, problems and test result, reusing unchanged nodes. */
  private syncNodes(): void {
    const doc = this.session.document.getState().doc;
    const steps = doc?.steps ?? [];
    const notes = doc?.notes ?? [];
    const { selection, editingNote } = this.session.ui.getState();
    const selected = new Set(selection);
    const status = this.currentStatus();
    const previous = new Map(this.flow.getState().nodes.map((n) => [n.id, n]));
    const noteNodes = notes.map((n) => this.toNoteNode(n, selected.has(n.id), editingNote === n.id, previous.get(n.id)));
    const stepNodes = steps.map((s) => {
      const before = previous.get(s.id);
      return this.toNode(s, selected.has(s.id), status, before?.type === 'stickyNote' ? undefined : (before as StepNodeType | undefined));
    });
    this.flow.setState({ nodes: noteNodes.length > 0 ? [...noteNodes, ...stepNodes] : stepNodes });
  }

  private syncEdges(): void {
    const links = this.session.document.getState().doc?.links ?? [];
    const loops = this.loops();
    const previous = new Map(this.flow.getState().edges.map((e) => [e.id, e]));
    this.flow.setState({ edges: links.map((l) => this.toEdge(l, loops, previous.get(`${l.from}:${l.port}`))) });
  }
}

const views = new WeakMap<EditorSession, CanvasView>();

/** The session's canvas view, made on first use and disposed with the session. */
export function canvasViewOf(session: EditorSession): CanvasView {
  let view = views.get(session);
  if (!view) {
    const made = new CanvasView(session);
    views.set(session, made);
    session.own(() => made.dispose());
    view = made;
  }
  return view;
}
