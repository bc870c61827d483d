/**
 * The form of each step kind in the inspector, below its heading and
 * problems: one entry per kind of the domain's registry (the mapped type
 * makes a missing one a compile error). The kind's words, ports and palette
 * entry are in ui/kinds; the forms are registered here, with the editor, so
 * the pages that only name steps (runs, sandbox) don't load them.
 */
import type { ReactNode } from 'react';
import type { Step, StepKind, StepOf } from '../../domain/workflow/document';
import { ActionSettings } from './ActionSettings';
import { AdminApiSettings } from './AdminApiSettings';
import { ConditionBuilder } from './ConditionBuilder';
import { ForEachSettings } from './ForEachSettings';
import { ForeignSettings } from './ForeignSettings';
import { GetDataSettings } from './GetDataSettings';
import { LogSettings } from './LogSettings';
import { RunCodeSettings } from './RunCodeSettings';
import { TriggerSettings } from './TriggerSettings';
import { WaitSettings } from './WaitSettings';

export const KIND_SETTINGS: { readonly [K in StepKind]: (step: StepOf<K>) => ReactNode } = {
  trigger: (step) => <TriggerSettings step={step} />,
  action: (step) => <ActionSettings step={step} />,
  condition: (step) => <ConditionBuilder step={step} />,
  wait: (step) => <WaitSettings step={step} />,
  log: (step) => <LogSettings step={step} />,
  forEach: (step) => <ForEachSettings step={step} />,
  getData: (step) => <GetDataSettings step={step} />,
  runCode: (step) => <RunCodeSettings step={step} />,
  adminApi: (step) => <AdminApiSettings step={step} />,
  foreign: (step) => <ForeignSettings step={step} />,
};

/** The form of the step's kind (looked up by the step's own kind, so the step fits it). */
export function KindSettings({ step }: { step: Step }) {
  return (KIND_SETTINGS[step.kind] as (step: Step) => ReactNode)(step);
}
