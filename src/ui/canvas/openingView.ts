/**
 * What the canvas shows when a workflow opens. Normally every step, fitted
 * into view by React Flow (as the bare React Flow page of the benchmarks
 * does). But steps may sit up to ten million pixels apart (the schema's
 * bound), far more than fits at the smallest zoom: fitting them all centres
 * the view between them, and when no step is near that centre the canvas
 * shows nothing at all. Then the view is the box around the steps near the
 * trigger (or the first step), which always holds it, and the editor says
 * the rest are out of view.
 *
 * That box comes from the document's positions and the nodes' nominal size:
 * React Flow's fitView with a list of nodes counts only those measured by
 * the time it runs, and could leave the view empty.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../../domain/workflow/layout';
import type { Position, StepKind } from '../../domain/workflow/document';

/** The canvas's smallest zoom. */
export const MIN_ZOOM = 0.05;

/** The largest zoom a fitted view uses: a small workflow is not blown up. */
export const FIT_MAX_ZOOM = 1.1;

/** Flow pixels a 600-pixel-wide canvas shows at MIN_ZOOM: what "fits" means here. */
export const FIT_SPAN = 600 / MIN_ZOOM;

interface Placed {
  id: string;
  kind: StepKind;
  position: Position;
}

/** A rectangle in flow coordinates, as React Flow's Rect. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type OpeningView =
  /** No steps: the canvas keeps its 1:1 view, so the first drops land where they are dropped. */
  | { kind: 'empty' }
  /** React Flow fits every step into view. */
  | { kind: 'all' }
  /** The box around the steps near the trigger; the others are out of view. */
  | { kind: 'around'; bounds: Bounds };

function boxAround(steps: readonly Placed[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position: p } of steps) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + NODE_WIDTH);
    maxY = Math.max(maxY, p.y + NODE_HEIGHT);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Steps whose box meets the FIT_SPAN square centred on (x, y). */
function near(steps: readonly Placed[], x: number, y: number): Placed[] {
  const half = FIT_SPAN / 2;
  return steps.filter(
    ({ position: p }) => p.x + NODE_WIDTH >= x - half && p.x <= x + half && p.y + NODE_HEIGHT >= y - half && p.y <= y + half,
  );
}

/** The view a workflow with these steps opens with. */
export function openingView(steps: readonly Placed[]): OpeningView {
  if (steps.length === 0) return { kind: 'empty' };
  const all = boxAround(steps);
  if (all.width <= FIT_SPAN && all.height <= FIT_SPAN) return { kind: 'all' };
  // Fitted, the view is centred on the box at (about) the smallest zoom: does it show a step there?
  if (near(steps, all.x + all.width / 2, all.y + all.height / 2).length > 0) return { kind: 'all' };
  const start = steps.find((s) => s.kind === 'trigger') ?? steps[0]!;
  return { kind: 'around', bounds: boxAround(near(steps, start.position.x + NODE_WIDTH / 2, start.position.y + NODE_HEIGHT / 2)) };
}
