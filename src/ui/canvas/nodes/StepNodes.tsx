/**
 * The canvas node of a step, whatever its kind: the shared frame (kind, app,
 * name, problems, test result) and the handles of the kind's ports, drawn
 * from the domain's definition of the kind (a target handle when links may
 * come in, one source handle per output port, named ports labelled). Node
 * data carries the step (immutable, from the document) and what the node
 * shows of it, derived once per change by the flow store (flowStore.ts): a
 * node subscribes to no store and re-renders only when its own data or
 * selection change.
 */
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import type { Step, StepKind } from '../../../domain/workflow/document';
import { STEP_KIND_NAMES, kindOf } from '../../../domain/workflow/kinds/registry';
import type { Problem } from '../../../domain/workflow/problems';
import type { PathStatus } from '../../../domain/runs/runPath';
import type { StepRecord } from '../../../state/runtime';
import type { AppManifest } from '../../../domain/catalog/manifest';
import { markedLine } from '../../common/AppMark';
import { drawnBefore } from '../../common/drawnText';
import { interned } from '../../common/interned';
import { problemText } from '../../i18n/domainText';
import { DryRunChip } from './DryRunChip';
import { runPathChip } from './RunPathChip';
// `translate`, not useT: nodes subscribe to nothing; a language change relabels them (flowStore.ts).
import { translate } from '../../i18n';
import { useLanguageStore } from '../../i18n/language';
import { PORT_LABELS } from '../../kinds';
import { StickyNoteNode } from './StickyNoteNode';

/** The last "Test with sample data" as a node shows it: none, or this step's record (undefined: not reached). */
export interface TestShown {
  tested: boolean;
  record: StepRecord | undefined;
}

/** A type literal, not an interface: React Flow wants node data assignable to Record<string, unknown>. */
export type StepNodeData<S extends Step> = {
  step: S;
  // In the UI language (ui/kinds).
  kindLabel: string;
  appName: string;
  title: string;
  /** The app the step belongs to (ui/kinds), if any. */
  appId: string | undefined;
  /** That app's manifest in the effective catalog, whose mark is drawn beside its name (absent: no such app). */
  app: AppManifest | undefined;
  /** The step's problems (one stable empty list when it has none). */
  problems: readonly Problem[];
  test: TestShown;
  /** How many For each loops the step runs in (0: none), from the domain's loops.ts. */
  loopDepth: number;
  /** Only on a run shown on the canvas (ui/runCanvas): the step's place on the run's path. */
  run?: RunShown;
};

/** A step as a run shown on the canvas draws it: its status on the path (domain runs/runPath.ts) and whether it is the current step. */
export interface RunShown {
  status: PathStatus;
  reused: boolean;
  /** How many records the step has (more than one inside a For each). */
  records: number;
  current: boolean;
}

export type StepNodeType = Node<StepNodeData<Step>, StepKind>;

/** How a kind's node draws its handles, in the current language. */
interface HandleLayout {
  acceptsLinks: boolean;
  spread: boolean;
  ports: { id: string; className: string; label: string | undefined; style: CSSProperties | undefined }[];
}

/**
 * The handles of each kind, worked out once per kind and language rather
 * than on every render: panning a large workflow mounts nodes many times a
 * frame (docs/benchmarks.md).
 */
const layouts = new Map<string, HandleLayout>();

function layoutOf(kindName: StepKind): HandleLayout {
  const language = useLanguageStore.getState().language;
  const key = `${kindName}:${language}`;
  let layout = layouts.get(key);
  if (!layout) {
    const kind = kindOf(kindName);
    const spread = kind.ports.length > 1;
    layout = {
      acceptsLinks: kind.acceptsLinks,
      spread,
      ports: kind.ports.map((port, i) => {
        const labelKey = PORT_LABELS[port];
        return {
          id: port,
          className: `handle-${port}`,
          label: labelKey && translate(labelKey),
          // Several ports sit side by side, each in the middle of its share of the width.
          style: spread ? { left: `${((2 * i + 1) * 100) / (2 * kind.ports.length)}%` } : undefined,
        };
      }),
    };
    layouts.set(key, layout);
  }
  return layout;
}

