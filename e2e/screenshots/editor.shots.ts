import { expect, test } from '@playwright/test';
import { EditorPage } from '../pages/EditorPage';
import { Tour } from '../pages/Tour';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`editor, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    const editor = new EditorPage(page);
    await editor.createWorkflow();
    await editor.item('Triggers', 'Loox – Photo Reviews', 'New review').click();
    await editor.logic('Condition').click();
    await editor.inspector.getByRole('button', { name: 'Add criterion' }).click();
    const criterion = editor.inspector.getByRole('group', { name: 'Criterion 1' });
    await criterion.getByRole('combobox', { name: 'Field' }).selectOption('trigger.rating');
    await criterion.getByRole('combobox', { name: 'Operator' }).selectOption('less_than');
    await criterion.getByRole('textbox', { name: 'Value' }).fill('3');
    await editor.item('Actions', 'Slack', 'Send Slack message').click();
    await editor.inspector.getByRole('textbox', { name: 'Channel or user' }).fill('#reviews');
    await editor.inspector.getByRole('textbox', { name: 'Message' }).fill('Low rating {{ trigger.rating }}: {{ trigger.review_text }}');
    await editor.node('Condition').click();
    await editor.logic('Wait').click();
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Auto-layout' }).click();
    await editor.node('Send Slack message').click();
    await expect(editor.node('Send Slack message')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/editor-${colorScheme}.png` });
  });
}

test('editor in Polish', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Loox – Photo Reviews', 'New review').click();
  await editor.logic('Condition').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user' }).fill('#recenzje');
  await editor.inspector.getByRole('textbox', { name: 'Message' }).fill('Niska ocena {{ trigger.rating }}');
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Auto-layout' }).click();
  await editor.node('Condition').click();
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Polski' });
  await expect(page.getByRole('status', { name: 'Stan zapisu' })).toHaveText('Zapisano');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('complementary', { name: 'Wyzwalacze' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/editor-pl.png' });
});

test('guided tour', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const tour = new Tour(page);
  await tour.help.click();
  await tour.takeTour.click();
  await tour.next.click();
  await tour.next.click();
  await expect(tour.dialog.getByText('3 of 6', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/tour.png' });
});
