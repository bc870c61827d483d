/**
 * The tour's popover: a non-modal dialog (role="dialog", named by its title,
 * described by its text) placed beside the highlighted element, with the
 * step count and Back / Next / Skip tour. Focus moves to it on every step;
 * Escape skips the tour. Nothing is put over the page, so the app stays
 * usable while the tour is open.
 */
import { type RefObject, useEffect, useId } from 'react';
import { useT } from '../i18n';
import type { Placement } from './placement';
import type { TourStep } from './steps';

interface Props {
  step: TourStep;
  index: number;
  total: number;
  placement: Placement | undefined;
  popoverRef: RefObject<HTMLDivElement | null>;
  onBack: () => void;
  onNext: () => void;
  onSkip: () => void;
}

export function TourPopover({ step, index, total, placement, popoverRef, onBack, onNext, onSkip }: Props) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const last = index === total - 1;

  // A new step: take focus, so keyboard and screen reader users land on it.
  useEffect(() => {
    popoverRef.current?.focus({ preventScroll: true });
  }, [step.id, popoverRef]);

  return (
    <div
      ref={popoverRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      className={`tour-popover tour-popover--${placement?.side ?? 'center'}`}
      // Placed from measurements in JS: an inline style, which the CSP allows (no inline script).
      style={placement ? { top: placement.top, left: placement.left } : undefined}
      data-step={step.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onSkip();
        }
      }}
    >
      <p className="tour-popover__count">{t('tour.progress', { current: index + 1, total })}</p>
      <h2 id={titleId} className="tour-popover__title">
        {t(step.title)}
      </h2>
      <p id={bodyId} className="tour-popover__body">
        {t(step.body)}
      </p>
      <div className="tour-popover__actions">
        <button type="button" className="tour-popover__skip" onClick={onSkip}>
          {t('tour.skip')}
        </button>
        <span className="tour-popover__nav">
          {index > 0 && (
            <button type="button" onClick={onBack}>
              {t('tour.back')}
            </button>
          )}
          <button type="button" className="primary" onClick={onNext}>
            {last ? t('tour.done') : t('tour.next')}
          </button>
        </span>
      </div>
    </div>
  );
}
