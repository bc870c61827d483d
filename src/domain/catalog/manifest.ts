/**
 * The app manifest: one JSON document per app of the connector catalog
 * (`apps/<app-id>.json`). This schema is the contract for built-in apps and,
 * later, for manifests users import, so every rule the seed states about an
 * app lives here as data, not as code.
 */
import { z } from 'zod';
import {
  FieldFormat,
  FieldType,
  REFERENCE_PAYLOAD_KEY,
  ReferenceResource,
  checkFieldValue,
  referencedResource,
} from './fieldTypes';
import { SafeRecord, hasOwnKey, ownValue } from '../ownKeys';
import { svgIconProblem } from './svgIconCheck';
import { LocalizedText, Slug } from './text';

export const MANIFEST_SCHEMA_VERSION = 1;

export { LocalizedText, Slug } from './text';


/** A typed field of a trigger payload, an action input or an action output. */
export const FieldDef = z
  .strictObject({
    /** Key in the payload / input object. Reference fields use customer_id, order_id or product_id. */
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case, like "review_rating"'),
    label: LocalizedText,
    type: FieldType,
    required: z.boolean().default(false),
    format: FieldFormat.optional(),
    description: LocalizedText.optional(),
  })
  .superRefine((field, ctx) => {
    const resource = referencedResource(field.type);
    if (resource && field.key !== REFERENCE_PAYLOAD_KEY[resource]) {
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `a ${field.type} field must have the key "${REFERENCE_PAYLOAD_KEY[resource]}"`,
      });
    }
  });
export type FieldDef = z.infer<typeof FieldDef>;

/** When a trigger fires on its own schedule rather than on an app notification. */
export const Schedule = z.discriminatedUnion('kind', [
  /** Once a day at a fixed time of the store's day. */
  z.strictObject({ kind: z.literal('daily'), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
  /** At a time of day, a number of days before each customer's birthday (0 = on the day). */
  z.strictObject({
    kind: z.literal('birthday'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    daysBefore: z.number().int().min(0).max(366),
  }),
  /** The workflow author chooses the schedule (Shopify's Scheduled time). */
  z.strictObject({ kind: z.literal('configurable') }),
]);
export type Schedule = z.infer<typeof Schedule>;

export const TriggerDef = z
  .strictObject({
    id: Slug,
    name: LocalizedText,
    description: LocalizedText,
    fields: z.array(FieldDef),
    samplePayload: SafeRecord(z.unknown()),
    schedule: Schedule.optional(),
    notes: z.array(z.string()).default([]),
  })
  .superRefine((trigger, ctx) => {
    checkUniqueKeys(trigger.fields, ['fields'], ctx);
    for (const field of trigger.fields) {
      if (!hasOwnKey(trigger.samplePayload, field.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['samplePayload', field.key],
          message: `the sample payload has no value for the field "${field.key}"`,
        });
        continue;
      }
      const problem = checkFieldValue(field.type, ownValue(trigger.samplePayload, field.key), field.format);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['samplePayload', field.key],
          message: `sample value ${problem}`,
        });
      }
    }
    for (const key of Object.keys(trigger.samplePayload)) {
      if (!trigger.fields.some((f) => f.key === key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['samplePayload', key],
          message: `"${key}" is not a declared field of this trigger`,
        });
      }
    }
  });
export type TriggerDef = z.infer<typeof TriggerDef>;

/** A trigger of a (possibly other) app, addressed by ids. */
export const TriggerRef = z.strictObject({ app: Slug, trigger: Slug });
export type TriggerRef = z.infer<typeof TriggerRef>;

export const ActionDef = z
  .strictObject({
    id: Slug,
    name: LocalizedText,
    description: LocalizedText,
    inputs: z.array(FieldDef),
    outputs: z.array(FieldDef).default([]),
    /**
     * Shopify data the workflow's trigger must provide (e.g. an order for an
     * action the seed says needs an order ID). Checked by workflow validation.
     */
    needs: z.array(ReferenceResource).default([]),
    /** The seed allows this action only in workflows started by this trigger. */
    onlyWithTrigger: TriggerRef.optional(),
    /** The seed marks the action as available in early access only. */
    earlyAccess: z.boolean().default(false),
    notes: z.array(z.string()).default([]),
  })
  .superRefine((action, ctx) => {
    checkUniqueKeys(action.inputs, ['inputs'], ctx);
    checkUniqueKeys(action.outputs, ['outputs'], ctx);
  });
export type ActionDef = z.infer<typeof ActionDef>;

/** One thing the Organization page asks for when an app is set up in a store. */
export const SetupField = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
  label: LocalizedText,
  /** `secret` values (API keys, tokens) are masked in the UI and never exported. */
  kind: z.enum(['text', 'email', 'url', 'secret', 'select']),
  required: z.boolean().default(true),
  options: z.array(z.strictObject({ value: z.string().min(1), label: LocalizedText })).optional(),
});
export type SetupField = z.infer<typeof SetupField>;

export const AppSetup = z.strictObject({
  /** The merchant must create an account with the app's service. */
  account: z.boolean(),
  /** Using the connector needs a paid plan of the app. */
  paidPlan: z.boolean(),
  /** The merchant enters information about the store (sender name, support e-mail...). */
  storeInfo: z.boolean(),
  fields: z.array(SetupField),
});
export type AppSetup = z.infer<typeof AppSetup>;

export const AppManifest = z
  .strictObject({
    schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
    id: Slug,
    name: LocalizedText,
    description: LocalizedText,
    /** Only the Shopify app: always installed, not a connector. */
    builtIn: z.boolean().default(false),
    /**
     * The seed: authentication of this connector (Asana, Google Sheets, Slack,
     * Trello) may only be changed from a store that has its own copy of Flow.
     */
    authRequiresFlowInStore: z.boolean().default(false),
    setup: AppSetup,
    triggers: z.array(TriggerDef),
    actions: z.array(ActionDef),
    /** Judgement calls made while reading the seed, in plain words. */
    notes: z.array(z.string()).default([]),
    /** A custom app's own small SVG icon (svgIcon.ts says what it may hold); else its generated mark (appMark.ts). */
    icon: z.string().optional(),
  })
  .superRefine((app, ctx) => {
    const iconProblem = app.icon === undefined ? undefined : svgIconProblem(app.icon);
    if (iconProblem) ctx.addIssue({ code: 'custom', path: ['icon'], message: iconProblem });
    if (app.triggers.length + app.actions.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'an app needs at least one trigger or action' });
    }
    checkUniqueIds(app.triggers, ['triggers'], ctx);
    checkUniqueIds(app.actions, ['actions'], ctx);
    app.setup.fields.forEach((field, i) => {
      if (field.kind === 'select' && !field.options?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['setup', 'fields', i, 'options'],
          message: 'a select field needs options',
        });
      }
    });
  });
export type AppManifest = z.infer<typeof AppManifest>;

function checkUniqueKeys(fields: readonly { key: string }[], path: (string | number)[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (seen.has(f.key)) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'key'], message: `the key "${f.key}" is used twice` });
    }
    seen.add(f.key);
  });
}

function checkUniqueIds(items: readonly { id: string }[], path: (string | number)[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `the id "${item.id}" is used twice` });
    }
    seen.add(item.id);
  });
}
