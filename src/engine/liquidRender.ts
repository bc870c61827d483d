/**
 * Rendering the Liquid of action fields at run time. Uses the editor's Flow
 * Liquid setup (createFlowLiquid: strict filters, no snippet tags) plus what a
 * run needs: strict variables (a typo fails the step instead of sending an
 * empty value), own properties only (`{{ trigger.constructor }}` finds
 * nothing), and liquidjs's DoS limits on template length, render time and
 * allocations.
 *
 * The limits are cooperative: liquidjs checks them between template nodes
 * and before allocating ranges, so they stop a hostile loop but not a
 * runaway adapter. The hard limit is the worker's (see worker.ts): the main
 * thread terminates a worker that does not answer in time.
 *
 * Speed: a template is parsed once and kept (up to {@link TEMPLATE_CACHE_SIZE}
 * distinct texts per renderer), since runs render the same few field texts
 * again and again; parsing was most of a render's cost. A template that is
 * only text and plain variables (`Low rating {{ trigger.rating }} from
 * {{ customer.email }}`, the common field) is also rendered without
 * liquidjs's generators when every variable it reads is there
 * (liquidOutline.ts); anything else, and any variable that is missing or not
 * plain text, a number or a boolean, goes through liquidjs as before, so the
 * text and the errors are liquidjs's.
 *
 * Note on `{% for i in (1..100000000) %}`: liquidjs charges a range to the
 * memory limit before it allocates it, so that template is stopped by the
 * memory limit at once; nested loops over small ranges are stopped by the
 * loop budget, which charges every iteration.
 *
 * What liquidjs does not charge: text built by `capture` (and `echo` inside
 * it). Doubling a variable with `{% capture a %}{{a}}{{a}}{% endcapture %}`
 * twenty times makes a 16-million-character value in milliseconds (V8 joins
 * strings lazily), which would then be copied into the run record, to the
 * main thread and into IndexedDB. So the rendered text itself is held to
 * `memoryLimit` characters too, checked before anything reads it. Going on
 * doubling ends in V8's own "Invalid string length", and a template nested
 * thousands deep in parentheses in "Maximum call stack size exceeded"; both
 * are caught and told in words like the limits.
 */
import type { Liquid, Template } from 'liquidjs';
import { createFlowLiquid } from '../domain/workflow/liquid';
import { type Outline, outlineOf, renderOutline } from './liquidOutline';
import { LOOP_LIMIT_MESSAGE, limitLoopWork } from './liquidLoops';

export interface LiquidLimits {
  /** Longest template, in characters. */
  parseLimit: number;
  /** Most characters/elements one render may allocate; also the longest rendered text. */
  memoryLimit: number;
  /**
   * Most loop work one render may do: each iteration of `for` or `tablerow`
   * costs 1 unit plus 1 per 50 characters of the loop's body (liquidLoops.ts).
   */
  loopLimit: number;
}

/**
 * A loop over 100 line items with a 1,000-character body costs 2,100 units;
 * the loop budget leaves room for nearly fifty such loops per field, and stops
 * nested loops of 30,000 × 30,000 empty iterations after 100,000.
 */
export const DEFAULT_LIQUID_LIMITS: Readonly<LiquidLimits> = Object.freeze({
  parseLimit: 100_000,
  memoryLimit: 1_000_000,
  loopLimit: 100_000,
});

/** Most parsed templates a renderer keeps; past that the cache starts again empty. */
export const TEMPLATE_CACHE_SIZE = 1000;

export type RenderResult = { ok: true; text: string } | { ok: false; error: string };

/** Renders field templates with the run-time Liquid setup; one instance serves many runs. */
export class FieldRenderer {
  private readonly liquid: Liquid;
  private readonly parsed = new Map<string, { templates: Template[]; outline: Outline | undefined }>();

