/**
 * What is done with the templates (templates.ts loads them): each one's apps
 * with their status and the stores it could run in (the gallery's cards),
 * a workflow created from one, and Reset demo's sample workflows. Loaded
 * with the cards or the command, not with the first page.
 */
import { currentIndex } from './catalog';
import type { Organization } from '../domain/org/organization';
import { installStatus, whyWontRun } from '../domain/org/rules';
import { type Template, type TemplateWords, loadTemplates } from './templates';
import { newId } from '../domain/workflow/ids';
import { getDb } from '../storage/db';

/** The templates with each app's organization-level status and the stores each could run in. */
export function templatesFor(org: Organization, templates: readonly Template[]): (Template & { runsIn: string[] })[] {
  return templates.map((t) => {
    const gating = { name: t.workflow.name, activation: { on: true, scope: { kind: 'all' as const }, offInStores: [] }, appIds: t.appIds };
    return {
      ...t,
      apps: t.apps.map((a) => ({ ...a, installed: installStatus(org, currentIndex().byId.get(a.id)!) === 'installed' })),
      runsIn: org.stores.filter((s) => whyWontRun(org, currentIndex(), gating, s.id).ok).map((s) => s.name),
    };
  });
}

/**
 * Creates a new workflow (turned off) from a template and returns its id.
 * With `words`, it is named and described as the UI shows the template (so a
 * Polish user gets a Polish name); the steps are the template's.
 */
export async function createFromTemplate(templateId: string, words?: TemplateWords): Promise<string> {
  const template = (await loadTemplates()).find((t) => t.id === templateId);
  if (!template) throw new Error('This template no longer exists.');
  // Loaded on use: writing a document brings its schema and every step kind (the templates' chunk has them already).
  const { addWorkflow } = await import('../storage/workflowRepo');
  const created = await addWorkflow(getDb(), () => ({
    ...structuredClone(template.workflow),
    ...words?.(templateId),
    id: newId('wf'),
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
  }));
  return created.id;
}

/** Templates used as the demo's sample workflows after "Reset demo" (turned off). */
const SAMPLE_TEMPLATE_IDS = ['low-loox-rating', 'vip-orders', 'negative-review-to-slack-and-asana'];

/** Restores the four-store demo organization with sample workflows (named as `words` says) and an empty sandbox. */
export async function resetDemo(words?: TemplateWords): Promise<void> {
  const samples = (await loadTemplates()).filter((t) => SAMPLE_TEMPLATE_IDS.includes(t.id)).map((t) => ({
    ...structuredClone(t.workflow),
    ...words?.(t.id),
    id: t.workflow.id.replace(/^template-/, 'sample-'),
  }));
  // The organization's repository loads with the command (the Workflows page uses none of its commands).
  const { resetDemo: resetDemoRepo } = await import('../storage/orgRepo');
  await resetDemoRepo(getDb(), samples);
}
