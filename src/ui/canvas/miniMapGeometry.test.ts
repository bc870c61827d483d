import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../domain/workflow/layout';
import { mapViewBox, notesPaths, stepsPath, unionOf } from './miniMapGeometry';

describe('mini map geometry', () => {
  it('draws every step as one rectangle of a single path and bounds them all', () => {
    const { path, bounds } = stepsPath([{ position: { x: 0, y: 0 } }, { position: { x: 400, y: 300 } }]);
    expect(path).toBe(`M0,0h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}zM400,300h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`);
    expect(bounds).toEqual({ x: 0, y: 0, w: 400 + NODE_WIDTH, h: 300 + NODE_HEIGHT });
    expect(stepsPath([])).toEqual({ path: '', bounds: undefined });
  });

  it('shows the steps and the visible area at the map’s aspect ratio, centred, with padding', () => {
    const box = mapViewBox({ x: 0, y: 0, w: 1000, h: 100 }, { x: 0, y: 0, w: 500, h: 400 }, 200, 100, 5);
    // 1000 wide → 5 flow px per map px; 100 map px tall → 500 flow px, the content's 400 centred.
    expect(box).toEqual({ x: -25, y: -75, w: 1050, h: 550 });
    expect(box.w / box.h).toBeCloseTo(210 / 110);
  });

  it('shows the visible area alone when there are no steps', () => {
    expect(mapViewBox(undefined, { x: 10, y: 20, w: 200, h: 100 }, 200, 100, 0)).toEqual({ x: 10, y: 20, w: 200, h: 100 });
  });

  it('draws the sticky notes at their own sizes, one path per colour, and the map bounds both steps and notes', () => {
    const notes = notesPaths([
      { position: { x: -300, y: 50 }, size: { width: 240, height: 160 }, color: 'pink' },
      { position: { x: 900, y: 700 }, size: { width: 120, height: 80 }, color: 'yellow' },
      { position: { x: 0, y: 400 }, size: { width: 200, height: 100 }, color: 'pink' },
    ]);
    expect(notes.paths).toEqual([
      { color: 'yellow', path: 'M900,700h120v80h-120z' },
      { color: 'pink', path: 'M-300,50h240v160h-240zM0,400h200v100h-200z' },
    ]);
    expect(notes.bounds).toEqual({ x: -300, y: 50, w: 1320, h: 730 });
    expect(notesPaths([])).toEqual({ paths: [], bounds: undefined });
    const steps = stepsPath([{ position: { x: 0, y: 0 } }]);
    // A note left of and below every step widens the map's content to include it.
    expect(unionOf(steps.bounds, notes.bounds)).toEqual({ x: -300, y: 0, w: 1320, h: 780 });
    expect(unionOf(undefined, notes.bounds)).toEqual(notes.bounds);
    expect(unionOf(steps.bounds, undefined)).toEqual(steps.bounds);
    expect(unionOf(undefined, undefined)).toBeUndefined();
  });
});
