/**
 * A work budget for Liquid loops, so that a hostile template is stopped by
 * counting what it does rather than by the clock.
 *
 * liquidjs charges its `memoryLimit` for what a render allocates (ranges,
 * strings built by filters), but not for iterating: nested loops over a
 * small list (`{% for a in list %}{% for b in list %}…`) allocate almost
 * nothing and can still run for hours. Its only guard against that is
 * `renderLimit`, which is wall-clock time, so a legitimate template fails
 * when the machine is busy. Instead, every iteration of `for` and
 * `tablerow` is charged here, weighted by the length of the loop's body
 * (a longer body does more per iteration), against a budget per render.
 * The total work of a render is then bounded by the budget, whatever the
 * machine's speed, and the same template always gets the same verdict.
 *
 * How: the engine's Liquid registers subclasses of liquidjs's own `for` and
 * `tablerow` tags whose body starts with an invisible template that charges
 * the iteration. The count is kept per render context (one per render), so
 * parsed templates can be cached and shared between renders.
 */
import { type Context, ForTag, type Liquid, TablerowTag, type Template } from 'liquidjs';

/** The error text the budget throws; liquidRender.ts words it for the step's error. */
export const LOOP_LIMIT_MESSAGE = 'loop work limit exceeded';

/** Body characters per extra unit an iteration costs: an empty body costs 1 unit, 1,000 characters cost 21. */
const CHARS_PER_UNIT = 50;

/** What one iteration of a loop whose body is `templates` costs. */
export function iterationCost(templates: readonly Template[]): number {
  const first = templates[0];
  const last = templates[templates.length - 1];
  const length = first && last ? Math.max(0, last.token.end - first.token.begin) : 0;
  return 1 + Math.floor(length / CHARS_PER_UNIT);
}

/**
 * Makes `liquid` charge every iteration of `for` and `tablerow` against
 * `budget` units per render; a render that goes over fails with
 * {@link LOOP_LIMIT_MESSAGE}.
 */
export function limitLoopWork(liquid: Liquid, budget: number): void {
  const used = new WeakMap<Context, number>();
  const charge = (ctx: Context, units: number) => {
    const total = (used.get(ctx) ?? 0) + units;
    if (total > budget) throw new Error(LOOP_LIMIT_MESSAGE);
    used.set(ctx, total);
  };
  /** An invisible first template of a loop's body: it writes nothing and charges the iteration. */
  const meter = (body: Template[], token: Template['token']): Template => {
    const cost = iterationCost(body);
    return {
      token,
      render(ctx: Context) {
        charge(ctx, cost);
        return '';
      },
    };
  };

  class CountedFor extends ForTag {
    constructor(...args: ConstructorParameters<typeof ForTag>) {
      super(...args);
      this.templates.unshift(meter(this.templates, args[0]));
    }
  }
  class CountedTablerow extends TablerowTag {
    constructor(...args: ConstructorParameters<typeof TablerowTag>) {
      super(...args);
      this.templates.unshift(meter(this.templates, args[0]));
    }
  }
  liquid.registerTag('for', CountedFor);
  liquid.registerTag('tablerow', CountedTablerow);
}
