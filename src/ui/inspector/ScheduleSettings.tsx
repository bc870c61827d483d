/**
 * The schedule of Shopify's Scheduled time: a start date and time in UTC
 * (the organization has no time zones) and how often it repeats. The date
 * and time are drafts (useDraft): a half-typed or impossible start is refused
 * inline and not dispatched, so the document keeps the last valid schedule
 * while the boxes show what is typed. Each valid change is one
 * `setTriggerSchedule` (typing in the date or time boxes coalesces into one
 * undo entry, as other typed fields do; a repeat or a removal is one each).
 */
import { memo, useId, useState } from 'react';
import { SCHEDULE_REPEATS, type ScheduleRepeat, type TriggerSchedule } from '../../domain/workflow/document';
import { useEditorSession } from '../../state/editor/context';
import { parseScheduleInput } from './inspectorModel';
import { useDraft } from './useDraft';
import { useT } from '../i18n';

const PROBLEM_KEYS = {
  'date-missing': 'inspector.schedule.dateMissing',
  'time-missing': 'inspector.schedule.timeMissing',
  invalid: 'inspector.schedule.invalid',
} as const;

export const ScheduleSettings = memo(function ScheduleSettings({
  stepId,
  schedule,
}: {
  stepId: string;
  schedule: TriggerSchedule | undefined;
}) {
  const [date, setDate] = useDraft(schedule?.start.slice(0, 10) ?? '');
  const [time, setTime] = useDraft(schedule?.start.slice(11, 16) ?? '');
  // The repeat chosen before a start exists; once there is a schedule, the document's.
  const [repeatDraft, setRepeatDraft] = useState<ScheduleRepeat>('daily');
  const repeat = schedule?.repeat ?? repeatDraft;
  const ids = { date: useId(), time: useId(), repeat: useId(), message: useId() };
  const t = useT();
  const state = parseScheduleInput(date, time, repeat);
  const problem = 'problem' in state ? state.problem : undefined;

  const session = useEditorSession();
  const dispatch = (next: TriggerSchedule | null, typing: boolean) =>
    session.apply({ type: 'setTriggerSchedule', schedule: next }, typing ? { coalesceKey: `${stepId}.schedule.start` } : undefined);

  const commitStart = (nextDate: string, nextTime: string) => {
    const parsed = parseScheduleInput(nextDate, nextTime, repeat);
    if ('schedule' in parsed) dispatch(parsed.schedule, true);
  };

  return (
    <fieldset className="inspector__fieldset schedule-settings">
      <legend>{t('inspector.schedule.group')}</legend>
      <p className="inspector__help">{t('inspector.schedule.utc')}</p>
      <div className="schedule-settings__start">
        <div className="inspector__field">
          <label htmlFor={ids.date}>{t('inspector.schedule.startDate')}</label>
          <input
            id={ids.date}
            type="date"
            value={date}
            aria-invalid={problem === 'date-missing' || problem === 'invalid' ? true : undefined}
            aria-describedby={problem ? ids.message : undefined}
            onChange={(e) => {
              setDate(e.target.value);
              commitStart(e.target.value, time);
            }}
          />
        </div>
        <div className="inspector__field">
          <label htmlFor={ids.time}>{t('inspector.schedule.startTime')}</label>
          <input
            id={ids.time}
            type="time"
            step={60}
            value={time}
            aria-invalid={problem === 'time-missing' || problem === 'invalid' ? true : undefined}
            aria-describedby={problem ? ids.message : undefined}
            onChange={(e) => {
              setTime(e.target.value);
              commitStart(date, e.target.value);
            }}
          />
        </div>
      </div>
      <div className="inspector__field">
        <label htmlFor={ids.repeat}>{t('inspector.schedule.repeat')}</label>
        <select
          id={ids.repeat}
          value={repeat}
          onChange={(e) => {
            const next = SCHEDULE_REPEATS.find((r) => r === e.target.value);
            if (!next) return;
            setRepeatDraft(next);
            const parsed = parseScheduleInput(date, time, next);
            if ('schedule' in parsed) dispatch(parsed.schedule, false);
          }}
        >
          {SCHEDULE_REPEATS.map((r) => (
            <option key={r} value={r}>
              {t(`inspector.schedule.repeat.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p id={ids.message} className="inspector__error" role="alert">
          {t(PROBLEM_KEYS[problem])}
        </p>
      )}
      {schedule && (
        <button type="button" className="schedule-settings__remove" onClick={() => dispatch(null, false)}>
          {t('inspector.schedule.remove')}
        </button>
      )}
    </fieldset>
  );
});
