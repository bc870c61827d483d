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

/** Roots a condition may read from the trigger: its payload and the Shopify objects it references. */
export const DATA_ROOTS = ['trigger', 'customer', 'order', 'product'] as const;

/**
 * The names of Flow's own variables besides the trigger's data: the outputs
 * of Get data, Run code and Send Admin API request (`getOrderData`,
 * `runCode1`...), a For each's current item (`lineItemsForeachitem`) and a
 * list condition's item (`lineItems_item`). None of them is an app's: a
 * connector never provides a variable.
 */
const FLOW_VARIABLE = /^(?:get[A-Z][A-Za-z]*Data\d*|runCode\d*|sendAdminApiRequest\d*|[a-z][A-Za-z0-9]*Foreachitem|[a-z][A-Za-z0-9]*_item)$/;

/** True for a name a condition's path may start with. */
export function isConditionRoot(root: string): boolean {
  return (DATA_ROOTS as readonly string[]).includes(root) || FLOW_VARIABLE.test(root);
}

/**
 * A data path a condition reads, like `trigger.rating`, `order.total_price`,
 * `lineItems_item.product.tags` or `runCode.points`. Anything else, in
 * particular an app's name, is refused: connectors can't be used to set
 * conditions (the seed's rule). Whether the step can read the path is
 * validation's business (scope.ts).
 */
export const DataPath = z
  .string()
  .superRefine((path, ctx) => {
    const root = path.split('.')[0] ?? '';
    const dotted = path.includes('.');
    if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(path) || path.length > 300 || (!dotted && !FLOW_VARIABLE.test(root))) {
      ctx.addIssue({ code: 'custom', message: 'must be a data field like "trigger.rating" or "order.total_price"' });
    } else if (!isConditionRoot(root)) {
      ctx.addIssue({
        code: 'custom',
        message: `connectors can't be used in conditions: a condition can only read the workflow's data (the trigger's, the Shopify customer, order or product, Flow's own steps), not "${root}"`,
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

/** Flow's list operators: at least one item, every item, no item. */
export const QUANTIFIERS = ['any', 'all', 'none'] as const;
export const Quantifier = z.enum(QUANTIFIERS);
export type Quantifier = z.infer<typeof Quantifier>;

/** The name a list condition gives each item: Flow's convention, `<last segment in camelCase>_item`. */
export const ItemName = z.string().regex(/^[a-z][A-Za-z0-9]*_item$/, 'must be a name like "lineItems_item"');

/**
 * A condition over a list (Flow's "at least one of", "all of", "none of"):
 * the criteria are checked against each item of `list`, named `item` inside
 * them. An empty list: "at least one of" does not hold, "all of" and "none
 * of" hold (Flow documents none of → true; all of is vacuously true).
 */
export interface ListCondition {
  kind: 'quantifier';
  quantifier: Quantifier;
  list: string;
  item: string;
  criteria: ConditionGroup;
}

export interface ConditionGroup {
  kind: 'group';
  join: 'and' | 'or';
  items: (Criterion | ConditionGroup | ListCondition)[];
}

export const ListCondition: z.ZodType<ListCondition> = z.lazy(() =>
  z.strictObject({
    kind: z.literal('quantifier'),
    quantifier: Quantifier,
    list: DataPath,
    item: ItemName,
    criteria: ConditionGroup,
  }),
);

/** Criteria joined by AND or OR; groups and list conditions nest. */
export const ConditionGroup: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.strictObject({
    kind: z.literal('group'),
    join: z.enum(['and', 'or']),
    items: z.array(z.union([Criterion, ConditionGroup, ListCondition])).max(100),
  }),
);
