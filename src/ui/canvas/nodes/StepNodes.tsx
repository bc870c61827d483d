/**
 * One memoised node component per step kind. Node data carries the step
 * (immutable, from the document), so a node re-renders only when its own
 * step, selection or problems change.
 */
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { ActionStep, ConditionStep, TriggerStep, WaitStep } from '../../../domain/workflow/document';
import { StepNodeFrame } from './StepNodeFrame';
import { useT } from '../../i18n';

export type TriggerNodeType = Node<{ step: TriggerStep }, 'trigger'>;
export type ActionNodeType = Node<{ step: ActionStep }, 'action'>;
export type ConditionNodeType = Node<{ step: ConditionStep }, 'condition'>;
export type WaitNodeType = Node<{ step: WaitStep }, 'wait'>;
export type StepNodeType = TriggerNodeType | ActionNodeType | ConditionNodeType | WaitNodeType;

export const TriggerNode = memo(function TriggerNode({ data, selected }: NodeProps<TriggerNodeType>) {
  const t = useT();
  return (
    <StepNodeFrame step={data.step} selected={selected}>
      <Handle type="source" position={Position.Bottom} id="next" aria-label={t('canvas.port.next')} />
    </StepNodeFrame>
  );
});

export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<ActionNodeType>) {
  return (
    <StepNodeFrame step={data.step} selected={selected}>
      <Handle type="target" position={Position.Top} />
      <Handle type="source" position={Position.Bottom} id="next" />
    </StepNodeFrame>
  );
});

export const WaitNode = memo(function WaitNode({ data, selected }: NodeProps<WaitNodeType>) {
  return (
    <StepNodeFrame step={data.step} selected={selected}>
      <Handle type="target" position={Position.Top} />
      <Handle type="source" position={Position.Bottom} id="next" />
    </StepNodeFrame>
  );
});

export const ConditionNode = memo(function ConditionNode({ data, selected }: NodeProps<ConditionNodeType>) {
  const t = useT();
  return (
    <StepNodeFrame step={data.step} selected={selected}>
      <Handle type="target" position={Position.Top} />
      <div className="step-node__ports" aria-hidden="true">
        <span>{t('canvas.port.then')}</span>
        <span>{t('canvas.port.otherwise')}</span>
      </div>
      <Handle type="source" position={Position.Bottom} id="then" className="handle-then" style={{ left: '25%' }} />
      <Handle type="source" position={Position.Bottom} id="otherwise" className="handle-otherwise" style={{ left: '75%' }} />
    </StepNodeFrame>
  );
});

export const nodeTypes = { trigger: TriggerNode, action: ActionNode, condition: ConditionNode, wait: WaitNode };
