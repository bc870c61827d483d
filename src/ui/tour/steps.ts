/**
 * The steps of the guided tour, in order. Each step names the page it needs
 * (the tour goes there when the step is entered) and the element it points
 * at as CSS selectors tried in order; when none is on the page (or it is
 * hidden, e.g. inside a closed section) the step is shown centred instead.
 *
 * Selectors use the pages' structural class names rather than their visible
 * or accessible names, which change with the language. e2e/tour.spec.ts
 * walks every step, so a renamed class fails a test instead of a tour.
 */
import type { MessageKey } from '../i18n';
import type { BesideSide } from './placement';

/** Where a step is shown: anywhere, in the editor with a workflow open, or on the Runs page. */
export type TourPage = 'any' | 'editor' | 'runs';

export interface TourStep {
  id: string;
  page: TourPage;
  /** Candidates for the element to point at, the first one shown wins. */
  targets: readonly string[];
  /** The side of the target the popover should go to when there is room (else the first side that has it). */
  side?: BesideSide;
  title: MessageKey;
  body: MessageKey;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'welcome',
    page: 'any',
    targets: ['.app-header nav'],
    side: 'bottom',
    title: 'tour.welcome.title',
    body: 'tour.welcome.body',
  },
  {
    id: 'palettes',
    page: 'editor',
    targets: ['.editor__palettes'],
    title: 'tour.palettes.title',
    body: 'tour.palettes.body',
  },
  {
    id: 'installed',
    // The Triggers palette's "Not installed" section (the first palette).
    page: 'editor',
    targets: ['.editor__palettes .palette-details'],
    title: 'tour.installed.title',
    body: 'tour.installed.body',
  },
  {
    id: 'conditions',
    // The Actions palette's Logic section: the only source of conditions.
    page: 'editor',
    targets: ['.editor__palettes .palette-section[role="group"]'],
    title: 'tour.conditions.title',
    body: 'tour.conditions.body',
  },
  {
    id: 'fire',
    page: 'runs',
    targets: ['.simulator__fire > form', '.simulator'],
    title: 'tour.fire.title',
    body: 'tour.fire.body',
  },
  {
    id: 'run',
    // The newest run, else the history (or its "No runs yet").
    page: 'runs',
    targets: ['table.runs tbody tr:first-child', '.runs__scroll', '.page .empty-state'],
    title: 'tour.run.title',
    body: 'tour.run.body',
  },
];

/** Whether a location (wouter's path, e.g. "/editor/wf-1") is a page the step can be shown on. */
export function isOnPage(page: TourPage, location: string): boolean {
  if (page === 'editor') return /^\/editor\/[^/]+$/.test(location);
  if (page === 'runs') return location === '/runs';
  return true;
}
