// A file of its own: nothing here loads the icon check before the repository does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import acme from '../../test/fixtures/custom-apps/acme-loyalty.json';
import { svgIconCheckLoaded } from '../domain/catalog/svgIconCheck';
import { readCustomApps } from './customAppRepo';
import { FlowbenchDb } from './db';

const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#0a7"/></svg>';

let db: FlowbenchDb;
beforeEach(async () => {
  db = new FlowbenchDb(`custom-app-icons-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('stored custom apps with an icon', () => {
  it('are read with the icon checked: the repository loads the check first', async () => {
    await db.customApps.add({ id: 'acme-loyalty', manifest: { ...structuredClone(acme), icon }, importedAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 });
    expect(svgIconCheckLoaded()).toBe(false);
    const apps = await readCustomApps(db, () => expect.unreachable('the stored app was readable'));
    expect(apps.map((a) => [a.id, a.icon])).toEqual([['acme-loyalty', icon]]);
    expect(svgIconCheckLoaded()).toBe(true);
  });
});
