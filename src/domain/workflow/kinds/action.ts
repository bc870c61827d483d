/**
 * The action kind: something an app does (send a Slack message, tag an
 * order). Its input fields are text by field key, which may hold Liquid
 * (`{{ trigger.rating }}`); the manifest says which fields exist, which are
 * required, and their types.
 *
 * Validation decisions: fields that contain Liquid are checked for syntax
 * and variables only (their type is only known once rendered); plain values
 * are checked against the field's type. An action that only works with one
 * trigger, or that needs an order or a customer the trigger doesn't provide,
 * says so. Without a known trigger, the checks that depend on its data are
 * skipped: the missing trigger is the one problem to fix.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { type FieldDef, Slug } from '../../catalog/manifest';
import { SafeRecord, ownValue } from '../../ownKeys';
import { triggerDefOf } from '../dataFields';
import { newId } from '../ids';
import { indexOfKind } from '../operationError';
import type { Problem } from '../problems';
import { installProblems, unknownApp } from './appSteps';
import { changeRecorder, operation, type Position, stepBase, type StepCheckContext, type StepFacts, StepId, type StepKindDefinition, type StepsDoc } from './base';
import { liquidTextsOf, refuseTooLong, textFieldProblems, tooLongOnImport } from './textFields';

export { MAX_FIELD_CHARS } from './textFields';

export const ActionStep = z.strictObject({
  ...stepBase,
  kind: z.literal('action'),
  app: Slug,
  action: Slug,
  /** Input values by field key: text that may contain Liquid (`{{ trigger.rating }}`). */
  fields: SafeRecord(z.string()),
});
export type ActionStep = z.infer<typeof ActionStep>;

/**
 * Sets input fields of an action step by key. A value of `null` (or
 * `undefined` from code; JSON cannot carry it) removes the key.
 */
export const UpdateFields = operation('updateFields', {
  id: StepId,
  fields: SafeRecord(z.string().nullable().optional()),
});

/** Chooses the app and action of an action step; its fields start over (`{}` unless given). */
export const SetAction = operation('setAction', {
  id: StepId,
  app: Slug,
  action: Slug,
  fields: SafeRecord(z.string()).default({}),
});

const updateFields = {
  schema: UpdateFields,
  plan(doc: StepsDoc, op: z.output<typeof UpdateFields>) {
    const index = indexOfKind(doc, op.id, 'action', 'only actions have input fields');
    const current = (doc.steps[index] as ActionStep).fields;
    for (const [key, value] of Object.entries(op.fields)) {
      // A field stored longer than the limit may still be shortened bit by bit; it may not grow.
      if (value) refuseTooLong(key, value, current[key]?.length ?? 0);
    }
    return (draft: { steps: unknown[] }) => {
      const step = draft.steps[index] as Draft<ActionStep>;
      for (const [key, value] of Object.entries(op.fields)) {
        if (value === null || value === undefined) delete step.fields[key];
        else step.fields[key] = value;
      }
    };
  },
};

const setAction = {
  schema: SetAction,
  plan(doc: StepsDoc, op: z.output<typeof SetAction>) {
    const index = indexOfKind(doc, op.id, 'action', 'only actions run an app action');
    for (const [key, value] of Object.entries(op.fields)) refuseTooLong(key, value);
    return (draft: { steps: unknown[] }) => {
      const step = draft.steps[index] as Draft<ActionStep>;
      step.app = op.app;
      step.action = op.action;
      step.fields = op.fields;
    };
  },
};

const ActionArgs = z.strictObject({ app: Slug, action: Slug });

