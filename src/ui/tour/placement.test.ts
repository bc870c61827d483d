/** Where the tour's popover goes: beside the target with room, inside the viewport, centred without a target. */
import { describe, expect, it } from 'vitest';
import { placePopover, visiblePart } from './placement';

const viewport = { width: 1280, height: 800 };
const popover = { width: 360, height: 200 };

describe('placePopover', () => {
  it('puts the popover to the right of a target on the left (the palettes)', () => {
    const placed = placePopover({ left: 20, top: 100, width: 280, height: 600 }, popover, viewport);
    expect(placed).toEqual({ left: 20 + 280 + 14, top: 100, side: 'right' });
  });

  it('goes left, then below, then above when the right has no room', () => {
    expect(placePopover({ left: 900, top: 100, width: 360, height: 100 }, popover, viewport).side).toBe('left');
    expect(placePopover({ left: 100, top: 100, width: 1100, height: 100 }, popover, viewport).side).toBe('bottom');
    expect(placePopover({ left: 100, top: 500, width: 1100, height: 290 }, popover, viewport).side).toBe('top');
  });

  it('tries the preferred side first: below a header', () => {
    const nav = { left: 170, top: 5, width: 460, height: 40 };
    expect(placePopover(nav, popover, viewport, 'bottom')).toEqual({ left: 170, top: 59, side: 'bottom' });
    expect(placePopover(nav, popover, viewport).side).toBe('right');
  });

  it('stays inside the viewport when the target is near an edge', () => {
    const placed = placePopover({ left: 20, top: 760, width: 200, height: 30 }, popover, viewport);
    expect(placed.side).toBe('right');
    expect(placed.top + popover.height).toBeLessThanOrEqual(viewport.height);
  });

  it('is centred when the target is missing, and in a corner when the target fills the screen', () => {
    expect(placePopover(undefined, popover, viewport)).toEqual({ left: 460, top: 300, side: 'center' });
    const huge = placePopover({ left: 0, top: 0, width: 1280, height: 800 }, popover, viewport);
    expect(huge.side).toBe('inside');
    expect(huge.left + popover.width).toBeLessThanOrEqual(viewport.width);
  });
});

describe('visiblePart', () => {
  it('clips a target to the viewport and treats a hidden or off-screen one as missing', () => {
    expect(visiblePart({ left: -10, top: 700, width: 100, height: 300 }, viewport)).toEqual({ left: 0, top: 700, width: 90, height: 100 });
    expect(visiblePart({ left: 10, top: 10, width: 0, height: 0 }, viewport)).toBeUndefined();
    expect(visiblePart({ left: 10, top: 900, width: 50, height: 50 }, viewport)).toBeUndefined();
  });
});
