/**
 * Inserting a variable into a text field as Liquid (a value as `{{ path }}`,
 * a list of objects as a `{% for %}` loop over its items, as Flow's picker
 * does), and grouping the trigger's data by root. Pure, so the cursor
 * arithmetic is tested without a DOM.
 */
import type { DataField, DataRoot } from '../../domain/workflow/dataFields';
import { listBaseName } from '../../domain/workflow/scope';
import type { ScopeField } from '../../domain/workflow/scopeFields';
import { isScalarShape, itemShape, membersOf } from '../../domain/workflow/shapes';

/** Where the cursor (or the selected text) is in a field. */
export interface TextRange {
  start: number;
  end: number;
}

/** The Liquid that prints a data path: `{{ order.name }}`. */
export function liquidFor(path: string): string {
  return `{{ ${path} }}`;
}

/**
 * Puts `{{ path }}` into `text` at the cursor, replacing the selected text
 * if any. Without a cursor (the field was never focused) it is appended,
 * after a space when the text doesn't end in whitespace. Out-of-range
 * positions are clamped.
 *
 * @returns the new text and the cursor position just after the insertion
 */
export function insertVariable(text: string, cursor: TextRange | undefined, path: string): { text: string; cursor: number } {
  return insertSnippet(text, cursor, liquidFor(path));
}

/** Puts a Liquid snippet into `text` at the cursor, as {@link insertVariable} does. */
export function insertSnippet(text: string, cursor: TextRange | undefined, snippet: string): { text: string; cursor: number } {
  if (!cursor) {
    const glue = text === '' || /\s$/.test(text) ? '' : ' ';
    const next = text + glue + snippet;
    return { text: next, cursor: next.length };
  }
  const clamp = (n: number) => Math.min(Math.max(0, Math.trunc(n)), text.length);
  const start = clamp(Math.min(cursor.start, cursor.end));
  const end = clamp(Math.max(cursor.start, cursor.end));
  return { text: text.slice(0, start) + snippet + text.slice(end), cursor: start + snippet.length };
}

/** The heading of each data root in the picker and the condition builder's field list. */
export const ROOT_LABELS: Readonly<Record<DataRoot, string>> = {
  trigger: 'Trigger',
  customer: 'Customer',
  order: 'Order',
  product: 'Product',
};

const ROOT_ORDER: readonly DataRoot[] = ['trigger', 'customer', 'order', 'product'];

export interface DataGroup {
  root: DataRoot;
  label: string;
  fields: DataField[];
}

/** Data fields grouped Trigger / Customer / Order / Product, keeping their order; empty groups left out. */
export function groupByRoot(fields: readonly DataField[]): DataGroup[] {
  return ROOT_ORDER.map((root) => ({ root, label: ROOT_LABELS[root], fields: fields.filter((f) => f.root === root) })).filter(
    (g) => g.fields.length > 0,
  );
}

/**
 * The Liquid the picker inserts for a field: `{{ path }}` for a value (a
 * list of text prints its items); for a list of objects, a loop over its
 * items printing the first field of each, with the item named as Flow names
 * a list's item: `{% for lineItems_item in order.line_items %}{{ lineItems_item.id }}{% endfor %}`.
 */
export function snippetFor(field: Pick<ScopeField, 'path' | 'shape' | 'comparable'>): string {
  const item = field.comparable ? undefined : itemShape(field.shape);
  if (!item) return liquidFor(field.path);
  const name = `${listBaseName(field.path)}_item`;
  const first = membersOf(item).find((m) => isScalarShape(m.shape));
  return `{% for ${name} in ${field.path} %}${liquidFor(first ? `${name}.${first.key}` : name)}{% endfor %}`;
}
