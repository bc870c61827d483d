/**
 * A field far longer than any message (issue: "a long but ordinary field
 * freezes the tab"): an import holding one is refused, naming the field; a
 * workflow stored with one before the limit existed still opens, says what
 * is wrong, can't be turned on, and is repaired in the inspector.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const HUGE = '{{ trigger.order_name }}'.repeat(40_000); // 960,000 characters

const ONE_WORKFLOW = JSON.parse(readFileSync('test/fixtures/exports/one-workflow.json', 'utf8'));

/** The stored record of "Order alert": Order created → Slack message of 960 kB, as an older version could store it. */
function hugeRecord() {
  const doc = {
    schemaVersion: 2,
    id: 'wf-huge',
    name: 'Order alert',
    description: '',
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps: [
      { id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 }, note: '' },
      { id: 'a', kind: 'action', app: 'slack', action: 'send-message', fields: { channel: '#orders', text: HUGE }, position: { x: 0, y: 160 }, note: '' },
    ],
    links: [{ from: 't', port: 'next', to: 'a' }],
  };
  return { id: doc.id, name: doc.name, updatedAt: new Date().toISOString(), revision: 1, doc, schemaVersion: 1 };
}

/** Writes a workflow record straight into the app's database (the app has created it). */
async function store(page: Page, record: ReturnType<typeof hugeRecord>) {
  await page.evaluate(
    (rec) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('flowbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('workflows', 'readwrite');
          tx.objectStore('workflows').put(rec);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

test('an import whose message is 960 kB is refused, naming the field', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  const file = structuredClone(ONE_WORKFLOW);
  file.workflows[0].steps.find((s: { id: string }) => s.id === 'a1').fields.text = HUGE;
  await transfer.dropFile('huge.json', JSON.stringify(file));
  await expect(transfer.problems).toHaveText([
    '$.workflows[0].steps[2].fields.text — this text is 960,000 characters long; a field can hold at most 10,000',
  ]);
  await expect(page.getByText('No workflows yet.')).toBeVisible();
});

test('a workflow stored with a 960 kB message opens, can not be turned on, and is repaired in the inspector', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  await store(page, hugeRecord());
  await page.reload();
  await list.expectLoaded();

  await list.onSwitch('Order alert').click();
  await expect(list.row('Order alert').getByRole('alert')).toHaveText('Fix 1 error before turning the workflow on.');
  await expect(list.onSwitch('Order alert')).not.toBeChecked();

  await list.openLink('Order alert').press('Enter');
  const editor = new EditorPage(page);
  await editor.node('Send Slack message').click();
  const message = editor.inspector.getByRole('group', { name: 'Message', exact: true });
  await expect(message).toContainText('This text is too long to show or edit here (960,000 characters).');
  await expect(editor.inspector.getByRole('list').filter({ hasText: 'Error: "Message" is 960,000 characters long' })).toHaveCount(1);

  await message.getByRole('button', { name: 'Keep the first 10,000 characters' }).click();
  const box = editor.inspector.getByRole('textbox', { name: 'Message', exact: true });
  await expect(box).toHaveValue(HUGE.slice(0, 10_000));
  await expect(editor.inspector.getByText('10,000 of 10,000 characters.')).toBeVisible();
  await editor.expectSaved();

  // The text area takes no more: the browser stops typing at the limit.
  await box.press('Control+End');
  await box.pressSequentially('!!');
  await expect(box).toHaveValue(HUGE.slice(0, 10_000));
});
