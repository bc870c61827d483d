/**
 * v7's upgrade: each stored run record is split (domain/runs/storedRun.ts):
 * its workflow version and the store objects its trigger read go, once each
 * (content-addressed), to `runWorkflows` and `runObjects`.
 */
import type { Transaction } from 'dexie';
import type { ParsedRunRecord } from '../../domain/runs/records';
import { splitRun } from '../../domain/runs/storedRun';
import type { RunObjectRow, RunRow, RunWorkflowRow } from '../db';

export async function upgrade(tx: Transaction) {
  const workflows = new Map<string, RunWorkflowRow>();
  const objects = new Map<string, RunObjectRow>();
  await tx
    .table('runs')
    .toCollection()
    .modify((row: RunRow) => {
      const split = splitStored(row.record);
      if (!split) return;
      row.record = split.record;
      row.schemaVersion = 2;
      if (split.workflow) workflows.set(split.workflow.key, { key: split.workflow.key, workflowId: split.workflow.workflowId, doc: split.workflow.value, schemaVersion: 1 });
      for (const o of split.objects) objects.set(o.key, { key: o.key, value: o.value, schemaVersion: 1 });
    });
  await tx.table('runWorkflows').bulkPut([...workflows.values()]);
  await tx.table('runObjects').bulkPut([...objects.values()]);
}

/** A stored record split for v7, or undefined when it is not a record of the shape it needs (left as it is, reported when read). */
function splitStored(record: unknown): ReturnType<typeof splitRun> | undefined {
  const r = record as Partial<ParsedRunRecord> | null;
  if (!r || typeof r !== 'object' || typeof r.workflowId !== 'string' || r.workflow === undefined || !Array.isArray(r.steps) || typeof r.event !== 'object' || r.event === null) return undefined;
  return splitRun(r as ParsedRunRecord);
}
