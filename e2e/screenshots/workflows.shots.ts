/** The Workflows page with many workflows and a search (docs/screenshots/workflows-*.png). */
import { type Page, test } from '@playwright/test';

const ACTIONS = ['Tag', 'Notify Slack about', 'Email the team about', 'Hold', 'Log to Google Sheets', 'Add a note to'];
const SUBJECTS = ['VIP orders', 'high-risk orders', 'first orders', 'refunded orders', 'orders over $500', 'wholesale customers', 'low reviews', 'back-in-stock items'];
const POLISH = ['Oznacz zamówienia VIP', 'Powiadom o zwrotach', 'Żółta etykieta dla dużych zamówień', 'Zapisz ryzykowne zamówienia'];

/** An export file of 1,200 workflows with names a shop would use, a few in Polish. */
function shopWorkflows(): string {
  const names: string[] = [];
  for (let i = 0; names.length < 1_200; i++) {
    const base = i < POLISH.length ? POLISH[i]! : `${ACTIONS[i % ACTIONS.length]} ${SUBJECTS[Math.floor(i / ACTIONS.length) % SUBJECTS.length]}`;
    names.push(i < ACTIONS.length * SUBJECTS.length + POLISH.length ? base : `${base} (store ${Math.floor(i / (ACTIONS.length * SUBJECTS.length)) + 1})`);
  }
  const workflows = names.map((name, i) => ({
    schemaVersion: 2,
    id: `wf-shot-${i}`,
    name,
    description: '',
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps: [{ id: 't', kind: 'trigger', app: i % 3 === 0 ? 'loox' : 'shopify', trigger: i % 3 === 0 ? 'new-review' : 'order-created', position: { x: 0, y: 0 }, note: '' }],
    links: [],
  }));
  return JSON.stringify({ format: 'flowbench', version: 2, workflows });
}

async function importShop(page: Page) {
  await page.goto('/#/workflows');
  await page.getByRole('button', { name: 'Import…' }).waitFor();
  await page.getByLabel('Import from file').setInputFiles({ name: 'shop.json', mimeType: 'application/json', buffer: Buffer.from(shopWorkflows()) });
  await page.getByRole('status').filter({ hasText: /^Imported 1,200 workflows/ }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`workflows page with a search, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await importShop(page);
    await page.getByRole('searchbox', { name: 'Search workflows' }).fill('vip');
    await page.getByRole('status').filter({ hasText: /^\d+ of 1,200 workflows match/ }).waitFor();
    await page.screenshot({ path: `docs/screenshots/workflows-${colorScheme}.png` });
  });
}

test('workflows page with a search, Polish', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await importShop(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  await page.getByRole('searchbox', { name: 'Szukaj przepływów' }).fill('zamowienia');
  await page.getByRole('status').filter({ hasText: /^Pasuj/ }).waitFor();
  await page.screenshot({ path: 'docs/screenshots/workflows-pl.png' });
  await page.getByRole('searchbox', { name: 'Szukaj przepływów' }).fill('nic takiego');
  await page.getByText('Żaden przepływ nie pasuje do „nic takiego”.').waitFor();
  await page.screenshot({ path: 'test-results/workflows-pl-empty.png' });
});

test('template gallery: closed at start with its disclosure marker, then open with its cards', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/#/workflows');
  // A first visit: the demo organization, no workflow yet.
  await page.getByText('No workflows yet.').waitFor();
  await page.screenshot({ path: 'test-results/templates-closed.png' });
  await page.getByText('Start from a template').click();
  await page.getByRole('list', { name: 'Templates' }).getByRole('listitem').first().waitFor();
  await page.screenshot({ path: 'test-results/templates-open.png' });
});
