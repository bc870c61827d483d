import { expect, test } from '@playwright/test';
import { OrganizationPage } from './pages/OrganizationPage';

const LOYALTY = 'LoyaltyLion – Rewards & Referrals';

test('a first start shows the four-store demo with LoyaltyLion installed nowhere', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  for (const store of ['Store 1', 'Store 2', 'Store 3', 'Store 4']) {
    await expect(org.matrix.getByRole('columnheader', { name: store, exact: true })).toBeVisible();
    await expect(org.installToggle('Flow', store)).toBeChecked();
  }
  await expect(org.appRow(LOYALTY).getByText('Not installed')).toBeVisible();
});

test('installing an app in one store persists across a reload and counts it as Installed', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  await org.search('loyalty');
  await expect(org.appRow(LOYALTY)).toBeVisible();
  // The checkbox reflects what is stored, so it turns checked once the write lands.
  await org.installToggle(LOYALTY, 'Store 3').click();
  await expect(org.installToggle(LOYALTY, 'Store 3')).toBeChecked();
  await expect(org.appRow(LOYALTY).getByText('Installed · 1 of 4')).toBeVisible();

  await page.reload();
  await expect(org.matrix).toBeVisible();
  await expect(org.installToggle(LOYALTY, 'Store 3')).toBeChecked();
  await expect(org.installToggle(LOYALTY, 'Store 1')).not.toBeChecked();
  await expect(org.appRow(LOYALTY).getByText('Installed · 1 of 4')).toBeVisible();
  await page.getByRole('combobox', { name: 'Show' }).selectOption('installed');
  await expect(org.appRow(LOYALTY)).toBeVisible();
});

test('search finds apps by their Polish name', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  await org.search('Arkusze Google');
  await expect(org.appRow('Google Sheets')).toBeVisible();
  await expect(org.matrix.getByRole('rowheader', { name: /Slack/ })).toHaveCount(0);
});

test('stores can be added, renamed and removed with confirmation', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  await page.getByRole('textbox', { name: 'New store name' }).fill('Outlet');
  await page.getByRole('button', { name: 'Add store' }).click();
  await expect(org.matrix.getByRole('columnheader', { name: 'Outlet', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Rename Outlet' }).click();
  await page.getByRole('textbox', { name: 'Name of Outlet' }).fill('Outlet Kraków');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(org.matrix.getByRole('columnheader', { name: 'Outlet Kraków' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Outlet Kraków' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Outlet Kraków?' });
  await expect(dialog).toContainText('Workflows are kept');
  await dialog.getByRole('button', { name: 'Remove store' }).click();
  await expect(org.matrix.getByRole('columnheader', { name: 'Outlet Kraków' })).toHaveCount(0);
});

test('each store has a time zone: the demo’s four, changed on the page and kept after a reload', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  await expect(org.storeZone('Store 1')).toHaveValue('Europe/Warsaw');
  await expect(org.storeZone('Store 2')).toHaveValue('Europe/Berlin');
  await expect(org.storeZone('Store 3')).toHaveValue('America/New_York');
  await expect(org.storeZone('Store 4')).toHaveValue('UTC');
  await org.setStoreZone('Store 4', 'Asia/Tokyo');
  await page.reload();
  await expect(org.storeZone('Store 4')).toHaveValue('Asia/Tokyo');
  await expect(org.storeZone('Store 1')).toHaveValue('Europe/Warsaw');
});

test('app setup masks secrets and refuses Slack authentication in a store without Flow', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  await org.search('slack');
  await org.matrix.getByRole('button', { name: 'Set up Slack in Store 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set up Slack in Store 1' });
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByText('Slack workspace is required.')).toBeVisible();
  await dialog.getByLabel('Slack workspace').fill('acme');
  const token = dialog.getByLabel('Bot token');
  await expect(token).toHaveAttribute('type', 'password');
  await token.fill('xoxb-very-secret');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await org.matrix.getByRole('button', { name: 'Settings of Slack in Store 1' }).click();
  await expect(dialog.getByLabel('Bot token')).toHaveValue('');
  await expect(dialog.getByLabel('Bot token')).toHaveAttribute('placeholder', /Stored/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await org.installToggle('Flow', 'Store 2').click();
  const confirm = page.getByRole('dialog', { name: 'Uninstall Flow from Store 2?' });
  await confirm.getByRole('button', { name: 'Uninstall Flow' }).click();
  await expect(org.installToggle('Flow', 'Store 2')).not.toBeChecked();
  await org.matrix.getByRole('button', { name: 'Set up Slack in Store 2' }).click();
  await expect(page.getByRole('dialog', { name: 'Set up Slack in Store 2' }).getByRole('alert')).toContainText(
    'only be changed from a store that has its own copy of the Flow app',
  );
});
