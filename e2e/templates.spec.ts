import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { scriptsWith } from './scripts';

test('a template explains what to install, and using one creates a workflow that opens in the editor', async ({ page }) => {
  await page.goto('/#/workflows');
  await page.getByText('Start from a template').click();
  const gallery = page.getByRole('list', { name: 'Templates' });
  const birthday = gallery.getByRole('listitem').filter({ hasText: 'Birthday: send an SMS' });
  // LoyaltyLion and FirePush are installed in no demo store.
  await expect(birthday).toContainText("Can't run in any store yet: install LoyaltyLion – Rewards & Referrals and FirePush");
  const vip = gallery.getByRole('listitem').filter({ hasText: 'Big paid orders' });
  await expect(vip).toContainText('Could run today in Store 1, Store 2');

  await page.getByRole('button', { name: 'Use template Big paid orders: tag VIP and tell the team' }).click();
  const editor = new EditorPage(page);
  await expect(editor.node('Order paid')).toBeVisible();
  await expect(editor.node('Add order tags')).toBeVisible();
  await expect(editor.edges()).toHaveCount(3);
  await page.goto('/#/workflows');
  await expect(page.getByRole('link', { name: 'Open Big paid orders: tag VIP and tell the team', exact: true })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Big paid orders: tag VIP and tell the team is on' })).not.toBeChecked();
});

test('Reset demo restores the four demo stores and sample workflows after confirmation', async ({ page }) => {
  await page.goto('/#/organization');
  await page.getByRole('button', { name: 'Remove Store 4' }).click();
  await page.getByRole('dialog', { name: 'Remove Store 4?' }).getByRole('button', { name: 'Remove store' }).click();
  await expect(page.getByRole('columnheader', { name: 'Store 4', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset demo…' }).click();
  await page.getByRole('dialog', { name: 'Reset the demo?' }).getByRole('button', { name: 'Reset demo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The demo was reset.' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Store 4', exact: true })).toBeVisible();
  await page.goto('/#/workflows');
  await expect(page.getByRole('table', { name: 'Your workflows' }).getByRole('row')).toHaveCount(4); // header + 3 samples
});

test('the gallery loads its templates when opened, and says so when they fail to load; opening it again retries', async ({ page }) => {
  // The templates are a chunk of their own (not part of the first page): refuse it once.
  let refuse = true;
  await page.route(scriptsWith(/src\/state\/templateData\.ts$/), (route) => (refuse ? route.abort() : route.continue()));
  await page.goto('/#/workflows');
  await expect(page.getByRole('heading', { name: 'Workflows', level: 1 })).toBeVisible();
  const summary = page.getByText('Start from a template');
  await summary.click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Templates' }).getByRole('listitem')).toHaveCount(0);

  refuse = false;
  await summary.click();
  await summary.click();
  await expect(page.getByRole('list', { name: 'Templates' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
