/**
 * Sticky notes through the export format and through Shopify Flow's form:
 * exported and read back as they were, refused at their path when bad, and
 * mapped onto Flow's `note` keys (an inferred mapping, FORMAT.md §3, §4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleWorkflow, sampleWorkflowJson } from '../../test/fixtures/sampleWorkflow';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { Workflow } from '../domain/workflow/document';
import { createStickyNote } from '../domain/workflow/stickyNotes';
import { buildExport, serializeExport } from './exportFormat';
import { parseImport } from './importDocument';
import { canonicalFlowText } from './flow/canonical';
import { exportForFlow } from './flow/exportFlow';
import { NOTE_SEPARATOR } from './flow/toFlow';

const withNotes = () =>
  Workflow.parse({
    ...sampleWorkflow(),
    notes: [
      { ...createStickyNote({ x: 600, y: 200 }, 'n2'), text: 'Second, lower', color: 'pink' },
      { ...createStickyNote({ x: 600, y: -200 }, 'n1'), text: '**First** <script>alert(1)</script>', size: { width: 400, height: 300 } },
    ],
  });

describe('sticky notes in the Flowbench export', () => {
  it('export → import gives the notes back exactly, and the same bytes again', () => {
    const text = serializeExport(buildExport({ catalog, workflows: [withNotes()] }));
    const back = parseImport(text, { catalog });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.value.workflows[0]!.notes).toEqual(withNotes().notes);
    expect(serializeExport(back.value)).toBe(text);
  });

  it('a workflow without notes is written without the key (files look as before notes)', () => {
    expect(serializeExport(buildExport({ catalog, workflows: [sampleWorkflow()] }))).not.toContain('"notes"');
  });

  it('refuses a bad note with its path and a reason in plain words', () => {
    const wf = { ...sampleWorkflowJson(), notes: [createStickyNote({ x: 0, y: 0 }, 'n1'), createStickyNote({ x: 0, y: 0 }, 'n2'), { ...createStickyNote({ x: 0, y: 0 }, 'n3'), color: 'purple' }] };
    const result = parseImport(JSON.stringify({ format: 'flowbench', version: 2, workflows: [wf] }), { catalog });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual(expect.objectContaining({ path: '$.workflows[0].notes[2].color', message: 'must be one of "yellow", "blue", "green", "pink", "grey"' }));
    const big = { ...sampleWorkflowJson(), notes: [{ ...createStickyNote({ x: 0, y: 0 }, 'n1'), text: 'x'.repeat(10_001), size: { width: 50, height: 100 } }] };
    const refused = parseImport(JSON.stringify({ format: 'flowbench', version: 2, workflows: [big] }), { catalog });
    const paths = refused.ok ? [] : refused.problems.map((p) => `${p.path} — ${p.message}`);
    expect(paths).toContain('$.workflows[0].notes[0].text — a note can hold at most 10,000 characters');
    expect(paths).toContain('$.workflows[0].notes[0].size.width — must be at least 120');
  });
});

describe('sticky notes and step notes in Shopify Flow’s form (inferred mapping)', () => {
  it('writes the notes’ texts in reading order into the root note, and a step’s note into its note', () => {
    const wf = withNotes();
    wf.steps = wf.steps.map((s) => (s.id === 'a1' ? { ...s, note: 'Ask Anna first' } : s));
    const file = exportForFlow(wf);
    const doc = JSON.parse(file.text) as { root: { note: string; steps: { note?: string | null; step_id: unknown }[] } };
    expect(doc.root.note).toBe(`**First** <script>alert(1)</script>${NOTE_SEPARATOR}Second, lower`);
    expect(doc.root.steps.find((s) => s.note === 'Ask Anna first')).toBeDefined();
    expect(file.warnings).toContainEqual({ stepId: '', code: 'notes-text-only', params: { count: 2 } });
  });

  it('reads a root note as one sticky note and step notes as the steps’ notes; writes the same file back', () => {
    const source = JSON.parse(readFileSync('test/fixtures/flow/valid/condition-branches.flow.json', 'utf8')) as { root: { note?: unknown; steps: { note?: unknown }[] } };
    source.root.note = 'Check **big** orders\nwith the team';
    source.root.steps[1]!.note = 'Over 100';
    source.root.steps[2]!.note = null;
    const text = canonicalFlowText(source);
    const back = parseImport(text, { catalog });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const wf = back.value.workflows[0]!;
    expect(wf.notes).toHaveLength(1);
    expect(wf.notes[0]).toMatchObject({ text: 'Check **big** orders\nwith the team', color: 'yellow' });
    expect(wf.steps.map((s) => s.note)).toEqual(['', 'Over 100', '', '']);
    expect(exportForFlow(wf).text).toBe(text);
  });

  it('a null root note makes no sticky note; deleting every note writes null back', () => {
    const source = JSON.parse(readFileSync('test/fixtures/flow/valid/condition-branches.flow.json', 'utf8')) as { root: { note?: unknown } };
    source.root.note = null;
    const back = parseImport(canonicalFlowText(source), { catalog });
    expect(back.ok && back.value.workflows[0]!.notes).toEqual([]);
    source.root.note = 'Old';
    const read = parseImport(canonicalFlowText(source), { catalog });
    const wf = read.ok ? read.value.workflows[0]! : sampleWorkflow();
    const cleared = JSON.parse(exportForFlow({ ...wf, notes: [] }).text) as { root: { note: unknown } };
    expect(cleared.root.note).toBeNull();
  });
});
