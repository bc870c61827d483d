/**
 * The edge of a condition's Then / Otherwise port: React Flow's bezier edge
 * with its label drawn the way React Flow's EdgeText draws it (same classes,
 * box and padding), but sized without reading the layout.
 *
 * EdgeText measures its text with `getBBox()` in an effect and renders again
 * with the size: a forced synchronous layout of the whole canvas, and a second
 * render, for every labelled edge that mounts. Panning a 5,000-step workflow
 * mounts a few labelled edges per frame, and those layouts were the largest
 * single cost of the frame (about 3 s of a 60-frame pan, docs/benchmarks.md).
 * Here a label's size comes from the canvas 2D text metrics of the label's
 * font, measured once per label text and kept.
 */
import { BaseEdge, type Edge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';

/** React Flow's label font size (.react-flow__edge-text) and EdgeText's default padding. */
const FONT_SIZE_PX = 10;
const PAD_X = 2;
const PAD_Y = 4;

interface TextSize {
  width: number;
  height: number;
}

const sizes = new Map<string, TextSize>();
let context: CanvasRenderingContext2D | null | undefined;

/** The size of `text` in the labels' font, as getBBox would give it; measured once per text. */
function textSize(text: string): TextSize {
  const known = sizes.get(text);
  if (known) return known;
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null; // no canvas (tests): estimate below
    }
    if (context) {
      const family = getComputedStyle(document.querySelector('.react-flow') ?? document.body).fontFamily || 'sans-serif';
      context.font = `${FONT_SIZE_PX}px ${family}`;
    }
  }
  const metrics = context?.measureText(text);
  const size = metrics
    ? { width: metrics.width, height: metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent || FONT_SIZE_PX * 1.2 }
    : { width: text.length * FONT_SIZE_PX * 0.6, height: FONT_SIZE_PX * 1.2 };
  sizes.set(text, size);
  return size;
}

export type LabelledEdgeType = Edge<Record<string, never>, 'labelled'>;

export const LabelledEdge = memo(function LabelledEdge({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  label,
  style,
  markerEnd,
  markerStart,
  interactionWidth,
}: EdgeProps<LabelledEdgeType>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const text = typeof label === 'string' ? label : '';
  const { width, height } = textSize(text);
  return (
    <>
      <BaseEdge path={path} style={style} markerEnd={markerEnd} markerStart={markerStart} interactionWidth={interactionWidth} />
      {text && (
        <g transform={`translate(${labelX - width / 2} ${labelY - height / 2})`} className="react-flow__edge-textwrapper">
          <rect
            className="react-flow__edge-textbg"
            x={-PAD_X}
            y={-PAD_Y}
            width={width + 2 * PAD_X}
            height={height + 2 * PAD_Y}
            rx={2}
            ry={2}
          />
          <text className="react-flow__edge-text" y={height / 2} dy="0.3em">
            {text}
          </text>
        </g>
      )}
    </>
  );
});

export const edgeTypes = { labelled: LabelledEdge };
