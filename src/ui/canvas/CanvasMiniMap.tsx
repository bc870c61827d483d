/**
 * The canvas's mini map: every step as a rectangle of one SVG path, every
 * sticky note (at its own size) of another, and the visible area. It replaces React Flow's <MiniMap>, which renders one
 * component, with its own store subscription, per node: at 5,000 steps that
 * was 13 MB of the editor's heap and 5,000 more subscriptions checked on
 * every frame of a drag (docs/benchmarks.md). Here the steps' path is
 * rebuilt only when the document changes, and a viewport change redraws two
 * attributes.
 *
 * Trade-off: positions come from the document, so a step being dragged moves
 * in the map when it is dropped. Press or drag on the map to centre the view
 * there; the wheel zooms.
 */
import { Panel, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, type WheelEvent, memo, useMemo, useRef } from 'react';
import { useDocument } from '../../state/editor/context';
import { type Box, mapViewBox, notesPaths, rectPath, stepsPath, unionOf } from './miniMapGeometry';
import { useT } from '../i18n';
import { noteStyle } from './nodes/noteColors';

const MAP_WIDTH = 200;
const MAP_HEIGHT = 150;
const PADDING = 5;

const selectTransform = (s: ReactFlowState) => s.transform;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

export const CanvasMiniMap = memo(function CanvasMiniMap() {
  const steps = useDocument((s) => s.doc?.steps);
  const notes = useDocument((s) => s.doc?.notes);
  const [tx, ty, zoom] = useStore(selectTransform);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const { setCenter, zoomTo } = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  const t = useT();

  const nodes = useMemo(() => stepsPath(steps ?? []), [steps]);
  const notesShape = useMemo(() => notesPaths(notes ?? []), [notes]);
  const view: Box = { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
  const box = mapViewBox(unionOf(nodes.bounds, notesShape.bounds), view, MAP_WIDTH, MAP_HEIGHT, PADDING);

  const centreAt = (e: PointerEvent<SVGSVGElement>) => {
    const el = svg.current;
    const ctm = el?.getScreenCTM();
    if (!el || !ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    void setCenter(p.x, p.y, { zoom });
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    centreAt(e);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e);
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => void zoomTo(zoom * (e.deltaY < 0 ? 1.2 : 1 / 1.2));

  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <svg
        ref={svg}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={t('canvas.minimap')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      >
        <g data-testid="minimap-notes">
          {notesShape.paths.map(({ color, path }) => (
            <path key={color} className="canvas-minimap-note" style={noteStyle(color)} d={path} />
          ))}
        </g>
        <path className="react-flow__minimap-node" data-testid="minimap-steps" d={nodes.path} />
        <path className="react-flow__minimap-mask" d={`${rectPath(box)}${rectPath(view)}`} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
});
