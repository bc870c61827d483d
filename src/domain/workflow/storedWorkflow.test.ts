import { describe, expect, it } from 'vitest';
import { sampleWorkflowJson } from '../../../test/fixtures/sampleWorkflow';
import { MAX_COORDINATE, Workflow } from './document';
import { StoredWorkflowDocument, clampStoredPositions } from './storedWorkflow';

/** The sample with these positions, in step order (t, c, a1, w, a2). */
function withPositions(...positions: { x: number; y: number }[]) {
  const json = sampleWorkflowJson();
  positions.forEach((p, i) => (json.steps[i]!.position = p));
  return json;
}

describe('a stored workflow whose positions are off the canvas', () => {
  it('still opens: each coordinate is clamped onto the canvas, the rest is kept as stored', () => {
    const raw = withPositions({ x: 1.7e308, y: -1.7e308 }, { x: -1.7e308, y: 120 }, { x: 20_000_000, y: 240 });
    expect(Workflow.safeParse(raw).success).toBe(false);
    const parsed = StoredWorkflowDocument.safeParse(raw);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    expect(parsed.data.steps.map((s) => s.position)).toEqual([
      { x: MAX_COORDINATE, y: -MAX_COORDINATE },
      { x: -MAX_COORDINATE, y: 120 },
      { x: MAX_COORDINATE, y: 240 },
      { x: 150, y: 240 },
      { x: 150, y: 360 },
    ]);
    expect(parsed.data).toEqual({ ...Workflow.parse(sampleWorkflowJson()), steps: expect.any(Array) });
  });

  it('does not change the stored value, and returns it as it is when nothing is out of range', () => {
    const raw = withPositions({ x: Number.MAX_VALUE, y: 0 });
    const before = structuredClone(raw);
    clampStoredPositions(raw);
    expect(raw).toEqual(before);
    const fine = sampleWorkflowJson();
    expect(clampStoredPositions(fine)).toBe(fine);
  });

  it('treats positions that are not numbers as the schema does: still refused with the place', () => {
    const raw = withPositions({ x: 'far' as unknown as number, y: 0 });
    const parsed = StoredWorkflowDocument.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['steps', 0, 'position', 'x']);
  });
});
