/**
 * Where the tour's popover goes: beside its target (the step's preferred
 * side, else right, left, below, above: the first side with room), kept inside the viewport; centred when
 * there is no target; in the viewport's lower corner when the target fills
 * the screen. Pure, so it is tested without a browser.
 */

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type BesideSide = 'right' | 'left' | 'bottom' | 'top';
export type Side = BesideSide | 'inside' | 'center';

const SIDES: readonly BesideSide[] = ['right', 'left', 'bottom', 'top'];

export interface Placement {
  top: number;
  left: number;
  side: Side;
}

/** Space between the target and the popover, and kept free at the viewport's edges. */
const GAP = 14;
const MARGIN = 8;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/** The part of a rect inside the viewport, or undefined when none of it is (or it has no size). */
export function visiblePart(rect: Rect, viewport: Size): Rect | undefined {
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.left + rect.width, viewport.width);
  const bottom = Math.min(rect.top + rect.height, viewport.height);
  if (right - left < 1 || bottom - top < 1) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * Places a popover of `size` next to `target` (viewport coordinates), trying
 * `prefer` first, or centred when there is no target.
 */
export function placePopover(target: Rect | undefined, size: Size, viewport: Size, prefer?: BesideSide): Placement {
  const maxLeft = viewport.width - size.width - MARGIN;
  const maxTop = viewport.height - size.height - MARGIN;
  if (!target) {
    return {
      left: clamp((viewport.width - size.width) / 2, MARGIN, maxLeft),
      top: clamp((viewport.height - size.height) / 2, MARGIN, maxTop),
      side: 'center',
    };
  }
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  const besideTop = clamp(target.top, MARGIN, maxTop);
  const belowLeft = clamp(target.left, MARGIN, maxLeft);
  const candidates: Record<BesideSide, () => Placement | undefined> = {
    right: () => (right + GAP + size.width <= viewport.width - MARGIN ? { left: right + GAP, top: besideTop, side: 'right' } : undefined),
    left: () => (target.left - GAP - size.width >= MARGIN ? { left: target.left - GAP - size.width, top: besideTop, side: 'left' } : undefined),
    bottom: () => (bottom + GAP + size.height <= viewport.height - MARGIN ? { left: belowLeft, top: bottom + GAP, side: 'bottom' } : undefined),
    top: () => (target.top - GAP - size.height >= MARGIN ? { left: belowLeft, top: target.top - GAP - size.height, side: 'top' } : undefined),
  };
  const order: BesideSide[] = prefer ? [prefer, ...SIDES.filter((s) => s !== prefer)] : [...SIDES];
  for (const side of order) {
    const placed = candidates[side]();
    if (placed) return placed;
  }
  return { left: clamp(maxLeft, MARGIN, maxLeft), top: clamp(maxTop, MARGIN, maxTop), side: 'inside' };
}
