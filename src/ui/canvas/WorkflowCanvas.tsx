/**
 * The workflow canvas (React Flow). Gestures become document operations:
 * a finished drag is one moveSteps, a connection is one connect (checked
 * while dragging by the domain's connection rules), a deletion one
 * removeSteps or disconnect. Palette items dropped here are added; dropped
 * onto a condition, connectors are refused. Keyboard editing (useStepKeys.ts)
 * routes arrow keys on a step to the same moveSteps as a drag, and the
 * live region (CanvasAnnouncer) says what it did.
 */
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  type IsValidConnection,
  type OnBeforeDelete,
  type OnNodeDrag,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n';
import { canConnect } from '../../domain/workflow/operations';
import type { StoreApi } from 'zustand';
import type { Link } from '../../domain/workflow/document';
import { PALETTE_ITEM_MIME, addPaletteItem, dropOnStep, parsePaletteItem } from '../../state/editor/commands';
import { useEditorSession } from '../../state/editor/context';
import './canvas.css';
import { CanvasAnnouncer } from './CanvasAnnouncer';
import { CanvasMiniMap } from './CanvasMiniMap';
import { edgeTypes } from './edges/LabelledEdge';
import { type CanvasNode, type FlowState, canvasViewOf } from './flowStore';
import { nodeTypes } from './nodes/StepNodes';
import { MIN_ZOOM } from './openingView';
import { PortPickerDialog } from './PortPickerDialog';
import { FIT_OPTIONS, useOpeningView } from './useOpeningView';
import { useFarViewClass, usePanningLayer } from './farView';
import { useStepKeys } from './useStepKeys';

const SNAP: [number, number] = [20, 20];

function toLink(c: Connection | Edge): Link {
  return { from: c.source, port: (c.sourceHandle ?? 'next') as Link['port'], to: c.target };
}

/**
 * The flow store's nodes and edges as React state, not `useStore` (useSyncExternalStore): a
 * store change made in a pointer move (a drag) is then rendered at the event's priority, as
 * React Flow's own `useNodesState` is, rather than synchronously after every move. Moves that
 * arrive before React renders are drawn together, so a drag lays out, paints and layerizes the
 * page once per rendered update instead of once per move (docs/benchmarks.md, canvas-drag-p95).
 * A key press or a click is still rendered at once (discrete events are flushed synchronously).
 */
function useFlowState(flow: StoreApi<FlowState>): FlowState {
  const [state, setState] = useState(flow.getState);
  useEffect(() => {
    // A change made between the first render and this subscription (React bails out when there was none).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the subscription pattern before useSyncExternalStore, on purpose (above)
    setState(flow.getState());
    return flow.subscribe(setState);
  }, [flow]);
  return state;
}

export function WorkflowCanvas() {
  const session = useEditorSession();
  const view = canvasViewOf(session);
  const { nodes, edges } = useFlowState(view.flow);
  const documentStore = session.document;
  const report = useCallback(
    (result: { ok: boolean; reason?: string }) => {
      if (!result.ok && result.reason) session.ui.getState().showMessage(result.reason, 'error');
    },
    [session],
  );
  const { screenToFlowPosition } = useReactFlow();
  const t = useT();
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('canvas.a11y.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('canvas.a11y.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('canvas.a11y.edge'),
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.controls.fitView'),
      'controls.interactive.ariaLabel': t('canvas.controls.interactive'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  );
  // An existing workflow opens fitted into view (around its trigger when a fitted view
  // would show no step); an empty one keeps a 1:1 view, so the first drops land where dropped.
  const opening = useOpeningView();
  const wrapper = useRef<HTMLDivElement>(null);
  const stepKeys = useStepKeys(session, wrapper);
  const farView = useFarViewClass();
  const panning = usePanningLayer();
  // "Add note" puts a new note in the middle of what is shown.
  useEffect(() => {
    session.ui.getState().setCanvasCentre(() => {
      const box = wrapper.current?.getBoundingClientRect();
      return box ? screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    });
    return () => session.ui.getState().setCanvasCentre(undefined);
  }, [session, screenToFlowPosition]);

  const isValidConnection = useCallback<IsValidConnection>(
    (c) => {
      const doc = documentStore.getState().doc;
      return !!doc && canConnect(doc, toLink(c as Connection)).ok;
    },
    [documentStore],
  );

  const onConnect = useCallback(
    (c: Connection) => report(documentStore.getState().dispatch({ type: 'connect', ...toLink(c) })),
    [documentStore, report],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<CanvasNode>>((_event, _node, dragged) => {
    const doc = documentStore.getState().doc;
    if (!doc) return;
    // Steps and sticky notes: a drag of both is one moveSteps, one undo entry.
    const before = new Map([...doc.steps, ...doc.notes].map((s) => [s.id, s.position]));
    const moves = dragged
      .filter((n) => {
        const p = before.get(n.id);
        return p && (p.x !== n.position.x || p.y !== n.position.y);
      })
      .map((n) => ({ id: n.id, position: { x: n.position.x, y: n.position.y } }));
    if (moves.length > 0) report(documentStore.getState().dispatch({ type: 'moveSteps', moves }));
  }, [documentStore, report]);

  const onBeforeDelete = useCallback<OnBeforeDelete<CanvasNode>>(
    async ({ nodes: gone, edges: cut }) => {
      const store = documentStore.getState();
      if (gone.length > 0) {
        report(store.dispatch({ type: 'removeSteps', ids: gone.map((n) => n.id) }));
        session.ui.getState().setSelection([]);
      } else {
        for (const edge of cut) report(store.dispatch({ type: 'disconnect', from: edge.source, port: toLink(edge).port }));
      }
      return false;
    },
    [documentStore, report, session],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_ITEM_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const item = parsePaletteItem(e.dataTransfer.getData(PALETTE_ITEM_MIME));
      if (!item) return;
      e.preventDefault();
      const position = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const snapped = { x: Math.round(position.x / 20) * 20, y: Math.round(position.y / 20) * 20 };
      const targetId = (e.target as Element).closest('.react-flow__node')?.getAttribute('data-id');
      if (targetId) dropOnStep(session, targetId, item, snapped);
      else addPaletteItem(session, item, snapped);
    },
    [screenToFlowPosition, session],
  );

  return (
    <div
      className="canvas"
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onFocus={stepKeys.onFocus}
      onKeyDownCapture={stepKeys.onKeyDownCapture}
    >
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={view.onNodesChange}
        onEdgesChange={view.onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onNodeDragStop={onNodeDragStop}
        onBeforeDelete={onBeforeDelete}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        snapToGrid
        snapGrid={SNAP}
        fitView={opening.fitView}
        onInit={opening.onInit}
        defaultViewport={{ x: 40, y: 40, zoom: 1 }}
        fitViewOptions={FIT_OPTIONS}
        minZoom={MIN_ZOOM}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: false }}
        aria-label={t('canvas.label')}
        className={farView}
        onMoveStart={panning.onMoveStart}
        onMove={panning.onMove}
        onMoveEnd={panning.onMoveEnd}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={20} />
        <CanvasMiniMap />
        <Controls />
      </ReactFlow>
      <CanvasAnnouncer />
      <PortPickerDialog />
    </div>
  );
}
