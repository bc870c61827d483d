/**
 * How a data path is spelled in Flow and in Flowbench (FORMAT.md §8, §10).
 * The first segment (the variable: `order`, `getOrderData`,
 * `lineItems_item`, `runCode`) is the same on both sides. After it, Flow's
 * fields are camelCase and Flowbench's data keys snake_case (`totalPrice` ↔
 * `total_price`), except under Run code and Send Admin API request, whose
 * outputs are keyed as the script or the API named them, on both sides.
 *
 * A segment is converted only when the conversion is undone exactly by the
 * reverse one (`lineItems` ↔ `line_items`); one that is not (`customerID`,
 * Flow's `loyalty_tier` metafield handle, Flowbench's `line_2`) has no
 * spelling on the other side and is reported, never guessed. Flowbench's
 * `trigger` variable (an app trigger's payload) has no Flow spelling: Flow's
 * triggers name their objects instead (`order`, `product`), which only the
 * trigger mapping knows; callers that know it pass their own FlowPathNaming.
 */
import { snakeCaseName as snakeSegment } from '../../../domain/runCode/inputQuery';
import { camelSegment } from '../../../domain/workflow/scope';
import type { FlowPathNaming } from './api';

/** Variables whose fields keep their names on both sides: the outputs of Run code and Send Admin API request. */
export const VERBATIM_ROOT = /^(?:runCode\d*|sendAdminApiRequest\d*)$/;

function convert(path: string, there: (s: string) => string, back: (s: string) => string): string | undefined {
  const [root, ...rest] = path.split('.');
  if (VERBATIM_ROOT.test(root!)) return path;
  const out = [root!];
  for (const segment of rest) {
    const converted = there(segment);
    if (back(converted) !== segment) return undefined;
    out.push(converted);
  }
  return out.join('.');
}

/** The mechanical naming described above. */
export const defaultPathNaming: FlowPathNaming = {
  toFlowbench: (flowPath) => convert(flowPath, snakeSegment, camelSegment),
  toFlow: (flowbenchPath) => (flowbenchPath.split('.')[0] === 'trigger' ? undefined : convert(flowbenchPath, camelSegment, snakeSegment)),
};

/**
 * A path spelled the other side's way, given the list items that keep their
 * names (the items of a list that keeps them, like `runCode.items`): a path
 * from such an item is the same on both sides.
 */
export function spellPath(path: string, keptItems: ReadonlySet<string>, spell: (path: string) => string | undefined): string | undefined {
  return keptItems.has(path.split('.')[0]!) ? path : spell(path);
}

/** Whether the items of a list keep their names: its root is a verbatim variable or an item that keeps them. */
export function listKeepsNames(list: string, keptItems: ReadonlySet<string>): boolean {
  const root = list.split('.')[0]!;
  return VERBATIM_ROOT.test(root) || keptItems.has(root);
}
