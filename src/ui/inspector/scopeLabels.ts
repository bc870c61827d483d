/**
 * How the variable picker and the condition builder word what a step can
 * read: a heading per variable that names it as Flow does
 * (`lineItemsForeachitem`, `getOrderData`, `lineItems_item`) and says where
 * it comes from, and a label per field (`Product › Tags`).
 */
import type { Variable } from '../../domain/workflow/scope';
import type { ScopeField } from '../../domain/workflow/scopeFields';
import type { Translate } from '../i18n';

type Localize = (text: { readonly en: string; readonly pl?: string }) => string;

const TRIGGER_ROOTS = new Set(['trigger', 'customer', 'order', 'product']);

/** The heading of a variable's group: "Order", "getOrderData · result of Get order data", "lineItemsForeachitem · current item of the loop". */
export function variableHeading(variable: Variable, t: Translate, localized: Localize): string {
  switch (variable.origin) {
    case 'trigger':
      return TRIGGER_ROOTS.has(variable.name) ? t(`inspector.root.${variable.name as 'trigger'}`) : localized(variable.label);
    case 'output':
      return t('inspector.scope.output', { name: variable.name, step: localized(variable.provider ?? variable.label) });
    case 'loop-item':
      return t('inspector.scope.loopItem', { name: variable.name });
    case 'condition-item':
      return t('inspector.scope.listItem', { name: variable.name, list: localized(variable.label) });
  }
}

/** A field's label under its variable's heading: the labels below the variable ("Product › Tags"), or the variable's own. */
export function fieldLabel(field: ScopeField, localized: Localize): string {
  const below = field.labels.slice(1);
  return (below.length > 0 ? below : field.labels).map((l) => localized(l)).join(' › ');
}
