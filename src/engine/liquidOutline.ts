/**
 * The quick way through the commonest Liquid: a field that is only text and
 * plain variables (`Low rating {{ trigger.rating }} for {{ product.title }}`).
 * liquidjs renders it through a generator per template and per variable
 * segment and a new Context per render; for such a template that was most of
 * a run's time in the engine benchmarks. An outline is worked out once from
 * liquidjs's own parse of the text (so the text between the variables is
 * exactly liquidjs's, whitespace control included) and rendered with plain
 * property reads.
 *
 * It answers only where the answer is certainly liquidjs's, and says "don't
 * know" (undefined) everywhere else, so the caller renders with liquidjs,
 * which gives the same text or the same error as before:
 * - a template is outlined only when each of its parts is text or an output
 *   `{{ a.b.c }}` / `{{ a["b"] }}` without filters, whose segments are names
 *   (not `size`, `first` or `last`, which liquidjs reads specially; not a
 *   literal such as `empty`, not a computed `a[b]`), and when the Liquid
 *   setup neither escapes nor keeps output types;
 * - a render answers only when every segment is an own property of an
 *   object without `toLiquid` (liquidjs reads an own property as it is) and
 *   each value ends as text, a number, a boolean or null (liquidjs writes null
 *   as nothing); a missing variable (an error with strict variables), a
 *   function (liquidjs calls it), a Drop's missing method, a list or an
 *   object goes to liquidjs.
 * liquidOutline.test.ts checks both against liquidjs on generated templates
 * and data.
 */
import { Output, type Liquid, type Template, TypeGuards } from 'liquidjs';

/** Text and variable paths, in order: a string is written as it is, a path is read from the data. */
export type Outline = readonly (string | readonly string[])[];

/** Segments liquidjs reads specially (an array's or string's size, a list's first and last item). */
const SPECIAL = new Set(['size', 'first', 'last']);

/** The outline of a parsed template, or undefined when it holds anything but text and plain variables. */
export function outlineOf(templates: readonly Template[], liquid: Liquid): Outline | undefined {
  if (liquid.options.outputEscape || liquid.options.keepOutputType) return undefined;
  const parts: (string | readonly string[])[] = [];
  for (const template of templates) {
    if (TypeGuards.isHTMLToken(template.token) && typeof (template as { str?: unknown }).str === 'string') {
      parts.push((template as unknown as { str: string }).str);
      continue;
    }
    if (!(template instanceof Output) || template.value.filters.length > 0) return undefined;
    const tokens = template.value.initial.postfix;
    const only = tokens[0];
    if (tokens.length !== 1 || !TypeGuards.isPropertyAccessToken(only) || only.variable) return undefined;
    const path: string[] = [];
    for (const prop of only.props) {
      if (!TypeGuards.isWordToken(prop) && !TypeGuards.isQuotedToken(prop)) return undefined;
      const key: unknown = prop.content;
      if (typeof key !== 'string' || SPECIAL.has(key)) return undefined;
      path.push(key);
    }
    if (path.length === 0) return undefined;
    parts.push(path);
  }
  return parts;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The outline rendered over `data`, or undefined when only liquidjs can say (see the module's notes). */
export function renderOutline(outline: Outline, data: Readonly<Record<string, unknown>>): string | undefined {
  let text = '';
  for (const part of outline) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    let value: unknown = data;
    for (const key of part) {
      if (value === null || typeof value !== 'object' || !hasOwn.call(value, key)) return undefined;
      if (typeof (value as { toLiquid?: unknown }).toLiquid === 'function') return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    if (typeof value === 'string') text += value;
    else if (typeof value === 'number' || typeof value === 'boolean') text += String(value);
    else if (value !== null) return undefined;
  }
  return text;
}
