/**
 * Two ways the canvas draws less per frame on a large workflow, neither of
 * which changes what can be seen (docs/benchmarks.md, canvas-pan and
 * canvas-drag; Chromium without a GPU draws every pixel on the CPU):
 *
 * - A canvas seen from far away (zoomed out below {@link FAR_ZOOM}) draws its
 *   step nodes without their drop shadow: at such a zoom the shadow (3 px of
 *   blur, 1 px down) is under a pixel and cannot be seen, yet blurring it for
 *   every node was about half of the raster work of a frame at 5,000 steps.
 *   A class on React Flow's element: crossing the zoom restyles the canvas
 *   once and re-renders no node.
 * - While the view is panned (moved without zooming), the viewport is its
 *   own compositing layer (`will-change: transform`), so each frame moves
 *   the drawn canvas instead of drawing every visible node again. Only while
 *   panning: a layer kept while zooming would be scaled rather than drawn at
 *   the new size (blurred text); it is dropped as soon as the zoom changes
 *   and when the move ends, and the canvas is drawn once at its resting place.
 */
import { type OnMove, type OnMoveEnd, type OnMoveStart, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { useState } from 'react';

/** Below this zoom the node's shadow is at most about a pixel of faint blur. */
export const FAR_ZOOM = 0.35;

const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** The class for React Flow's `className` while the view is far (`flow--far`), else undefined. */
export function useFarViewClass(): string | undefined {
  return useStore(isFar) ? 'flow--far' : undefined;
}

/** Marks React Flow's element `data-panning` while its view pans (see the module header). */
class PanningLayer {
  private zoom = 0;
  constructor(private readonly store: ReturnType<typeof useStoreApi>) {}

  private mark(on: boolean): void {
    const el = this.store.getState().domNode;
    if (!el) return;
    if (on) el.dataset.panning = '';
    else delete el.dataset.panning;
  }

  readonly onMoveStart: OnMoveStart = (_event, viewport) => {
    this.zoom = viewport.zoom;
    this.mark(true);
  };

  readonly onMove: OnMove = (_event, viewport) => {
    if (viewport.zoom !== this.zoom) this.mark(false);
  };

  readonly onMoveEnd: OnMoveEnd = () => this.mark(false);
}

/** React Flow's move handlers that mark its element `data-panning` while the view pans. */
export function usePanningLayer(): PanningLayer {
  const store = useStoreApi();
  const [layer] = useState(() => new PanningLayer(store));
  return layer;
}