  constructor(readonly limits: LiquidLimits = DEFAULT_LIQUID_LIMITS) {
    const { parseLimit, memoryLimit, loopLimit } = limits;
    this.liquid = createFlowLiquid({ strictVariables: true, ownPropertyOnly: true, parseLimit, memoryLimit });
    limitLoopWork(this.liquid, loopLimit);
  }

  /**
   * Renders `template` against the run's data (`trigger`, `customer`,
   * `order`, `product`). `label` names the field in error messages
   * ("Unknown variable trigger.nope in Message"). Never throws.
   */
  async render(template: string, data: Readonly<Record<string, unknown>>, label: string): Promise<RenderResult> {
    return this.renderNow(template, data, label);
  }

  /**
   * {@link render}, answered at once: no tag or filter of ours is asynchronous, so callers on
   * the engine's hot path (every Liquid field of every action) skip a promise per field.
   */
  renderNow(template: string, data: Readonly<Record<string, unknown>>, label: string): RenderResult {
    try {
      const { templates, outline } = this.parse(template);
      const quick = outline && renderOutline(outline, data);
      const text = quick ?? String(this.liquid.renderSync(templates, data));
      // `.length` does not flatten a lazily joined string: the check costs nothing.
      if (text.length > this.limits.memoryLimit) return { ok: false, error: this.tooMuchText(label, text.length) };
      return { ok: true, text };
    } catch (error) {
      return { ok: false, error: this.explain(error, label) };
    }
  }

  /** The parsed template and its outline, from the cache when this text was parsed before (parse errors are not kept). */
  private parse(template: string): { templates: Template[]; outline: Outline | undefined } {
    let parsed = this.parsed.get(template);
    if (!parsed) {
      const templates = this.liquid.parse(template);
      parsed = { templates, outline: outlineOf(templates, this.liquid) };
      if (this.parsed.size >= TEMPLATE_CACHE_SIZE) this.parsed.clear();
      this.parsed.set(template, parsed);
    }
    return parsed;
  }

  private explain(error: unknown, label: string): string {
    const raw = error instanceof Error ? error.message : String(error);
    const place = /, line:(\d+), col:(\d+)$/.exec(raw);
    const reason = place ? raw.slice(0, place.index) : raw;
    const where = place ? ` (line ${place[1]}, column ${place[2]})` : '';
    let m: RegExpExecArray | null;
    if ((m = /^undefined variable: (.+)$/.exec(reason))) return `Unknown variable ${m[1]} in ${label}`;
    if (reason.startsWith(LOOP_LIMIT_MESSAGE)) {
      return `The Liquid in ${label} ran its loops too many times (over ${this.limits.loopLimit.toLocaleString('en')} units of work) and was stopped`;
    }
    if (/memory alloc limit exceeded/.test(reason)) {
      return `The Liquid in ${label} needed too much memory (over ${this.limits.memoryLimit.toLocaleString('en')} units) and was stopped`;
    }
    if (/^Invalid string length$|^Invalid array length$/.test(reason)) return this.tooMuchText(label);
    if (/^Maximum call stack size exceeded$/.test(reason)) {
      return `The Liquid in ${label} nests too deeply to be read and was stopped`;
    }
    if (/parse length limit exceeded/.test(reason)) {
      return `The Liquid in ${label} is too long: at most ${this.limits.parseLimit.toLocaleString('en')} characters`;
    }
    const name = error instanceof Error ? error.name : '';
    if (name === 'ParseError' || name === 'TokenizationError') return `The Liquid in ${label} has an error${where}: ${reason}`;
    return `The Liquid in ${label} failed${where}: ${reason}`;
  }

  private tooMuchText(label: string, length?: number): string {
    const made = length === undefined ? 'more text than a string can hold' : `${length.toLocaleString('en')} characters`;
    return `The Liquid in ${label} produced ${made}, over the limit of ${this.limits.memoryLimit.toLocaleString('en')}, and was stopped`;
  }
}
