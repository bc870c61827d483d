/**
 * Loads what an engine request carries from IndexedDB: the organization, the
 * workflows that are on, the sandbox, the injected faults and the live-HTTP
 * switch (and makes sure the catalog's manifests are loaded). Every read goes through the repositories, which parse with zod and
 * skip (and report) corrupt records.
 */
import { readSetting } from '../../storage/settingsRepo';
import type { FlowbenchDb } from '../../storage/db';
import { readFaults } from '../../storage/faultRepo';
import { loadOrganization } from '../../storage/orgRepo';
import { readSandboxRows } from '../../storage/sandboxRepo';
import { readWorkflows } from '../../storage/workflowRepo';
import { type RuntimeContext, SandboxState } from './jobs';
import { ensureFullCatalog } from '../catalog';

export async function loadContext(db: FlowbenchDb): Promise<RuntimeContext> {
  const [org, workflows, rows, faults, liveHttp] = await Promise.all([
    loadOrganization(db),
    readWorkflows(db),
    readSandboxRows(db),
    readFaults(db),
    readSetting(db, 'liveHttp'),
    // The runs read the manifests (currentCatalog()): loaded with the pages that run, and here for any other caller.
    ensureFullCatalog(),
  ]);
  return {
    org,
    // Oldest first, so that several workflows on one event run in the order they were made.
    workflows: workflows.filter((w) => w.activation.on).reverse(),
    sandbox: new SandboxState(rows.map(({ updatedAt: _u, ...row }) => row)),
    faults,
    liveHttp,
  };
}
