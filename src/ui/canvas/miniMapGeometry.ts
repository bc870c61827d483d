/**
 * Geometry of the canvas's mini map (CanvasMiniMap.tsx), in flow
 * coordinates: the steps as one SVG path, the sticky notes as another, and
 * the view box that shows them and the visible area at the map's aspect
 * ratio, as React Flow's own MiniMap does.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../../domain/workflow/layout';
import type { Position, StickyNote } from '../../domain/workflow/document';
import { NOTE_COLORS, type NoteColor } from '../../domain/workflow/stickyNotes';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** A closed rectangle as SVG path data. */
export const rectPath = (b: Box) => `M${b.x},${b.y}h${b.w}v${b.h}h${-b.w}z`;

/** Every step as a rectangle of one path, and the box around them (undefined without steps). */
export function stepsPath(steps: readonly { position: Position }[]): { path: string; bounds: Box | undefined } {
  let bounds: Box | undefined;
  const parts: string[] = [];
  for (const { position: p } of steps) {
    const box = { x: p.x, y: p.y, w: NODE_WIDTH, h: NODE_HEIGHT };
    bounds = bounds ? union(bounds, box) : box;
    parts.push(rectPath(box));
  }
  return { path: parts.join(''), bounds };
}

/**
 * The sticky notes, each a rectangle of its own size: one path per colour (in the order of
 * NOTE_COLORS, colours without notes left out), and the box around them all (undefined without notes).
 */
export function notesPaths(
  notes: readonly Pick<StickyNote, 'position' | 'size' | 'color'>[],
): { paths: { color: NoteColor; path: string }[]; bounds: Box | undefined } {
  let bounds: Box | undefined;
  const parts = new Map<NoteColor, string[]>();
  for (const { position: p, size, color } of notes) {
    const box = { x: p.x, y: p.y, w: size.width, h: size.height };
    bounds = bounds ? union(bounds, box) : box;
    const list = parts.get(color);
    if (list) list.push(rectPath(box));
    else parts.set(color, [rectPath(box)]);
  }
  const paths = NOTE_COLORS.flatMap((color) => {
    const list = parts.get(color);
    return list ? [{ color, path: list.join('') }] : [];
  });
  return { paths, bounds };
}

/** The box around both, either of which may be missing. */
export function unionOf(a: Box | undefined, b: Box | undefined): Box | undefined {
  return a && b ? union(a, b) : (a ?? b);
}

/**
 * The view box of a `width`×`height` map showing `bounds` and `view`
 * centred, at one scale for both axes, with `padding` map pixels around.
 */
export function mapViewBox(bounds: Box | undefined, view: Box, width: number, height: number, padding: number): Box {
  const all = bounds ? union(bounds, view) : view;
  const scale = Math.max(all.w / width, all.h / height) || 1;
  const pad = padding * scale;
  return {
    x: all.x - (width * scale - all.w) / 2 - pad,
    y: all.y - (height * scale - all.h) / 2 - pad,
    w: width * scale + 2 * pad,
    h: height * scale + 2 * pad,
  };
}
