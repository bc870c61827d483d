/**
 * Liquid analyses kept by text. Parsing and analysing a field is most of
 * what validating a workflow costs, and the result depends on the text
 * alone (liquid.ts `analyzeLiquid`), so an editor that validates after every
 * change reuses it: a keystroke elsewhere, a moved step, a changed trigger
 * or organization costs a look-up per field, not a parse.
 *
 * Bounded both ways (least recently used first out): by number of texts and
 * by their total length, since the key is the text itself. A text longer than
 * `maxChars` is analysed but not kept.
 */
import { LRUCache } from 'lru-cache';
import { type LiquidAnalysis, analyzeLiquid } from './liquid';

export interface LiquidAnalysesOptions {
  /** Most texts kept. */
  readonly maxTexts?: number;
  /** Most characters of all kept texts together. */
  readonly maxChars?: number;
}

/** A cached analysis of Liquid by text; pass it to `checkLiquid` or a validator. */
export type AnalyzeLiquid = (text: string) => LiquidAnalysis;

/**
 * Creates an {@link AnalyzeLiquid} that keeps analyses by text (least
 * recently used evicted first). Each call site that validates often should
 * keep one for its lifetime.
 */
export function cachedLiquidAnalysis({ maxTexts = 2000, maxChars = 4_000_000 }: LiquidAnalysesOptions = {}): AnalyzeLiquid {
  const cache = new LRUCache<string, LiquidAnalysis>({
    max: maxTexts,
    maxSize: maxChars,
    // The key is what takes room; an empty text still counts as one.
    sizeCalculation: (_value, text) => Math.max(1, text.length),
  });
  return (text) => {
    const kept = cache.get(text);
    if (kept) return kept;
    const analysis = analyzeLiquid(text);
    if (text.length <= maxChars) cache.set(text, analysis);
    return analysis;
  };
}
