/**
 * Shopify's "Scheduled time" fires when its author chooses: a start date and
 * time in UTC and a repeat, set in the inspector. Moving the simulated clock
 * by a day fires it once, at that time, in every store, and the run gate
 * skips the stores where its action's app is not installed.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { RunsPage } from './pages/RunsPage';

const MINUTE = 60_000;

test('a Scheduled time workflow set to start tomorrow and repeat daily runs once per store when the clock moves a day', async ({ page }) => {
  test.slow(); // editing, two page visits and a clock move
  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.expand();
  const now = await runs.simulator.clock.locator('time').getAttribute('datetime');
  // A minute before the same time tomorrow: on the next day (but for the first minute after midnight), and within +1 day.
  const start = new Date(Math.floor((Date.parse(now!) + 24 * 60 * MINUTE) / MINUTE) * MINUTE - MINUTE).toISOString();
  const [date, time] = [start.slice(0, 10), start.slice(11, 16)];

  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Scheduled time').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user', exact: true }).fill('#daily');
  await editor.inspector.getByRole('textbox', { name: 'Message', exact: true }).fill('Daily report {{ trigger.scheduled_at }}');

  await editor.node('Scheduled time').click();
  const schedule = editor.inspector.getByRole('group', { name: 'Schedule' });
  await expect(editor.inspector.getByText('Runs every day at 00:00 UTC until you choose a start and a repeat.', { exact: true })).toBeVisible();
  const startDate = schedule.getByLabel('Start date (UTC)');
  const startTime = schedule.getByLabel('Start time (UTC)');
  const repeat = schedule.getByRole('combobox', { name: 'Repeat' });

  // A time without a date is refused with a message, and nothing is lost.
  await startTime.fill(time);
  await expect(schedule.getByRole('alert')).toHaveText(
    'Choose a start date too: the schedule is not changed until both date and time are set.',
  );
  await expect(startTime).toHaveValue(time);
  await startDate.fill(date);
  await expect(schedule.getByRole('alert')).toHaveCount(0);
  await repeat.selectOption({ label: 'Every day' });
  await expect(editor.inspector.getByText(`Runs every day at ${time} UTC, from ${date}.`, { exact: true })).toBeVisible();

  // Undo takes back the start (one entry), redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(startDate).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(startDate).toHaveValue(date);
  await expect(startTime).toHaveValue(time);

  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Daily Slack report');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();

  await runs.open();
  await runs.simulator.expand();
  await runs.simulator.panel.getByRole('button', { name: '+1 day', exact: true }).click();
  await expect(runs.simulator.panel.getByText('4 runs: 2 succeeded, 2 skipped, 0 failed', { exact: true })).toBeVisible();

  // One run per store, all at the chosen time: Slack is installed in Store 1 and Store 2 only.
  await expect(runs.rows('Daily Slack report')).toHaveCount(4);
  for (const store of ['Store 1', 'Store 2']) await expect(runs.rows('Daily Slack report', store, 'Succeeded')).toHaveCount(1);
  for (const store of ['Store 3', 'Store 4']) await expect(runs.rows('Daily Slack report', store, 'Skipped')).toHaveCount(1);
  const times = await runs.history.locator('tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(times).toEqual(Array(4).fill(start));
});
