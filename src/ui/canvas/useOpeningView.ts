/**
 * The canvas's view when a workflow opens (openingView.ts). Fitting every
 * step is left to React Flow's `fitView`; the view around the trigger is
 * set once React Flow's viewport is ready (`onInit`), from the document's
 * positions, and the editor then says the other steps are out of view, with
 * an Auto-layout that lays them out and shows them.
 */
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useEditorSession } from '../../state/editor/context';
import { command } from '../editor/commands';
import { useT } from '../i18n';
import { FIT_MAX_ZOOM, MIN_ZOOM, openingView } from './openingView';

/** English words of the notice (logs, tests); the UI shows it by its code, translated. */
const FAR_APART = 'Some steps are far from the trigger and out of view: the mini map shows where they are, and Auto-layout brings them together.';

/** Fit options shared by the opening fit and the fit after the notice's Auto-layout. */
export const FIT_OPTIONS = { maxZoom: FIT_MAX_ZOOM } as const;

export interface OpeningProps {
  /** Whether React Flow fits every step into view once they are measured. */
  fitView: boolean;
  onInit: () => void;
}

/** The ReactFlow props that give an opening workflow its view. */
export function useOpeningView(): OpeningProps {
  const session = useEditorSession();
  const store = useStoreApi();
  const { setViewport, fitView } = useReactFlow();
  const t = useT();
  const [opening] = useState(() => openingView(session.document.getState().doc?.steps ?? []));

  const onInit = useCallback(() => {
    if (opening.kind !== 'around') return;
    const { width, height, domNode } = store.getState();
    const w = width || domNode?.clientWidth || 0;
    const h = height || domNode?.clientHeight || 0;
    if (w > 0 && h > 0) void setViewport(getViewportForBounds(opening.bounds, w, h, MIN_ZOOM, FIT_MAX_ZOOM, 0.1));
  }, [opening, store, setViewport]);

  // The notice's Auto-layout fits the laid-out steps once React Flow has them: this effect runs
  // after the flow's own store took the new nodes (a child's effects run before its parent's).
  const [laidOut, setLaidOut] = useState(0);
  useEffect(() => {
    if (laidOut > 0) void fitView(FIT_OPTIONS);
  }, [laidOut, fitView]);
  useEffect(() => {
    if (opening.kind !== 'around') return;
    const autoLayout = command('autoLayout');
    const layOut = { label: t(autoLayout.label), run: () => void Promise.resolve(autoLayout.perform(session)).then(() => setLaidOut((n) => n + 1)) };
    session.ui.getState().showMessage(FAR_APART, 'info', layOut, 'steps-far-apart');
  }, [opening, session, t]);

  return { fitView: opening.kind === 'all', onInit };
}
