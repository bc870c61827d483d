/**
 * The organization as the first page reads it (orgRepo.ts has the commands
 * and re-exports these): the stores and installations, parsed with the domain
 * schemas (a corrupt record is reported and skipped), and the demo
 * organization created on the very first start.
 */
import { Installation, type Organization, Store } from '../domain/org/organization';
import type { FlowbenchDb } from './db';
import type { CorruptRecordReporter } from './settingsRepo';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

/** Thrown when a change is refused; the message is for the user. */
export class RefusedChange extends Error {
  constructor(
    message: string,
    readonly problems: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'RefusedChange';
  }
}

/**
 * Creates the demo organization on first start (no organization row yet). Returns true when it did.
 * Not inside a transaction: the demo and the repository that writes it load only when there is none
 * (a wait for a module would end a transaction); inside one, use orgRepo's createDemoOrganization.
 */
export async function ensureOrganization(db: FlowbenchDb, now = new Date().toISOString()): Promise<boolean> {
  if (await db.organization.get('org')) return false;
  const { createDemoOrganization } = await import('./orgRepo');
  return createDemoOrganization(db, now);
}

/** Reads the organization; corrupt store or installation records are reported and left out. */
export async function loadOrganization(db: FlowbenchDb, onCorrupt: CorruptRecordReporter = warn): Promise<Organization> {
  return db.transaction('r', [db.organization, db.stores, db.installations], async () => {
    const orgRow = await db.organization.get('org');
    const stores: Store[] = [];
    for (const record of await db.stores.toArray()) {
      const { schemaVersion: _v, ...rest } = record;
      const parsed = Store.safeParse(rest);
      if (parsed.success) stores.push(parsed.data);
      else onCorrupt(`store record ${JSON.stringify(record.id)}`, parsed.error.issues[0]?.message ?? 'invalid');
    }
    stores.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
    const installations: Installation[] = [];
    for (const record of await db.installations.toArray()) {
      const { schemaVersion: _v, ...rest } = record;
      const parsed = Installation.safeParse(rest);
      if (parsed.success) installations.push(parsed.data);
      else onCorrupt(`installation ${record.appId} in ${record.storeId}`, parsed.error.issues[0]?.message ?? 'invalid');
    }
    return { name: orgRow?.name ?? 'Organization', stores, installations };
  });
}
