/**
 * An action's fields on their way to the adapter: render the Liquid, coerce
 * the text to the manifest's type, then check each value the way the editor
 * does (checkFieldValue: required fields, numbers, e-mails, E.164 phones…).
 * The adapter is only called when nothing is wrong, so handlers can trust
 * their input.
 *
 * Decisions:
 * - Only fields the action's manifest declares are sent; a stray key in the
 *   document is not (static validation reports it).
 * - A field longer than MAX_FIELD_CHARS fails the step without being
 *   rendered, as validation refuses it.
 * - A value that is empty after rendering counts as missing: a required
 *   field fails the step, an optional one is left out.
 * - Text fields are sent as rendered; values of other types are trimmed
 *   first (Liquid tags leave whitespace around a number or an e-mail).
 * - Numbers become numbers and "true"/"false" booleans; text that does not
 *   convert is kept as text, so the type check names the problem.
 */
import type { ActionDef, FieldDef } from '../domain/catalog/manifest';
import { checkFieldValue } from '../domain/catalog/fieldTypes';
import { type ActionStep, MAX_FIELD_CHARS } from '../domain/workflow/document';
import { ownValue } from '../domain/ownKeys';
import { containsLiquid } from '../domain/workflow/liquid';
import type { FieldRenderer } from './liquidRender';

export interface PreparedFields {
  /** Field values as rendered and coerced: what the adapter gets when there are no problems. */
  rendered: Record<string, unknown>;
  /** Every reason the fields can't be sent, in words; empty when all is well. */
  problems: string[];
}

/** One input of an action as its step fills it: the field, its template, and what rendering it takes. */
interface FieldPlan {
  field: FieldDef;
  template: string;
  /** The template holds Liquid (else it is sent as written). */
  liquid: boolean;
  /** The template is longer than a field may be (MAX_FIELD_CHARS). */
  tooLong: boolean;
}

/** Per frozen field map of a step (a workflow version's step, frozen.ts): the inputs of the action last asked for. */
const plans = new WeakMap<object, { def: Pick<ActionDef, 'inputs'>; plan: readonly FieldPlan[] }>();

/**
 * The inputs of `def` with their templates in `fields`, worked out once per workflow version's
 * step and action (the fields of the run's workflow are frozen: they can't change under the
 * plan); fields that are not frozen are planned on every call.
 */
function planOf(fields: ActionStep['fields'], def: Pick<ActionDef, 'inputs'>): readonly FieldPlan[] {
  const known = plans.get(fields);
  if (known?.def === def) return known.plan;
  const plan = def.inputs.map((field) => {
    const template = ownValue(fields, field.key) ?? '';
    return { field, template, liquid: containsLiquid(template), tooLong: template.length > MAX_FIELD_CHARS };
  });
  if (Object.isFrozen(fields)) plans.set(fields, { def, plan });
  return plan;
}

/** Renders, coerces and checks every input of `def` from the step's field templates (at once: Liquid renders synchronously). */
export function prepareFields(
  step: Pick<ActionStep, 'fields'>,
  def: Pick<ActionDef, 'inputs'>,
  data: Readonly<Record<string, unknown>>,
  renderer: FieldRenderer,
): PreparedFields {
  const rendered: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const { field, template, liquid, tooLong } of planOf(step.fields, def)) {
    if (tooLong) {
      // Only a record stored before the limit can hold one; validation reports it too.
      problems.push(`${field.label.en} is ${template.length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}`);
      continue;
    }
    let text = template;
    if (liquid) {
      const result = renderer.renderNow(template, data, field.label.en);
      if (!result.ok) {
        problems.push(result.error);
        continue;
      }
      text = result.text;
    }
    const value = coerce(field, text);
    if (value === undefined) {
      if (field.required) {
        problems.push(`${field.label.en} is required, but ${template.trim() === '' ? 'it is empty' : 'it came out empty'}`);
      }
      continue;
    }
    rendered[field.key] = value;
    const problem = checkFieldValue(field.type, value, field.format);
    if (problem) problems.push(`${field.label.en} ${problem} (got ${shown(value)})`);
  }
  return { rendered, problems };
}

/** The typed value of rendered text, or undefined when it is empty. */
export function coerce(field: Pick<FieldDef, 'type'>, text: string): unknown {
  if (field.type === 'single_line_text_field' || field.type === 'multi_line_text_field') {
    return text.trim() === '' ? undefined : text;
  }
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (field.type) {
    case 'number_integer':
    case 'number_decimal': {
      const n = Number(trimmed);
      return Number.isFinite(n) ? n : trimmed;
    }
    case 'boolean': {
      const lower = trimmed.toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : trimmed;
    }
    default:
      return trimmed;
  }
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Problems as one message: each a sentence. */
export function joinProblems(problems: readonly string[]): string {
  return problems.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}
