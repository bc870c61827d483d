import { describe, expect, it } from 'vitest';
import { Workflow } from './document';
import { StoredWorkflowDocument as MigratingWorkflow } from './storedWorkflow';
import { upgradeWorkflow, WORKFLOW_MIGRATIONS, WORKFLOW_SCHEMA_VERSION } from './migrations';

/** Frozen version-1 documents, as Flowbench wrote them before version 2. Never edit. */
const v1 = (schedule?: unknown) => ({
  schemaVersion: 1,
  id: 'wf-sched',
  name: 'Nightly report',
  description: 'From version 1',
  activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
  steps: [
    { id: 't', kind: 'trigger', app: 'shopify', trigger: 'scheduled-time', position: { x: 0, y: 0 }, note: '', ...(schedule ? { schedule } : {}) },
    { id: 'a', kind: 'action', app: 'shopify', action: 'add-order-tags', fields: { tags: 'night' }, position: { x: 0, y: 140 }, note: 'v1' },
  ],
  links: [{ from: 't', port: 'next', to: 'a' }],
});

describe('workflow migrations', () => {
  it('form one numbered chain that ends at the version documents are written in', () => {
    WORKFLOW_MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(WORKFLOW_MIGRATIONS[i - 1]!.to);
    });
    expect(WORKFLOW_MIGRATIONS[0]!.from).toBe(1);
    expect(WORKFLOW_MIGRATIONS.at(-1)!.to).toBe(WORKFLOW_SCHEMA_VERSION);
  });

  it('v1 → v2: a UTC schedule becomes the equivalent DTSTART;TZID=UTC + RRULE, nothing else changes', () => {
    const cases = {
      daily: 'RRULE:FREQ=DAILY;INTERVAL=1;WKST=MO',
      hourly: 'RRULE:FREQ=HOURLY;INTERVAL=1;WKST=MO',
      weekly: 'RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO',
      none: 'RRULE:FREQ=DAILY;INTERVAL=1;WKST=MO;COUNT=1',
    };
    for (const [repeat, rule] of Object.entries(cases)) {
      const before = v1({ start: '2026-12-01T09:30', repeat });
      const after = MigratingWorkflow.parse(before);
      expect(after).toEqual({
        ...before,
        schemaVersion: 2,
        steps: [{ ...before.steps[0], schedule: `DTSTART;TZID=UTC:20261201T093000\n${rule}` }, before.steps[1]],
        notes: [], // read with today's schema: a document from before sticky notes has none
      });
    }
  });

  it('v1 → v2: a document without a schedule only changes its version', () => {
    expect(MigratingWorkflow.parse(v1())).toEqual({ ...v1(), schemaVersion: 2, notes: [] });
  });

  it('does not touch the document it is given (stored values may be shared or frozen)', () => {
    const before = Object.freeze(v1({ start: '2026-12-01T09:30', repeat: 'daily' }));
    const copy = structuredClone(before);
    upgradeWorkflow(before);
    expect(before).toEqual(copy);
  });

  it('leaves what it cannot translate for the schema to report with its place', () => {
    const broken = MigratingWorkflow.safeParse(v1({ start: '2026-12-01 9am', repeat: 'daily' }));
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.path).toEqual(['steps', 0, 'schedule']);
    for (const repeat of ['constructor', 'toString', 'monthly', 7]) {
      const odd = MigratingWorkflow.safeParse(v1({ start: '2026-12-01T09:00', repeat }));
      expect(odd.error?.issues[0]?.path, String(repeat)).toEqual(['steps', 0, 'schedule']);
    }
    const newer = MigratingWorkflow.safeParse({ ...v1(), schemaVersion: WORKFLOW_SCHEMA_VERSION + 1 });
    expect(newer.error?.issues[0]?.path).toEqual(['schemaVersion']);
    expect(upgradeWorkflow('not a document')).toBe('not a document');
  });

  it('the current schema itself takes only the current version', () => {
    expect(Workflow.safeParse(v1()).success).toBe(false);
    expect(Workflow.safeParse({ ...v1(), schemaVersion: 2 }).success).toBe(true);
  });
});