/**
 * The frame's classes: its kind, in a loop, selected, its place on a run's
 * path and, without a problems badge, the kind line drawn as its `::before`.
 * One string per distinct list (interned.ts), not one per node.
 */
function frameClass(data: StepNodeData<Step>, selected: boolean): string {
  let c = `step-node step-node--${data.step.kind}`;
  if (data.loopDepth > 0) c += ' step-node--in-loop';
  if (selected) c += ' step-node--selected';
  if (data.run) c += ` step-node--path-${data.run.status}${data.run.current ? ' step-node--current' : ''}`;
  if (data.problems.length === 0) c += ` step-node--kind-drawn ${drawnBefore(data.kindLabel)}`;
  return interned(c);
}

/** The problems badge: how many errors (or warnings), the problems' text as its tooltip. */
function problemsBadge(problems: readonly Problem[]) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const language = useLanguageStore.getState().language;
  return (
    <span
      className={`step-node__badge ${errors > 0 ? 'step-node__badge--error' : 'step-node__badge--warning'}`}
      title={problems.map((p) => problemText(language, p)).join('\n')}
      aria-label={translate('canvas.problems', { count: problems.length })}
      role="img"
    >
      {errors > 0 ? `${errors} ⚠` : `${problems.length - errors} !`}
    </span>
  );
}

/**
 * One step on the canvas: kind (and a badge when the step has problems), the
 * app's mark and name, a mark when it runs inside a For each loop (once per
 * item), the step's name, its note, the result of the last test run or its
 * place on a run's path, and the handles of its kind's ports.
 *
 * One component and as few elements as the look allows (docs/benchmarks.md,
 * canvas-mount): the kind line is the frame's own `::before` (a class per
 * kind label, common/drawnText.ts; an element only when it carries the
 * problems badge), the app's monogram the app line's
 * `::before` (common/AppMark.tsx, `markedLine`, from the manifest in the
 * node's data, not a component following the catalog), the name the frame's
 * own text. Handles, badge, loop mark, note and chips are rendered only
 * where they apply.
 */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepNodeType>) {
  const { step, problems, app, loopDepth } = data;
  const layout = layoutOf(step.kind);
  const ports = layout.ports.map((port) => (
    <Handle key={port.id} type="source" position={Position.Bottom} id={port.id} className={port.className} style={port.style} />
  ));
  const badged = problems.length > 0;
  return (
    // Without a badge the kind line is the frame's `::before` (drawnText.ts, canvas.css): no element of its own.
    <div className={frameClass(data, selected)}>
      {badged && (
        <div className="step-node__kind">
          {data.kindLabel}
          {problemsBadge(problems)}
        </div>
      )}
      {markedLine('step-node__app', app, data.appName)}
      {loopDepth > 0 && <div className="step-node__loop">{translate('canvas.inLoop', { count: loopDepth })}</div>}
      {data.title}
      {step.note && <div className="step-node__note">{step.note}</div>}
      {data.test.tested && <DryRunChip record={data.test.record} />}
      {data.run && runPathChip(data.run)}
      {layout.acceptsLinks && <Handle type="target" position={Position.Top} />}
      {layout.spread && (
        <div className="step-node__ports" aria-hidden="true">
          {layout.ports.map((port) => (
            <span key={port.id}>{port.label}</span>
          ))}
        </div>
      )}
      {/* One port (most kinds): the handle itself, not a list of one (a list is a fragment more per node). */}
      {ports.length === 1 ? ports[0] : ports}
    </div>
  );
}, sameShown);

/**
 * A node draws only its data and whether it is selected: React Flow's other props (its place,
 * measured size, dragging, z-index) change when it is measured, dragged or raised, and
 * re-rendering the node for them drew nothing new but kept a second copy of every fiber of it
 * (React's alternates) and re-ran it on every frame of a drag (docs/benchmarks.md, memory-5000).
 */
function sameShown(before: NodeProps<StepNodeType>, after: NodeProps<StepNodeType>): boolean {
  return before.data === after.data && before.selected === after.selected;
}

/** React Flow's node types: every kind is drawn by StepNode. */
export const nodeTypes = {
  ...(Object.fromEntries(STEP_KIND_NAMES.map((kind) => [kind, StepNode])) as Record<StepKind, typeof StepNode>),
  stickyNote: StickyNoteNode,
};
