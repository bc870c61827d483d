/**
 * The guided tour (issue 8): starts by itself on a browser's first visit,
 * reopens from Help → Take the tour. Each step goes to the page it needs
 * (the editor with a sample workflow, the Runs page), outlines its target
 * and shows the popover beside it, or centred when the target is missing.
 *
 * Written here rather than with a tour library: the ones that fit the size
 * budget (driver.js) lay a click-catching overlay over the page and trap
 * focus, which makes the tour modal; this one puts nothing over the app, is
 * rendered by React (so it re-renders in the chosen language), and needs
 * no stylesheet or markup injected outside React.
 */
import { Suspense, useEffect } from 'react';
import { lazyWithMessages } from '../i18n/lazyWithMessages';
import { isFirstVisit } from '../../state/tour';
import { useTour } from './tourState';

// The session (steps, popover, placement) and the tour's words load when the tour starts:
// on a first visit right after the first render, else when Help → Take the tour is chosen.
const TourSession = lazyWithMessages(['tour', 'templateItems'], () => import('./TourSession').then((m) => m.TourSession));

export function Tour() {
  const running = useTour((s) => s.running);
  const index = useTour((s) => s.index);
  // The tour's commands (tourStore.ts) load only when it starts.
  useEffect(() => {
    if (isFirstVisit()) void import('./commands').then(({ tour }) => tour.startIfFirstVisit());
  }, []);
  return running ? (
    <Suspense fallback={null}>
      <TourSession index={index} />
    </Suspense>
  ) : null;
}