export const actionKind = {
  kind: 'action',
  schema: ActionStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Action',
  args: ActionArgs,
  placeholder: { app: 'placeholder', action: 'placeholder' },
  create: ({ app, action }, position, id = newId('action')) => ({ id, kind: 'action', app, action, fields: {}, position, note: '' }),
  offered: ({ app, action }, catalog) => !!catalog.byId.get(app)?.actions.some((a) => a.id === action),
  appsUsed: (step) => [step.app],
  describe(step, catalog) {
    const app = catalog.byId.get(step.app);
    // An index names the built-in apps' actions only with their manifests (catalog.ts IndexApp): "Unknown action (id)" without.
    const def = app?.actions?.find((a) => a.id === step.action);
    return { appName: app?.name.en ?? step.app, title: def?.name.en ?? `Unknown action (${step.action})` };
  },
  diff(before, after) {
    const changes: ReturnType<StepKindDefinition['diff']> = [];
    const add = changeRecorder(changes);
    add('app', before.app, after.app);
    add('action', before.action, after.action);
    for (const key of [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])].sort()) {
      add(`fields.${key}`, ownValue(before.fields, key), ownValue(after.fields, key));
    }
    return changes;
  },
  validate: actionProblems,
  liquidTexts: (step) => liquidTextsOf(Object.values(step.fields)),
  checkAdded(step) {
    for (const [key, value] of Object.entries(step.fields)) refuseTooLong(key, value);
  },
  importProblems(raw) {
    const fields = raw.fields;
    if (!fields || typeof fields !== 'object') return [];
    return Object.entries(fields).flatMap(([key, value]) => tooLongOnImport(['fields', key], value));
  },
  operations: [updateFields, setAction],
} as const satisfies StepKindDefinition<typeof ActionStep, z.infer<typeof ActionArgs>>;

/** A new action step for an app's action, with no fields filled in (shorthand for `actionKind.create`). */
export function actionStep(app: string, action: string, position: Position, id?: string): ActionStep {
  return actionKind.create({ app, action }, position, id);
}

function actionProblems(step: ActionStep, ctx: StepCheckContext, facts: StepFacts): Problem[] {
  const app = ctx.catalog.byId.get(step.app);
  if (!app) return [unknownApp(step.id, step.app)];
  const action = app.actions.find((a) => a.id === step.action);
  if (!action) {
    return [
      {
        severity: 'error',
        stepId: step.id,
        code: 'unknown-action',
        params: { app: app.name, action: step.action },
        message: `${app.name.en} has no action "${step.action}" (any more). Choose another action.`,
      },
    ];
  }
  const problems = installProblems(step.id, app, ctx.org);
  const name = action.name.en;
  const error = (code: Problem['code'], message: string, more: Pick<Problem, 'params' | 'variant'>): Problem => ({
    severity: 'error',
    stepId: step.id,
    code,
    ...more,
    message,
  });
  if (action.earlyAccess) {
    problems.push({
      severity: 'warning',
      stepId: step.id,
      code: 'early-access',
      params: { action: action.name, app: app.name },
      message: `${name} is in early access: ${app.name.en} may change or withdraw it.`,
    });
  }
  const triggerDef = ctx.trigger && triggerDefOf(ctx.catalog, ctx.trigger);
  const only = action.onlyWithTrigger;
  if (ctx.trigger && triggerDef && only && (only.app !== ctx.trigger.app || only.trigger !== ctx.trigger.trigger)) {
    const required = ctx.catalog.byId.get(only.app)?.triggers.find((t) => t.id === only.trigger);
    problems.push(
      error(
        'wrong-trigger',
        `${name} can only be used in a workflow started by the "${required?.name.en ?? only.trigger}" trigger, ` +
          `not "${triggerDef.name.en}".`,
        { params: { action: action.name, required: required?.name ?? only.trigger, trigger: triggerDef.name } },
      ),
    );
  }
  if (triggerDef && ctx.triggerScope) {
    for (const need of action.needs) {
      if (ctx.triggerScope.variables.has(need)) continue;
      const thing = `${need === 'order' ? 'an' : 'a'} ${need}`;
      problems.push(
        error(
          'needs-data',
          `${name} needs ${thing}, but the trigger "${triggerDef.name.en}" doesn't provide one. ` +
            `Use a trigger that provides ${thing}.`,
          { variant: need, params: { action: action.name, trigger: triggerDef.name } },
        ),
      );
    }
  }
  for (const input of action.inputs) {
    problems.push(...inputProblems(step, input, ctx, facts));
  }
  for (const key of Object.keys(step.fields)) {
    if (action.inputs.some((i) => i.key === key)) continue;
    problems.push({
      severity: 'warning',
      stepId: step.id,
      field: key,
      code: 'unknown-input',
      params: { action: action.name, key },
      message: `${name} has no field "${key}" (any more): its value is ignored.`,
    });
  }
  return problems;
}

function inputProblems(step: ActionStep, input: FieldDef, ctx: StepCheckContext, facts: StepFacts): Problem[] {
  return textFieldProblems(step.id, input, ownValue(step.fields, input.key) ?? '', ctx, facts);
}
