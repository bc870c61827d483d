/**
 * The canvas benchmarks' baseline: a bare React Flow page (the same library
 * version as the app, default nodes and edges, no extras) showing the same
 * generated workflow as the editor. Query parameters:
 * - `n`: number of steps (bench/shared/bigWorkflow.ts);
 * - `visible=1`: onlyRenderVisibleElements on;
 * - `w`, `h`: canvas size in px, so it matches the editor's canvas.
 */
import { type Edge, type Node, ReactFlow, useEdgesState, useNodesState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { bigWorkflow, stepLabel } from '../shared/bigWorkflow';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? '1000');
const visible = params.get('visible') === '1';
const width = Number(params.get('w') ?? '1000');
const height = Number(params.get('h') ?? '800');

function initial(): { nodes: Node[]; edges: Edge[] } {
  const doc = bigWorkflow(n);
  return {
    nodes: doc.steps.map((s) => ({ id: s.id, position: s.position, data: { label: stepLabel(s) } })),
    edges: doc.links.map((l) => ({ id: `${l.from}:${l.port}`, source: l.from, target: l.to })),
  };
}

const start = initial();

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(start.nodes);
  const [edges, , onEdgesChange] = useEdgesState(start.edges);
  return (
    <div style={{ width, height }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={{ maxZoom: 1.1 }}
        minZoom={0.05}
        onlyRenderVisibleElements={visible}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
