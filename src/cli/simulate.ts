/**
 * The core of `npm run simulate -- --export <file> --event <file> [--store <id>]`:
 * runs the same engine as the app, in Node, on an exported workflow file and a
 * trigger event, and prints the run records as JSON. The organization comes
 * from the export (or the four-store demo when the export has none); the
 * sandbox starts empty; exported workflows are run as if turned on, since an
 * export always arrives turned off.
 *
 * Event file: { "app": "loox", "trigger": "new-review", "payload"?: {...},
 * "storeId"?: "store-1", "at"?: "2026-11-28T09:00:00Z" }. Without a payload the
 * trigger's sample payload is used; without a store (or --store), the event
 * fires in every store.
 */
import { z } from 'zod';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { demoOrganization } from '../domain/org/demo';
import type { Organization } from '../domain/org/organization';
import { formatIssues } from '../domain/zodIssues';
import { type AssembledEngine, assembleEngine } from '../engine/assemble';
import { ManualClock, counterIds } from '../engine/clock';
import { MemorySandbox } from '../engine/sandbox';
import type { RunRecord } from '../engine/types';
import { parseImport } from '../io/importDocument';

export interface SimulateIo {
  readFile(path: string): Promise<string>;
  out(text: string): void;
  err(line: string): void;
}

export const USAGE = 'Usage: npm run simulate -- --export <export.json> --event <event.json> [--store <store id>]';

const EventFile = z.strictObject({
  app: z.string().min(1),
  trigger: z.string().min(1),
  payload: z.record(z.string(), z.unknown()).optional(),
  storeId: z.string().min(1).optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});

function parseArgs(args: readonly string[]): { exportFile?: string; eventFile?: string; store?: string } | undefined {
  const out: { exportFile?: string; eventFile?: string; store?: string } = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) return undefined;
    if (flag === '--export') out.exportFile = value;
    else if (flag === '--event') out.eventFile = value;
    else if (flag === '--store') out.store = value;
    else return undefined;
  }
  return out.exportFile && out.eventFile ? out : undefined;
}

/** Runs the simulation; resolves to the exit code (0 ok, 1 bad input, 2 usage). */
export async function runSimulate(args: readonly string[], io: SimulateIo): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (!parsedArgs) {
    io.err(USAGE);
    return 2;
  }
  const exported = parseImport(await io.readFile(parsedArgs.exportFile!), { catalog: builtInCatalog });
  if (!exported.ok) {
    for (const p of exported.problems) io.err(`${parsedArgs.exportFile}: ${p.path}: ${p.message}`);
    return 1;
  }
  let eventJson: unknown;
  try {
    eventJson = JSON.parse(await io.readFile(parsedArgs.eventFile!));
  } catch (error) {
    io.err(`${parsedArgs.eventFile}: $: the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const event = EventFile.safeParse(eventJson);
  if (!event.success) {
    for (const line of formatIssues(event.error.issues)) io.err(`${parsedArgs.eventFile}: ${line}`);
    return 1;
  }
  const at = event.data.at ? new Date(event.data.at).toISOString() : new Date().toISOString();
  // Custom apps that came with the export run on the generic adapter, as in the app (the import checked they fit).
  let assembled: AssembledEngine;
  try {
    assembled = assembleEngine({ customApps: exported.value.customApps, sandbox: new MemorySandbox(), clock: new ManualClock(at), ids: counterIds() });
  } catch (error) {
    io.err(`${parsedArgs.exportFile}: $.customApps: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { engine, catalog: effective } = assembled;
  const trigger = effective.byId.get(event.data.app)?.triggers.find((t) => t.id === event.data.trigger);
  if (!trigger) {
    io.err(`${parsedArgs.eventFile}: $.trigger: "${event.data.app}/${event.data.trigger}" is not a trigger of the catalog`);
    return 1;
  }
  const org: Organization = exported.value.organization
    ? { name: exported.value.organization.name, stores: exported.value.organization.stores, installations: exported.value.organization.installations.map((i) => ({ ...i, secretsSet: [] })) }
    : demoOrganization(at);
  const storeIds = parsedArgs.store ? [parsedArgs.store] : event.data.storeId ? [event.data.storeId] : org.stores.map((s) => s.id);
  for (const id of storeIds) {
    if (!org.stores.some((s) => s.id === id)) {
      io.err(`There is no store "${id}" in the organization (stores: ${org.stores.map((s) => s.id).join(', ')})`);
      return 1;
    }
  }
  const workflows = exported.value.workflows.map((w) => ({ ...w, activation: { ...w.activation, on: true } }));
  const runs: RunRecord[] = [];
  const batch = await engine.fire(
    storeIds.map((storeId, i) => ({
      id: `event-${i + 1}`,
      storeId,
      app: event.data.app,
      trigger: event.data.trigger,
      payload: structuredClone(event.data.payload ?? trigger.samplePayload),
      at,
      depth: 0,
    })),
    workflows,
    org,
  );
  runs.push(...batch.runs);
  io.out(`${JSON.stringify(runs, null, 2)}\n`);
  return 0;
}
