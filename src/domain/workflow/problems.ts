/**
 * What static validation reports: problems in words a merchant understands,
 * each tied to a step (and a field of it) where there is one. Errors block
 * turning a workflow on; warnings are shown but don't.
 */

import type { FieldValueIssue } from '../catalog/fieldTypes';
import type { MessageParams } from '../text/messageParams';

export type { MessageParams };

export type Severity = 'error' | 'warning';

/** Every kind of problem validation reports; stable, so the UI and tests can key on them. */
export type ProblemCode =
  | 'no-trigger'
  | 'unknown-app'
  | 'unknown-trigger'
  | 'unknown-action'
  | 'app-not-installed'
  | 'unreachable-step'
  | 'required-input-empty'
  | 'invalid-value'
  | 'field-too-long'
  | 'unknown-input'
  | 'liquid-syntax'
  | 'liquid-unknown-variable'
  | 'needs-data'
  | 'wrong-trigger'
  | 'early-access'
  | 'condition-empty'
  | 'condition-unknown-field'
  | 'condition-bad-operator'
  | 'condition-value-missing'
  | 'condition-value-invalid'
  | 'condition-list-not-iterated'
  | 'condition-not-a-value'
  | 'condition-not-a-list'
  | 'condition-item-name-taken'
  | 'wait-at-end'
  | 'wait-in-loop'
  | 'variable-taken'
  | 'getdata-query-invalid'
  | 'getdata-sort-key'
  | 'foreach-no-list'
  | 'foreach-list-unknown'
  | 'foreach-not-a-list'
  | 'foreach-empty-body'
  | 'schedule-not-set'
  | 'schedule-not-allowed'
  | 'runcode-input-invalid'
  | 'runcode-output-schema-invalid'
  | 'runcode-script-invalid'
  // Send Admin API request
  | 'adminapi-mutation-empty'
  | 'adminapi-mutation-name'
  | 'adminapi-mutation-unsupported'
  | 'adminapi-variables-json'
  // Foreign steps (Flow tasks Flowbench can't run)

  | 'foreign-task';

export interface Problem {
  severity: Severity;
  /** The step the problem is on; absent for problems of the whole workflow. */
  stepId?: string;
  /**
   * Where in the step: an action's input key (`phone`), or for a condition
   * the criterion's place in its group, like `criteria.items.1.items.0`.
   */
  field?: string;
  code: ProblemCode;
  /** In English, for the CLI and logs; the UI words the problem from code, variant and params instead. */
  message: string;
  /** Which wording of the code applies, when a code has more than one (`no-root`, `list`...). */
  variant?: string;
  /** Names and values the message mentions (names in both languages). */
  params?: MessageParams;
  /** Why a value does not fit its field (invalid-value, condition-value-invalid). */
  valueIssue?: FieldValueIssue;
}

/** True when any problem is an error: such a workflow cannot be turned on. Warnings never block. */
export function hasBlockingErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
