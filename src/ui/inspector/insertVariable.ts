/**
 * Inserting a variable into a text field as Liquid, and grouping the data a
 * workflow has for the variable picker. Pure, so the cursor arithmetic is
 * tested without a DOM.
 */
import type { DataField, DataRoot } from '../../domain/workflow/dataFields';

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
  const snippet = liquidFor(path);
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
