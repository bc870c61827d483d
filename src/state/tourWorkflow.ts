/** The workflow the guided tour shows in the editor (state/tour.ts has the rest of what the tour needs): loaded with the tour. */
import { getDb } from '../storage/db';
import { readWorkflowIds } from '../storage/workflowSummaries';
import type { TemplateWords } from './templates';
import { createFromTemplate } from './templateUse';

/** The template the tour opens when the organization has no workflow yet (a Loox trigger, a condition, Slack). */
export const TOUR_TEMPLATE_ID = 'low-loox-rating';

/**
 * The workflow the tour shows in the editor: one of the demo's sample
 * workflows when there is one, else the most recently saved workflow, else
 * a new one made from the sample template (turned off, like any template).
 */
export async function workflowForTour(words?: TemplateWords): Promise<string> {
  // Ids from the list's index, newest first (no document is read).
  const ids = await readWorkflowIds(getDb(), '');
  const pick = ids.find((id) => id.startsWith('sample-')) ?? ids[0];
  if (pick) return pick;
  return createFromTemplate(TOUR_TEMPLATE_ID, words);
}
