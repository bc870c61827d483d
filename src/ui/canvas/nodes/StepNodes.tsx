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
import { memo } from 'react';
import type { Step, StepKind } from '../../../domain/workflow/document';
import { STEP_KIND_NAMES, kindOf } from '../../../domain/workflow/kinds/registry';
import type { Problem } from '../../../domain/workflow/problems';
import type { StepRecord } from '../../../state/runtime';
import { StepNodeFrame } from './StepNodeFrame';
// `translate`, not useT: nodes subscribe to nothing; a language change relabels them (flowStore.ts).
import { translate } from '../../i18n';
import { PORT_LABELS } from '../../kinds';

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
  /** The step's problems (one stable empty list when it has none). */
  problems: readonly Problem[];
  test: TestShown;
};

export type StepNodeType = Node<StepNodeData<Step>, StepKind>;

function portLabel(port: string): string | undefined {
  const key = PORT_LABELS[port as keyof typeof PORT_LABELS];
  return key && translate(key);
}

export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepNodeType>) {
  const kind = kindOf(data.step.kind);
  const { ports } = kind;
  const spread = ports.length > 1;
  return (
    <StepNodeFrame data={data} selected={selected}>
      {kind.acceptsLinks && <Handle type="target" position={Position.Top} />}
      {spread && (
        <div className="step-node__ports" aria-hidden="true">
          {ports.map((port) => (
            <span key={port}>{portLabel(port)}</span>
          ))}
        </div>
      )}
      {ports.map((port, i) => (
        <Handle
          key={port}
          type="source"
          position={Position.Bottom}
          id={port}
          className={`handle-${port}`}
          aria-label={portLabel(port)}
          // Several ports sit side by side, each in the middle of its share of the width.
          style={spread ? { left: `${((2 * i + 1) * 100) / (2 * ports.length)}%` } : undefined}
        />
      ))}
    </StepNodeFrame>
  );
});

/** React Flow's node types: every kind is drawn by StepNode. */
export const nodeTypes = Object.fromEntries(STEP_KIND_NAMES.map((kind) => [kind, StepNode])) as Record<StepKind, typeof StepNode>;
