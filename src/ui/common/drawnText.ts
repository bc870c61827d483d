/**
 * Short texts drawn by CSS rather than by elements of their own, for places
 * that repeat them thousands of times (the canvas's step nodes: a kind line
 * and an app's monogram per node; docs/benchmarks.md, canvas-mount).
 *
 * `drawnBefore(text, declarations)` returns a class whose `::before` shows
 * `text`: one rule per distinct text and declarations, made on first use in
 * one style sheet of the document. Every element drawing the same text gets
 * the same rule, so the browser computes that pseudo-element's style once and
 * shares it (a per-element `content: attr(…)` or inline custom properties
 * would make it compute one per element: measured slower than the elements
 * they replaced). The text is written into the rule with every character
 * but letters and digits escaped, so no text (a custom app's name, a
 * translation) can end the string or the rule.
 */

const classes = new Map<string, string>();
let sheet: CSSStyleSheet | undefined;

/** A CSS string literal of `text`: letters and digits as they are, everything else as a hex escape. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[\p{L}\p{N}]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    const element = document.createElement('style');
    element.dataset.drawnText = '';
    document.head.append(element);
    sheet = element.sheet!;
  }
  return sheet;
}

/**
 * The class whose `::before` shows `text`, with `declarations` (trusted CSS
 * of ours, such as colours from a fixed palette). `hidden`: the text is
 * skipped by screen readers (empty alternative text), for a decoration
 * whose meaning is written beside it.
 */
export function drawnBefore(text: string, declarations = '', hidden = false): string {
  const key = `${hidden ? 1 : 0}\u0000${declarations}\u0000${text}`;
  let name = classes.get(key);
  if (!name) {
    name = `drawn-${classes.size}`;
    styleSheet().insertRule(`.${name}::before{content:${cssString(text)}${hidden ? ' / ""' : ''};${declarations}}`);
    classes.set(key, name);
  }
  return name;
}
