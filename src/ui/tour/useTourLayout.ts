/**
 * Follows the current step's target on the page: finds the first of its
 * selectors that is shown, scrolls it into view once, and keeps its rect and
 * the popover's placement up to date. It polls (a querySelector and a rect
 * every 200 ms) besides listening to scroll and resize, because targets come
 * and go as lazy pages load, sections open and React re-renders them.
 */
import { type RefObject, useEffect, useState } from 'react';
import { type BesideSide, type Placement, type Rect, placePopover, visiblePart } from './placement';

export interface TourLayout {
  /** The visible part of the target; undefined when the step is shown centred. */
  target?: Rect;
  placement: Placement;
}

const POLL_MS = 200;
/** Used before the popover has been measured. */
const DEFAULT_SIZE = { width: 352, height: 220 };

/** The first element matching one of the selectors that has a size (a closed <details> hides its content). */
export function findTarget(selectors: readonly string[], root: ParentNode = document): HTMLElement | undefined {
  for (const selector of selectors) {
    const el = root.querySelector<HTMLElement>(selector);
    if (el && el.getClientRects().length > 0) return el;
  }
  return undefined;
}

function sameLayout(a: TourLayout | undefined, b: TourLayout): boolean {
  if (!a) return false;
  const t = a.target;
  const u = b.target;
  const sameTarget = t === u || (!!t && !!u && t.top === u.top && t.left === u.left && t.width === u.width && t.height === u.height);
  return sameTarget && a.placement.top === b.placement.top && a.placement.left === b.placement.left && a.placement.side === b.placement.side;
}

/** The layout of the step whose targets are given (undefined until first measured). */
export function useTourLayout(
  targets: readonly string[] | undefined,
  side: BesideSide | undefined,
  popover: RefObject<HTMLElement | null>,
): TourLayout | undefined {
  const [layout, setLayout] = useState<TourLayout>();

  useEffect(() => {
    if (!targets) return;
    let scrolled: Element | undefined;
    const measure = () => {
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const el = findTarget(targets);
      if (el && scrolled !== el) {
        scrolled = el;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
      const box = el?.getBoundingClientRect();
      const target = box ? visiblePart({ top: box.top, left: box.left, width: box.width, height: box.height }, viewport) : undefined;
      const pop = popover.current;
      const size = pop && pop.offsetWidth > 0 ? { width: pop.offsetWidth, height: pop.offsetHeight } : DEFAULT_SIZE;
      const next: TourLayout = { target, placement: placePopover(target, size, viewport, side) };
      setLayout((prev) => (sameLayout(prev, next) ? prev : next));
    };
    measure();
    const timer = window.setInterval(measure, POLL_MS);
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, true);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, true);
    };
  }, [targets, side, popover]);

  return targets ? layout : undefined;
}
