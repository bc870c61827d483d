/**
 * One memoised node component per step kind. Node data carries the step
 * (immutable, from the document) and what the node shows of it, derived once
 * per change by the flow store (flowStore.ts): names, problems, test result.
 * A node subscribes to no store and re-renders only when its own data or
 * selection change.
 */
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { ActionStep, ConditionStep, Step, TriggerStep, WaitStep } from '../../../domain/workflow/document';
import type { Problem } from '../../../domain/workflow/problems';
import type { StepRecord } from '../../../state/runtime';
import { StepNodeFrame } from './StepNodeFrame';
// `translate`, not useT: nodes subscribe to nothing; a language change relabels them (flowStore.ts).
import { translate } from '../../i18n';

/** The last "Test with sample data" as a node shows it: none, or this step's record (undefined: not reached). */
export interface TestShown {
  tested: boolean;
  record: StepRecord | undefined;
}

/** A type literal, not an interface: React Flow wants node data assignable to Record<string, unknown>. */
export type StepNodeData<S extends Step> = {
  step: S;
  // In the UI language (canvas/stepText.ts).
  kindLabel: string;
  appName: string;
  title: string;
  /** The step's problems (one stable empty list when it has none). */
  problems: readonly Problem[];
  test: TestShown;
};

export type TriggerNodeType = Node<StepNodeData<TriggerStep>, 'trigger'>;
export type ActionNodeType = Node<StepNodeData<ActionStep>, 'action'>;
export type ConditionNodeType = Node<StepNodeData<ConditionStep>, 'condition'>;
export type WaitNodeType = Node<StepNodeData<WaitStep>, 'wait'>;
export type StepNodeType = TriggerNodeType | ActionNodeType | ConditionNodeType | WaitNodeType;

export const TriggerNode = memo(function TriggerNode({ data, selected }: NodeProps<TriggerNodeType>) {
  return (
    <StepNodeFrame data={data} selected={selected}>
      <Handle type="source" position={Position.Bottom} id="next" aria-label={translate('canvas.port.next')} />
    </StepNodeFrame>
  );
});

export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<ActionNodeType>) {
  return (
    <StepNodeFrame data={data} selected={selected}>
      <Handle type="target" position={Position.Top} />
      <Handle type="source" position={Position.Bottom} id="next" />
    </StepNodeFrame>
  );
});

export const WaitNode = memo(function WaitNode({ data, selected }: NodeProps<WaitNodeType>) {
  return (
    <StepNodeFrame data={data} selected={selected}>
      <Handle type="target" position={Position.Top} />
      <Handle type="source" position={Position.Bottom} id="next" />
    </StepNodeFrame>
  );
});

export const ConditionNode = memo(function ConditionNode({ data, selected }: NodeProps<ConditionNodeType>) {
  return (
    <StepNodeFrame data={data} selected={selected}>
      <Handle type="target" position={Position.Top} />
      <div className="step-node__ports" aria-hidden="true">
        <span>{translate('canvas.port.then')}</span>
        <span>{translate('canvas.port.otherwise')}</span>
      </div>
      <Handle type="source" position={Position.Bottom} id="then" className="handle-then" style={{ left: '25%' }} />
      <Handle type="source" position={Position.Bottom} id="otherwise" className="handle-otherwise" style={{ left: '75%' }} />
    </StepNodeFrame>
  );
});

export const nodeTypes = { trigger: TriggerNode, action: ActionNode, condition: ConditionNode, wait: WaitNode };
