/**
 * Zod schemas of Shopify Flow's workflow JSON (FORMAT.md §2–§7): the file
 * `{ __metadata: { version: 0.1 }, root }`, its steps, links and config
 * field values. Objects are loose: keys Flowbench doesn't know (export-only
 * keys, future ones) are kept and written back. Each schema's place in the
 * file decides the §16 code its issues get (checks.ts).
 */
import { z } from 'zod';
import { FLOW_TASK_TYPES } from '../../domain/catalog/flowTasks';

export const FlowStepId = z.union([z.number().int(), z.string().min(1).max(200)]);
export type FlowStepId = z.infer<typeof FlowStepId>;

/** One config field value: the schema allows `null` [S]; the toolkit says always a string [D T1] (checks.ts warns). */
export const FlowFieldValue = z.looseObject({ config_field_id: z.string(), value: z.string().nullable() });
export type FlowFieldValue = z.infer<typeof FlowFieldValue>;

export const FlowStep = z.looseObject({
  step_id: FlowStepId,
  task_id: z.string().min(1),
  task_version: z.string(),
  task_type: z.enum(FLOW_TASK_TYPES),
  config_field_values: z.array(FlowFieldValue),
  name: z.string().nullable().optional(),
  step_position: z.tuple([z.number().finite(), z.number().finite()]).optional(),
});
export type FlowStep = z.infer<typeof FlowStep>;

export const FlowLink = z.looseObject({
  from_step_id: FlowStepId,
  from_port_id: z.string(),
  to_step_id: FlowStepId,
  to_port_id: z.string(),
});
export type FlowLink = z.infer<typeof FlowLink>;

export const FlowRoot = z.looseObject({
  workflow_name: z.string(),
  steps: z.array(FlowStep),
  links: z.array(FlowLink),
  patched_fields: z.array(z.unknown()),
});
export type FlowRoot = z.infer<typeof FlowRoot>;

export const FlowMetadata = z.looseObject({ version: z.literal(0.1) });

export const FlowDocument = z.looseObject({ __metadata: FlowMetadata, root: FlowRoot });
export type FlowDocument = z.infer<typeof FlowDocument>;
