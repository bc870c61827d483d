/**
 * What the kinds whose steps hold text that may contain Liquid share (an
 * action's inputs, a log line, a Get data query...): the size limit of one
 * text, and its static checks: required, not too long, Liquid that parses and
 * reads data the workflow has, a plain value of the field's type.
 */
import { describeFieldValueIssue, fieldValueIssue } from '../../catalog/fieldTypes';
import type { FieldDef, LocalizedText } from '../../catalog/manifest';
import { checkLiquid, containsLiquid } from '../liquidCheck';
import { OperationError } from '../operationError';
import type { Problem } from '../problems';
import type { StepCheckContext, StepFacts } from './base';

/**
 * The most characters one text field of a step may hold: ten times what
 * Slack shows in full (4,000), and more than any message, note or e-mail
 * body a workflow sends; 960 kB in one field is not a message.
 *
 * Enforced where text enters a workflow: import (a path-specific problem,
 * io/contentChecks.ts, through each kind's `importProblems`) and the kinds'
 * operations (typing, pasting, choosing an action). Not by the steps'
 * schemas: a record stored before the limit existed still parses and opens,
 * and validation reports the field as `field-too-long` (an error, so the
 * workflow can't be turned on) without parsing it, until the person
 * shortens it. The engine refuses to render a longer template.
 */
export const MAX_FIELD_CHARS = 10_000;

/** Refuses a field text over MAX_FIELD_CHARS, unless it is no longer than the text it replaces (`was` characters). */
export function refuseTooLong(key: string, text: string, was = 0): void {
  if (text.length <= MAX_FIELD_CHARS || text.length <= was) return;
  throw new OperationError(
    'field-too-long',
    `The field "${key}" can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters; this text has ${text.length.toLocaleString('en')}.`,
    { key, max: MAX_FIELD_CHARS, length: text.length },
  );
}

/** The import problem of one text field over the limit (a path relative to the step), if it is. */
export function tooLongOnImport(path: (string | number)[], value: unknown): { path: (string | number)[]; message: string }[] {
  return typeof value === 'string' && value.length > MAX_FIELD_CHARS
    ? [{ path, message: `this text is ${value.length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}` }]
    : [];
}

/** A text field as its checks see it. */
export interface TextFieldSpec {
  readonly key: string;
  readonly label: LocalizedText;
  readonly required: boolean;
  /** The field's type, for plain values (Liquid is only typed once rendered). */
  readonly type?: FieldDef['type'];
  readonly format?: FieldDef['format'];
}

/** The static problems of one text field of a step. */
export function textFieldProblems(
  stepId: string,
  field: TextFieldSpec,
  value: string,
  ctx: StepCheckContext,
  /** What the step can read (StepFacts.scope; undefined without a known trigger: then only syntax is checked) and what other steps provide. */
  facts: Pick<StepFacts, 'scope' | 'provided'>,
): Problem[] {
  const at = { severity: 'error' as const, stepId, field: field.key };
  const params = { field: field.label };
  const label = `"${field.label.en}"`;
  if (value.length > MAX_FIELD_CHARS) {
    // Checked first and alone: such a text is not parsed (see MAX_FIELD_CHARS).
    const length = value.length;
    return [
      {
        ...at,
        code: 'field-too-long',
        params: { ...params, length, max: MAX_FIELD_CHARS },
        message: `${label} is ${length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}. Shorten it.`,
      },
    ];
  }
  if (value.trim() === '') {
    return field.required ? [{ ...at, code: 'required-input-empty', params, message: `${label} is required. Fill it in.` }] : [];
  }
  if (containsLiquid(value)) {
    return checkLiquid(value, facts.scope, ctx.analyze, facts.provided).map((issue) => ({
      ...at,
      code: issue.code,
      variant: issue.variant,
      params: { ...issue.params, field: field.label },
      message: `${label}: ${issue.message}`,
    }));
  }
  if (!field.type) return [];
  const issue = fieldValueIssue(field.type, value, field.format);
  return issue ? [{ ...at, code: 'invalid-value', params, valueIssue: issue, message: `${label} ${describeFieldValueIssue(issue)}.` }] : [];
}

/** The texts among `values` that validation analyses as Liquid (within the limit, with markup). */
export function liquidTextsOf(values: readonly string[]): string[] {
  return values.filter((text) => text.length <= MAX_FIELD_CHARS && containsLiquid(text));
}
