/** A running tour: goes to each step's page, outlines its target, shows the popover (Tour.tsx loads it when the tour starts). */
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { workflowForTour } from '../../state/tourWorkflow';
import { tour } from './commands';
import { TourPopover } from './TourPopover';
import { TOUR_STEPS, isOnPage } from './steps';
import { useTourLayout } from './useTourLayout';
import './tour.css';
import { translate } from '../i18n';
import { templateWords } from '../templates/templateText';

/** The current hash route (what wouter's hash location reads), e.g. "/editor/wf-1". */
function currentRoute(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

export function TourSession({ index }: { index: number }) {
  const step = TOUR_STEPS[index] ?? TOUR_STEPS[0]!;
  const [, navigate] = useLocation();
  const popoverRef = useRef<HTMLDivElement>(null);
  const layout = useTourLayout(step.targets, step.side, popoverRef);
  // Where focus was when the tour opened (the Help button, or the page): it goes back there at the end.
  const [returnFocus] = useState(() => document.activeElement);

  // Entering a step: go to its page, once. Later the user may wander off; the tour does not pull them back,
  // not even when the step's workflow is ready only after they have gone elsewhere (it may be made from a
  // template, which loads its code first): the tour goes there only from where the step found the user.
  useEffect(() => {
    const from = currentRoute();
    if (isOnPage(step.page, from)) return;
    let cancelled = false;
    if (step.page === 'runs') navigate('/runs');
    if (step.page === 'editor') {
      workflowForTour(templateWords(translate)).then(
        (id) => {
          if (!cancelled && currentRoute() === from) navigate(`/editor/${id}`);
        },
        // No workflow to show: the steps still show, centred.
        (error: unknown) => console.error('The tour could not open a workflow', error),
      );
    }
    return () => {
      cancelled = true;
    };
  }, [step, navigate]);

  // Escape skips the tour when focus is nowhere in particular (the popover handles its own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && (document.activeElement === document.body || !document.activeElement)) tour.skip();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(
    () => () => {
      if (returnFocus instanceof HTMLElement && returnFocus !== document.body && returnFocus.isConnected) returnFocus.focus();
    },
    [returnFocus],
  );

  const target = layout?.target;
  return (
    <>
      {target && (
        <div
          className="tour-ring"
          aria-hidden="true"
          style={{ top: target.top, left: target.left, width: target.width, height: target.height }}
        />
      )}
      <TourPopover
        step={step}
        index={index}
        total={TOUR_STEPS.length}
        placement={layout?.placement}
        popoverRef={popoverRef}
        onBack={tour.back}
        onNext={tour.next}
        onSkip={tour.skip}
      />
    </>
  );
}
