/**
 * The language of a Condition step's criteria: Shopify Flow's operators,
 * the data paths a criterion may read, and criteria joined in nested AND/OR
 * groups. Connectors are refused here once and for all: a data path can only
 * start at the trigger's data or a Shopify object (the seed's rule that
 * connectors can't be used to set conditions).
 */
import { z } from 'zod';

/** Shopify Flow's condition operators. Which apply depends on the field's type (conditionOperators.ts). */
export const OPERATORS = [
  'equal',
  'not_equal',
  'greater_than',
  'greater_or_equal',
  'less_than',
  'less_or_equal',
  'includes',
  'not_includes',
  'starts_with',
  'ends_with',
  'any_of',
  'none_of',
  'is_empty',
  'is_not_empty',
] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

/** Roots a condition may read from: the trigger's payload and the Shopify objects it references. */
export const DATA_ROOTS = ['trigger', 'customer', 'order', 'product'] as const;

/**
 * A data path a condition reads, like `trigger.rating` or `order.total_price`.
 * Anything else, in particular an app's name or a step's output, is refused:
 * connectors can't be used to set conditions (the seed's rule).
 */
export const DataPath = z
  .string()
  .superRefine((path, ctx) => {
    const root = path.split('.')[0] ?? '';
    if (!/^[a-z][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$/.test(path)) {
      ctx.addIssue({ code: 'custom', message: 'must be a data field like "trigger.rating" or "order.total_price"' });
    } else if (!(DATA_ROOTS as readonly string[]).includes(root)) {
      ctx.addIssue({
        code: 'custom',
        message: `connectors can't be used in conditions: a condition can only read the trigger's data and the Shopify customer, order or product, not "${root}"`,
      });
    }
  });

export const ConditionValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type ConditionValue = z.infer<typeof ConditionValue>;

export const Criterion = z.strictObject({
  kind: z.literal('criterion'),
  field: DataPath,
  operator: Operator,
  /** Omitted for is_empty / is_not_empty; a list for any_of / none_of. */
  value: ConditionValue.optional(),
});
export type Criterion = z.infer<typeof Criterion>;

export interface ConditionGroup {
  kind: 'group';
  join: 'and' | 'or';
  items: (Criterion | ConditionGroup)[];
}
/** Criteria joined by AND or OR; groups nest. */
export const ConditionGroup: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.strictObject({
    kind: z.literal('group'),
    join: z.enum(['and', 'or']),
    items: z.array(z.union([Criterion, ConditionGroup])).max(100),
  }),
);
