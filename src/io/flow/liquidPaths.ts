/**
 * Liquid inside a Flow field names data the way Flow spells it
 * (`{{ order.totalPrice }}`, `{% for li in order.lineItems %}`), Flowbench's
 * the way its data is keyed (`order.total_price`). This rewrites the data
 * paths inside a text's Liquid from one spelling to the other, leaving
 * everything else as written: the text outside `{{ }}` and `{% %}`, string
 * literals, filter names and their named arguments, keywords and one-word
 * names (a variable alone is spelled the same on both sides; FORMAT.md §10).
 *
 * A path is a dotted chain of names (`a.b.c`), read by a small scanner that
 * knows Liquid's delimiters and quotes, not by a pattern over the whole text.
 * A path that the spelling can't convert exactly (conditions/paths.ts) is
 * kept as written, so a round trip never changes it. Text whose Liquid is
 * unterminated is returned unchanged: the editor's Liquid checks report it.
 */

/** A path spelled the other side's way, or undefined when it has no exact spelling there. */
export type Spell = (path: string) => string | undefined;

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/** The inside of one Liquid tag or output, with its dotted paths respelled. */
function respellInside(inside: string, spell: Spell): string {
  let out = '';
  let i = 0;
  let afterPipe = false;
  while (i < inside.length) {
    const c = inside[i]!;
    if (c === '"' || c === "'") {
      const end = inside.indexOf(c, i + 1);
      const stop = end === -1 ? inside.length : end + 1;
      out += inside.slice(i, stop);
      i = stop;
      continue;
    }
    if (NAME_START.test(c) && (i === 0 || !NAME_PART.test(inside[i - 1]!))) {
      let j = i;
      while (j < inside.length && (NAME_PART.test(inside[j]!) || (inside[j] === '.' && NAME_START.test(inside[j + 1] ?? '')))) j++;
      const chain = inside.slice(i, j);
      // A filter's name follows "|"; a named argument is followed by ":" (limit: 5). Neither is data.
      const isFilter = afterPipe;
      const isNamedArg = /^\s*:/.test(inside.slice(j)) && !chain.includes('.');
      out += !isFilter && !isNamedArg && chain.includes('.') ? (spell(chain) ?? chain) : chain;
      afterPipe = false;
      i = j;
      continue;
    }
    if (c === '|') afterPipe = true;
    else if (!/\s/.test(c)) afterPipe = false;
    out += c;
    i++;
  }
  return out;
}

/** The text with the data paths inside its Liquid respelled by `spell`; the rest unchanged. */
export function respellLiquid(text: string, spell: Spell): string {
  if (!text.includes('{{') && !text.includes('{%')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.slice(i).search(/\{[{%]/);
    if (open === -1) break;
    const start = i + open;
    const close = text[start + 1] === '{' ? '}}' : '%}';
    const end = text.indexOf(close, start + 2);
    if (end === -1) return text;
    out += text.slice(i, start + 2) + respellInside(text.slice(start + 2, end), spell) + close;
    i = end + 2;
  }
  return out + text.slice(i);
}
