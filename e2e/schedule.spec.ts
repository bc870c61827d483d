/**
 * Shopify's "Scheduled time" fires when its author chooses: a start date,
 * time and time zone and a repeat, set in the inspector and stored as Flow's
 * DTSTART;TZID + RRULE. Moving the simulated clock by a day fires it once,
 * at that instant, in every store, and the run gate skips the stores where
 * its action's app is not installed.
 */
import { expect, type Page, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
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
  await expect(editor.inspector.getByText("Runs every day at 00:00 in each store's time zone until you choose a start and a repeat.", { exact: true })).toBeVisible();
  const startDate = schedule.getByLabel('Start date');
  const startTime = schedule.getByLabel('Start time');
  // The demo's stores are in four zones, so a new schedule starts in UTC.
  await expect(schedule.getByRole('combobox', { name: 'Time zone' })).toHaveValue('UTC');
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

/** The simulated clock's time, read on the Runs page. */
async function simulatedNow(page: Page): Promise<string> {
  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.expand();
  return (await runs.simulator.clock.locator('time').getAttribute('datetime'))!;
}

const ORDINAL: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

test('a store in Tokyo and a monthly schedule at a Tokyo time: the run comes at the right UTC instant', async ({ page }) => {
  test.slow(); // three pages, editing and a clock move
  const org = new OrganizationPage(page);
  await org.open();
  await org.setStoreZone('Store 2', 'Asia/Tokyo');

  // A minute before the same time tomorrow, as a date and time of the day in Tokyo (UTC+9, no daylight saving).
  const now = await simulatedNow(page);
  const fires = Math.floor((Date.parse(now) + 24 * 60 * MINUTE) / MINUTE) * MINUTE - MINUTE;
  const tokyo = new Date(fires + 9 * 60 * MINUTE).toISOString();
  const [date, time] = [tokyo.slice(0, 10), tokyo.slice(11, 16)];
  const day = Number(date.slice(8, 10));
  const ordinal = `${day}${ORDINAL[new Intl.PluralRules('en', { type: 'ordinal' }).select(day)]}`;

  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Scheduled time').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user', exact: true }).fill('#monthly');
  await editor.inspector.getByRole('textbox', { name: 'Message', exact: true }).fill('Monthly report {{ trigger.scheduled_at }}');

  // Only in Store 2, whose zone the schedule then starts in.
  await editor.pane.click();
  await editor.inspector.getByRole('radio', { name: 'Chosen stores' }).check();
  await editor.inspector.getByRole('checkbox', { name: 'Apply to Store 2', exact: true }).check();
  await editor.node('Scheduled time').click();
  const schedule = editor.inspector.getByRole('group', { name: 'Schedule' });
  await expect(schedule.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Tokyo');
  await schedule.getByLabel('Start date').fill(date);
  await schedule.getByLabel('Start time').fill(time);
  await schedule.getByRole('combobox', { name: 'Repeat' }).selectOption({ label: 'Every month' });
  const summary = `Runs every month on the ${ordinal} at ${time} Asia/Tokyo, from ${date}.`;
  await expect(editor.inspector.getByText(summary, { exact: true })).toBeVisible();
  await schedule.getByText('Rule as Flow stores it').click();
  await expect(schedule.locator('code')).toHaveText(
    `DTSTART;TZID=Asia/Tokyo:${date.replaceAll('-', '')}T${time.replace(':', '')}00\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO`,
  );
  await page.screenshot({ path: 'test-results/schedule-inspector.png' });

  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Monthly Tokyo report');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();

  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.expand();
  await runs.simulator.panel.getByRole('button', { name: '+1 day', exact: true }).click();
  await expect(runs.rows('Monthly Tokyo report', 'Store 2', 'Succeeded')).toHaveCount(1);
  await expect(runs.rows('Monthly Tokyo report')).toHaveCount(1);
  const times = await runs.history.locator('tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(times).toEqual([new Date(fires).toISOString()]);
});
