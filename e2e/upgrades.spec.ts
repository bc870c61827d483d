/**
 * An older database upgraded by the app in real Chromium IndexedDB
 * (src/storage/migrations.test.ts does the same on fake-indexeddb): a
 * version-5 database with runs written whole, as Flowbench wrote them before
 * v7, opens in the current app; the upgrades' code (src/storage/upgrades/,
 * loaded only when an older database opens: db.ts `lazyUpgrade`) is fetched
 * then and runs inside the upgrade, and every run and workflow reads.
 */
import { expect, test } from '@playwright/test';
import { V5_SCHEMA } from '../test/fixtures/db/v5';
import { V5_RECORDS } from '../test/fixtures/db/v5runs';
import { V9_RECORDS, V9_SCHEMA } from '../test/fixtures/db/v9';
import { OldDatabase } from './pages/OldDatabase';
import { SandboxPage } from './pages/SandboxPage';
import { chunksWith, scriptsOf } from './scripts';

/**
 * Creates the `flowbench` database at a Dexie version from Dexie schema strings, with records, using
 * IndexedDB itself (Dexie stores version n as IndexedDB version n × 10).
 */
async function createDatabase(page: import('@playwright/test').Page, version: number, schema: Record<string, string>, records: Record<string, readonly unknown[]>) {
  await page.evaluate(
    ([version, schemaJson, recordsJson]) =>
      new Promise<void>((resolve, reject) => {
        const schema = JSON.parse(schemaJson) as Record<string, string>;
        const records = JSON.parse(recordsJson) as Record<string, unknown[]>;
        const keyPath = (spec: string) => (spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec);
        const open = indexedDB.open('flowbench', version * 10);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => {
          const db = open.result;
          for (const [table, spec] of Object.entries(schema)) {
            const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
            const autoIncrement = primary!.startsWith('++');
            const store = db.createObjectStore(table, { keyPath: keyPath(primary!.replace(/^\+\+/, '')), autoIncrement });
            for (const index of indexes) {
              const multiEntry = index.startsWith('*');
              const unique = index.startsWith('&');
              const name = index.replace(/^[*&]/, '');
              store.createIndex(name, keyPath(name), { multiEntry, unique });
            }
          }
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(records), 'readwrite');
          for (const [table, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(table).add(row);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    [version, JSON.stringify(schema), JSON.stringify(records)] as const,
  );
}

function databaseState(page: import('@playwright/test').Page) {
  return page.evaluate(
    () =>
      new Promise<{ version: number; runWorkflows: number; runObjects: number; stores: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('flowbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runWorkflows', 'runObjects', 'stores']);
          const counts = [tx.objectStore('runWorkflows').count(), tx.objectStore('runObjects').count()];
          const stores = tx.objectStore('stores').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, runWorkflows: counts[0]!.result, runObjects: counts[1]!.result, stores: stores.result });
          };
        };
      }),
  );
}

test('a version-5 database with whole run records upgrades in Chromium, its upgrade code loaded only then', async ({ page }) => {
  const upgradeV7 = chunksWith(/src\/storage\/upgrades\/v7\.ts$/);
  expect(upgradeV7).toHaveLength(1);
  const upgradeV9 = chunksWith(/src\/storage\/upgrades\/v9\.ts$/);
  expect(upgradeV9).toHaveLength(1);
  // A page of the app's origin that runs none of its scripts, to create the old database in.
  await page.goto('/favicon.svg');
  await createDatabase(page, 5, V5_SCHEMA, V5_RECORDS);

  const scripts = scriptsOf(page);
  await page.goto('/#/runs');
  await expect(page.getByRole('heading', { level: 1, name: 'Runs' })).toBeVisible();
  // The review runs (split by v7 into a shared workflow version and store objects) and the older ones read.
  await expect(page.getByRole('link', { name: /^Details of the run of Low ratings to Slack / })).toHaveCount(2);
  expect(scripts.filter((s) => upgradeV7.includes(s))).toHaveLength(1);
  expect(scripts.filter((s) => upgradeV9.includes(s))).toHaveLength(1);
  const state = await databaseState(page);
  // Dexie opens IndexedDB at ten times its version: version 10 is the current one.
  expect(state.version).toBe(100);
  expect(state.runWorkflows).toBeGreaterThanOrEqual(2);
  expect(state.runObjects).toBe(3);

  // The Workflows page lists the workflows stored before v6 (their summaries built at open).
  await page.goto('/#/workflows');
  await expect(page.getByRole('link', { name: 'Open Nightly tag', exact: true })).toBeVisible();

  // Opened again, the database is current: no upgrade code is fetched.
  const again = scriptsOf(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Open Nightly tag', exact: true })).toBeVisible();
  expect(again.filter((s) => upgradeV7.includes(s) || upgradeV9.includes(s))).toEqual([]);
});

test('a version-9 database: the sandbox and faults lose the indexes their key begins with; each store shows its own records and faults, a reset one store\'s, runs read', async ({ page }) => {
  // store-1 (Warsaw) and store-10 (Gdańsk): ids where one is a prefix of the other as text.
  const old = new OldDatabase(page);
  await old.create(9, V9_SCHEMA, V9_RECORDS);
  const sandbox = new SandboxPage(page);
  await sandbox.open('Warsaw');
  await expect(sandbox.app('Slack')).toContainText('Low rating 2');
  await expect(sandbox.app('Slack')).not.toContainText('Low rating 1');
  await expect(sandbox.fault('Slack')).toHaveValue('always');
  await sandbox.store.selectOption({ label: 'Gdańsk' });
  await expect(sandbox.app('Slack')).toContainText('Low rating 1');
  await expect(sandbox.app('Slack')).not.toContainText('Low rating 2');
  await expect(sandbox.fault('Slack')).toHaveValue('transient');

  const shape = await old.shape();
  expect(shape.version).toBe(100);
  expect(shape.stores.sandbox).toEqual([]);
  expect(shape.stores.faults).toEqual([]);

  // Reset sandbox of Warsaw: its Slack message goes, Gdańsk's stays.
  await sandbox.store.selectOption({ label: 'Warsaw' });
  await expect(sandbox.app('Slack')).toContainText('Low rating 2');
  await sandbox.reset.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset sandbox' }).click();
  await expect(sandbox.app('Slack')).toHaveCount(0);
  await sandbox.store.selectOption({ label: 'Gdańsk' });
  await expect(sandbox.app('Slack')).toContainText('Low rating 1');

  await page.goto('/#/runs');
  await expect(page.getByRole('link', { name: /^Details of the run of Low ratings to Slack / })).toHaveCount(2);
});
