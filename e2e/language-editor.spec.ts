/**
 * The editor, its problems and the runs in Polish, and back to English: the
 * header's Language switch changes the palettes (headings, Installed / Not
 * installed, the catalog's Polish trigger names), the canvas, the inspector's
 * problems, the simulator and the run pages, including why a run was skipped.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

async function chooseLanguage(page: Page, label: 'Language' | 'Język', language: 'English' | 'Polski') {
  await page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: language });
}

test('the editor and the runs switch to Polish and back, with problems and skip reasons translated', async ({ page }) => {
  test.slow(); // building a workflow, firing and two language switches
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user', exact: true }).fill('#orders');
  await editor.inspector.getByRole('textbox', { name: 'Message', exact: true }).fill('Order {{ trigger.order_name }} paid');
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Zamówienia na Slacku');
  await editor.expectSaved();

  await chooseLanguage(page, 'Language', 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

  // Palettes: headings, sections and the catalog's own Polish names.
  const triggers = page.getByRole('complementary', { name: 'Wyzwalacze' });
  const actions = page.getByRole('complementary', { name: 'Akcje' });
  await expect(triggers.getByRole('heading', { name: 'Wyzwalacze' })).toBeVisible();
  await expect(triggers.getByRole('heading', { name: 'Zainstalowane', exact: true })).toBeVisible();
  await expect(triggers.getByRole('heading', { name: 'Niezainstalowane', exact: true })).toBeVisible();
  await expect(triggers.getByRole('group', { name: 'Shopify', exact: true }).getByRole('button', { name: 'Utworzono zamówienie', exact: true })).toBeVisible();
  await expect(actions.getByRole('group', { name: 'Logika' }).getByRole('button', { name: 'Warunek', exact: true })).toBeVisible();
  await expect(triggers.getByRole('searchbox')).toHaveAttribute('placeholder', 'Szukaj po nazwie (PL lub EN)');

  // Canvas and inspector.
  const canvas = page.locator('.react-flow');
  // The kind is the node's name and its first line, drawn by CSS (the frame's ::before: canvas/nodes/StepNodes.tsx).
  const trigger = canvas.getByRole('group', { name: 'Wyzwalacz: Shopify · Utworzono zamówienie', exact: true });
  await expect(trigger).toBeVisible();
  await expect.poll(() => trigger.locator('.step-node').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Wyzwalacz"');
  await expect(canvas.locator('.react-flow__node').filter({ hasText: 'Wyślij wiadomość Slack' })).toBeVisible();
  const inspector = page.getByRole('complementary', { name: 'Inspektor' });
  await expect(inspector.getByRole('heading', { name: 'Ustawienia przepływu' })).toBeVisible();
  await expect(inspector.getByText('Nie zadziała w sklepie Store 3')).toBeVisible();
  await expect(inspector.getByText('Aplikacja Slack nie jest zainstalowana w sklepie Store 3.').first()).toBeVisible();

  // A validation problem, worded in Polish: the required Slack message emptied.
  await canvas.locator('.react-flow__node').filter({ hasText: 'Wyślij wiadomość Slack' }).click();
  const message = inspector.getByRole('textbox', { name: 'Wiadomość', exact: true });
  await message.fill('');
  await expect(inspector.getByRole('list', { name: 'Problemy tego kroku' })).toContainText('Pole „Wiadomość” jest wymagane. Wypełnij je.');
  await expect(canvas.locator('.react-flow__node').filter({ hasText: 'Wyślij wiadomość Slack' }).getByRole('img', { name: '1 problem' })).toBeVisible();
  await message.fill('Zamówienie {{ trigger.order_name }} opłacone');
  await expect(inspector.getByRole('list', { name: 'Problemy tego kroku' })).toHaveCount(0);

  await canvas.locator('.react-flow__pane').click(); // the canvas region is named in Polish now
  await inspector.getByRole('checkbox', { name: 'Przepływ jest włączony' }).check();
  await expect(inspector.getByRole('checkbox', { name: 'Przepływ jest włączony' })).toBeChecked();
  await expect(page.getByRole('status', { name: 'Stan zapisu' })).not.toHaveText(/Saving|Zapisywanie/);

  // Fire in Store 1 (runs) and Store 3 (no Slack: skipped, with the reason in Polish).
  await page.getByRole('navigation').getByRole('link', { name: 'Uruchomienia' }).click();
  const simulator = page.locator('details.simulator');
  if (!(await simulator.evaluate((d) => (d as HTMLDetailsElement).open))) await simulator.getByText('Symulator', { exact: true }).click();
  const fire = page.getByRole('form', { name: 'Wywołaj wyzwalacz' });
  await fire.getByRole('combobox', { name: 'Aplikacja' }).selectOption({ label: 'Shopify' });
  await fire.getByRole('combobox', { name: 'Wyzwalacz' }).selectOption({ label: 'Utworzono zamówienie' });
  await fire.getByRole('checkbox', { name: 'Wszystkie sklepy' }).uncheck();
  await fire.getByRole('checkbox', { name: 'Wywołaj w sklepie Store 1', exact: true }).check();
  await fire.getByRole('checkbox', { name: 'Wywołaj w sklepie Store 3', exact: true }).check();
  await fire.getByRole('button', { name: 'Wywołaj wyzwalacz' }).click();
  await expect(page.getByText('Wywołano w 2 sklepach: udane: 1, pominięte: 1, nieudane: 0')).toBeVisible();
  const started = page.getByRole('list', { name: 'Rozpoczęte uruchomienia' });
  await expect(started.getByRole('listitem').filter({ hasText: 'w sklepie Store 3' })).toContainText(
    'Pominięte Aplikacja Slack nie jest zainstalowana w sklepie Store 3.',
  );

  const history = page.getByRole('table', { name: 'Historia uruchomień' });
  await expect(history.getByRole('columnheader', { name: 'Podsumowanie' })).toBeVisible();
  const skippedRow = history.getByRole('row').filter({ hasText: 'Store 3' });
  await expect(skippedRow).toContainText('Aplikacja Slack nie jest zainstalowana w sklepie Store 3.');

  // The run that ran, in Polish: its steps named from the catalog's Polish names.
  await history.getByRole('row').filter({ hasText: 'Store 1' }).getByRole('link', { name: 'Szczegóły' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uruchomienie przepływu Zamówienia na Slacku w sklepie Store 1');
  await expect(page.getByRole('list', { name: 'Kroki' }).getByRole('listitem', { name: 'Slack · Wyślij wiadomość Slack', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zdarzenie wyzwalacza' })).toBeVisible();

  // The skipped run's page says why, in Polish.
  await page.getByRole('link', { name: '← Wszystkie uruchomienia' }).click();
  await history.getByRole('row').filter({ hasText: 'Store 3' }).getByRole('link', { name: 'Szczegóły' }).click();
  await expect(page.getByRole('heading', { name: 'Dlaczego się nie uruchomił' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Powody' })).toHaveText('Aplikacja Slack nie jest zainstalowana w sklepie Store 3.');

  // And back to English: the same page in the stored English words.
  await chooseLanguage(page, 'Język', 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Why it did not run' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Reasons' })).toHaveText('Slack is not installed in Store 3.');
  await page.getByRole('link', { name: '← All runs' }).click();
  await expect(page.getByRole('table', { name: 'Run history' })).toContainText('Slack is not installed in Store 3.');
});
