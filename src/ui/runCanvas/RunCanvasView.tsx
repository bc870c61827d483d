/**
 * A run on the canvas: the workflow version that ran (read-only, from the
 * run record), the path it took drawn on the nodes and links (runFlow.ts,
 * domain runs/runPath.ts), and a panel to step through its records one by
 * one (buttons and keys.ts), or replay them at a chosen speed. The current
 * step is highlighted and centred, its details shown (StepPanel), and a
 * live region says "Step 3 of 7: … — failed" after each move. A failed run
 * can be retried from its failed step or as a whole.
 *
 * Nothing of this is stored or put into a document: the nodes are derived
 * from the run record for this view only. Replay uses a UI timer (a demo
 * feature); the run itself is not run again.
 */
import { Background, Controls, type Edge, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { type RunPath, runPath } from '../../domain/runs/runPath';
import type { RunRecord } from '../../state/runtime';
import '../canvas/canvas.css';
import { edgeTypes } from '../canvas/edges/LabelledEdge';
import { type StepNodeType, nodeTypes } from '../canvas/nodes/StepNodes';
import { useFarViewClass, usePanningLayer } from '../canvas/farView';
import { pathStatusLabel } from '../canvas/nodes/RunPathChip';
import { useCatalog } from '../../state/catalog';
import { type Language, useLanguage, useT } from '../i18n';
import { RunStatusBadge } from '../runs/RunStatusBadge';
import { stepRecordName } from '../runs/format';
import '../runs/runs.css';
import { RUN_KEYS, type RunKeyAction, keyText, runKeyAction } from './keys';
import { asCurrent, runEdges, runNodes } from './runFlow';
import { StepPanel } from './StepPanel';
import './runCanvas.css';

export const SPEEDS = [0.5, 1, 2, 4] as const;
/** The retry buttons import the runtime (and the engine): loaded after the canvas's own code (Retries.tsx). */
const Retries = lazy(() => import('./Retries').then((m) => ({ default: m.Retries })));
/** How long a step stays current during a replay at 1×. */
const STEP_MS = 1500;

interface Props {
  run: RunRecord;
  /** Where "back" goes: the run's page, or the editor for a test run. */
  back: { href: string; label: string };
  title: string;
}

export function RunCanvasView({ run, back, title }: Props) {
  const t = useT();
  const language = useLanguage();
  const path = useMemo(() => runPath(run), [run]);
  const records = run.steps;
  const [index, setIndex] = useState(() => initialIndex(run));
  const [moved, setMoved] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const count = records.length;
  const record = records[Math.min(index, count - 1)];
  const name = record ? stepRecordName(run, record, language) : '';

  const go = useCallback(
    (to: number) => {
      setIndex(Math.max(0, Math.min(count - 1, to)));
      setMoved(true);
    },
    [count],
  );
  const act = useCallback(
    (action: RunKeyAction) => {
      if (action === 'play') {
        if (!playing && index >= count - 1) go(0);
        setPlaying(!playing);
        return;
      }
      setPlaying(false);
      if (action === 'next') go(index + 1);
      else if (action === 'previous') go(index - 1);
      else if (action === 'first') go(0);
      else go(count - 1);
    },
    [count, go, index, playing],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = runKeyAction(e);
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [act]);

  useEffect(() => {
    if (!playing || index >= count - 1) return;
    const timer = setTimeout(() => {
      go(index + 1);
      // The replay stops on the last step.
      if (index + 1 >= count - 1) setPlaying(false);
    }, STEP_MS / speed);
    return () => clearTimeout(timer);
  }, [count, go, index, playing, speed]);

  if (!record) {
    return (
      <section className="page run-canvas" aria-labelledby="run-canvas-title">
        <p className="run__back">
          <Link href={back.href}>{back.label}</Link>
        </p>
        <h1 id="run-canvas-title">{title}</h1>
        <p>{t('runCanvas.noSteps')}</p>
      </section>
    );
  }
  const status = pathStatusLabel(record.status);
  const announcement = moved ? t('runCanvas.announce', { index: index + 1, count, step: name, status }) : '';
  return (
    <section className="page run-canvas" aria-labelledby="run-canvas-title">
      <p className="run__back">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <div className="row run-canvas__head">
        <h1 id="run-canvas-title">{title}</h1>
        <RunStatusBadge status={run.status} />
      </div>
      <p className="muted run-canvas__version">{t('runCanvas.version')}</p>
      {run.retryFrom && <RetryFromNote run={run} language={language} />}
      <div className="run-canvas__body">
        <div className="run-canvas__canvas canvas">
          <ReactFlowProvider>
            <RunFlow run={run} path={path} current={record.stepId} language={language} />
          </ReactFlowProvider>
        </div>
        <aside className="run-canvas__panel" aria-labelledby="run-canvas-details">
          <div role="group" aria-label={t('runCanvas.controls')} className="run-canvas__controls">
            <div className="row">
              <button type="button" onClick={() => act('first')} disabled={index === 0} aria-label={t('runCanvas.first')} title={t('runCanvas.first')}>
                <span aria-hidden="true">«</span>
              </button>
              <button type="button" onClick={() => act('previous')} disabled={index === 0}>
                <span aria-hidden="true">‹ </span>
                {t('runCanvas.previous')}
              </button>
              <button type="button" onClick={() => act('next')} disabled={index >= count - 1}>
                {t('runCanvas.next')}
                <span aria-hidden="true"> ›</span>
              </button>
              <button type="button" onClick={() => act('last')} disabled={index >= count - 1} aria-label={t('runCanvas.last')} title={t('runCanvas.last')}>
                <span aria-hidden="true">»</span>
              </button>
            </div>
            <div className="row">
              <button type="button" className="primary" onClick={() => act('play')} aria-pressed={playing}>
                <span aria-hidden="true">{playing ? '⏸ ' : '▶ '}</span>
                {t(playing ? 'runCanvas.pause' : 'runCanvas.play')}
              </button>
              <label className="row">
                {t('runCanvas.speed')}
                <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
                  {SPEEDS.map((s) => (
                    <option key={s} value={s}>
                      {s.toLocaleString(language)}×
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p className="run-canvas__position" data-testid="run-canvas-position">
              {t('runCanvas.position', { index: index + 1, count })}
            </p>
          </div>
          <div role="status" aria-live="polite" className="visually-hidden" data-testid="run-canvas-announcer">
            {announcement}
          </div>
          <h2 id="run-canvas-details" className="run-canvas__details-title">
            {t('runCanvas.details')}
          </h2>
          <StepPanel run={run} record={record} name={name} />
          {run.status === 'failed' && !run.dryRun && (
            <Suspense fallback={null}>
              <Retries run={run} language={language} />
            </Suspense>
          )}
          <details className="run-canvas__keys">
            <summary>{t('runCanvas.keys')}</summary>
            <dl>
              {RUN_KEYS.map((k) => (
                <div key={k.action}>
                  <dt>
                    {k.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ` ${t('runCanvas.keys.or')} `}
                        <kbd>{keyText(key)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{t(k.label)}</dd>
                </div>
              ))}
            </dl>
          </details>
          <details className="run-canvas__legend">
            <summary>{t('runCanvas.legend')}</summary>
            <ul>
              {(['succeeded', 'failed', 'skipped', 'notReached'] as const).map((s) => (
                <li key={s} className={`step-node__path step-node__path--${s}`}>
                  {pathStatusLabel(s)}
                </li>
              ))}
              <li className="run-canvas__legend-taken">{t('runCanvas.legend.taken')}</li>
            </ul>
          </details>
        </aside>
      </div>
    </section>
  );
}

/** A failed run opens at its failed step; any other at its first. */
function initialIndex(run: RunRecord): number {
  const failed = run.steps.findLastIndex((s) => s.status === 'failed');
  return failed >= 0 ? failed : 0;
}

function RunFlow({ run, path, current, language }: { run: RunRecord; path: RunPath; current: string; language: Language }) {
  const t = useT();
  const catalog = useCatalog();
  const base = useMemo(() => runNodes(run.workflow, path, undefined, language, catalog), [run.workflow, path, language, catalog]);
  // Only the current step's node changes from one step to the next; the others keep their objects.
  const nodes = useMemo(
    () => base.map((n) => (n.id === current ? asCurrent(n) : n)),
    [base, current],
  );
  // Branch labels are worded in the language shown (translate), so a language change labels them again.
  const edges: Edge[] = useMemo(() => runEdges(run.workflow, path, language), [run.workflow, path, language]);
  const { setCenter, getInternalNode, getZoom } = useReactFlow();
  const farView = useFarViewClass();
  const panning = usePanningLayer();
  // The view opens on the current step at once; later moves glide (unless reduced motion is asked for).
  const opened = useRef(false);
  useEffect(() => {
    const node = getInternalNode(current);
    if (!node) return;
    const { x, y } = node.internals.positionAbsolute;
    const w = node.measured.width ?? 0;
    const h = node.measured.height ?? 0;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    void setCenter(x + w / 2, y + h / 2, { zoom: getZoom(), duration: reduce || !opened.current ? 0 : 300 });
    opened.current = true;
  }, [current, getInternalNode, getZoom, setCenter]);
  return (
    <ReactFlow<StepNodeType>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      deleteKeyCode={null}
      fitView
      minZoom={0.1}
      onlyRenderVisibleElements
      aria-label={t('runCanvas.canvas')}
      className={farView}
      onMoveStart={panning.onMoveStart}
      onMove={panning.onMove}
      onMoveEnd={panning.onMoveEnd}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

function RetryFromNote({ run, language }: { run: RunRecord; language: Language }) {
  const t = useT();
  const from = run.retryFrom!;
  const step = run.workflow.steps.find((s) => s.id === from.stepId);
  const record = run.steps.find((r) => r.stepId === from.stepId && !r.reused);
  const stepName = record ? stepRecordName(run, record, language) : (step?.id ?? from.stepId);
  const reused = run.steps.filter((r) => r.reused).length;
  return (
    <p className="run__note" data-testid="retry-from-note">
      {t('runCanvas.retryFrom.note', { step: stepName, count: reused })}{' '}
      <Link href={`/runs/${from.runId}/canvas`}>{t('runs.detail.earlierRun')}</Link>
    </p>
  );
}
