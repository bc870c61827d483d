/**
 * The schedule of Shopify's Scheduled time: a start date, time and time
 * zone, and how often it repeats (once, every N hours, days, weeks or
 * months), stored as Flow stores it (DTSTART;TZID + RRULE, shown folded
 * under the form). A rule the form cannot show (imported from Flow, say
 * with BYDAY) is "custom": the form edits its start and keeps the rule.
 *
 * The fields are drafts: a half-typed or impossible value is refused inline
 * and not dispatched, so the document keeps the last valid schedule while
 * the boxes show what is typed; the drafts follow the document again when
 * it changes to something they don't stand for (undo, another tab). Each
 * valid change is one `setTriggerSchedule` (typing in the date, time or
 * interval boxes coalesces into one undo entry per box).
 */
import { memo, useId, useMemo, useState } from 'react';
import { startInstant } from '../../domain/time/occurrences';
import { timeZoneNames } from '../../domain/time/zones';
import { useDocument, useEditorSession } from '../../state/editor/context';
import { useOrganization } from '../../state/org';
import { useSimNow } from '../../state/runtime/simNow';
import { useT } from '../i18n';
import { defaultScheduleZone, FORM_REPEATS, type FormProblem, formOf, maxInterval, readSchedule, type ScheduleForm, scheduleFromForm } from './scheduleModel';

const PROBLEM_KEYS = {
  'date-missing': 'inspector.schedule.dateMissing',
  'time-missing': 'inspector.schedule.timeMissing',
  invalid: 'inspector.schedule.invalid',
  interval: 'inspector.schedule.intervalInvalid',
} as const satisfies Record<FormProblem, string>;

export const ScheduleSettings = memo(function ScheduleSettings({ stepId, schedule }: { stepId: string; schedule: string | undefined }) {
  const t = useT();
  const org = useOrganization();
  const activation = useDocument((s) => s.doc?.activation);
  const simNow = useSimNow();
  const recurrence = useMemo(() => readSchedule(schedule), [schedule]);
  const fallbackZone = activation ? defaultScheduleZone(org, activation) : 'UTC';
  const [form, setForm] = useState<ScheduleForm>(() => formOf(recurrence, fallbackZone));
  const [seen, setSeen] = useState(schedule);
  // Until a zone is chosen for a new schedule, it follows the stores the workflow runs in.
  const [zoneChosen, setZoneChosen] = useState(false);
  if (!schedule && !zoneChosen && form.zone !== fallbackZone) setForm({ ...form, zone: fallbackZone });
  if (seen !== schedule) {
    // The document changed: follow it unless the form already stands for it.
    setSeen(schedule);
    const meant = scheduleFromForm(form, recurrence);
    if (!('text' in meant) || meant.text !== schedule) setForm(formOf(recurrence, fallbackZone));
  }
  const ids = { date: useId(), time: useId(), zone: useId(), repeat: useId(), interval: useId(), message: useId() };
  const state = scheduleFromForm(form, recurrence);
  const problem = 'problem' in state ? state.problem : undefined;
  const session = useEditorSession();

  const change = (patch: Partial<ScheduleForm>, coalesce?: string) => {
    const next = { ...form, ...patch };
    setForm(next);
    const result = scheduleFromForm(next, recurrence);
    if ('text' in result && result.text !== schedule) {
      session.apply({ type: 'setTriggerSchedule', schedule: result.text }, coalesce ? { coalesceKey: `${stepId}.schedule.${coalesce}` } : undefined);
    }
  };
  const invalid = (...which: FormProblem[]) => (problem && which.includes(problem) ? true : undefined);
  const described = problem ? ids.message : undefined;
  const zoneOptions = timeZoneNames().includes(form.zone) ? timeZoneNames() : [form.zone, ...timeZoneNames()];
  const past = recurrence && simNow && startInstant(recurrence) < Date.parse(simNow);

  return (
    <fieldset className="inspector__fieldset schedule-settings">
      <legend>{t('inspector.schedule.group')}</legend>
      <p className="inspector__help">{t('inspector.schedule.help')}</p>
      <div className="schedule-settings__start">
        <div className="inspector__field">
          <label htmlFor={ids.date}>{t('inspector.schedule.startDate')}</label>
          <input id={ids.date} type="date" value={form.date} aria-invalid={invalid('date-missing', 'invalid')} aria-describedby={described} onChange={(e) => change({ date: e.target.value }, 'start')} />
        </div>
        <div className="inspector__field">
          <label htmlFor={ids.time}>{t('inspector.schedule.startTime')}</label>
          <input id={ids.time} type="time" step={60} value={form.time} aria-invalid={invalid('time-missing', 'invalid')} aria-describedby={described} onChange={(e) => change({ time: e.target.value }, 'start')} />
        </div>
      </div>
      <div className="inspector__field">
        <label htmlFor={ids.zone}>{t('inspector.schedule.zone')}</label>
        <select
          id={ids.zone}
          value={form.zone}
          onChange={(e) => {
            setZoneChosen(true);
            change({ zone: e.target.value });
          }}
        >
          {zoneOptions.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <div className="schedule-settings__start">
        <div className="inspector__field">
          <label htmlFor={ids.repeat}>{t('inspector.schedule.repeat')}</label>
          <select
            id={ids.repeat}
            value={form.repeat}
            onChange={(e) => {
              const repeat = FORM_REPEATS.find((r) => r === e.target.value);
              if (repeat) change({ repeat, interval: form.repeat === 'custom' ? '1' : form.interval });
            }}
          >
            {FORM_REPEATS.map((r) => (
              <option key={r} value={r}>
                {t(`inspector.schedule.repeat.${r}`)}
              </option>
            ))}
            {form.repeat === 'custom' && (
              <option value="custom" disabled>
                {t('inspector.schedule.repeat.custom')}
              </option>
            )}
          </select>
        </div>
        {form.repeat !== 'none' && form.repeat !== 'custom' && (
          <div className="inspector__field schedule-settings__interval">
            <label htmlFor={ids.interval}>{t('inspector.schedule.interval')}</label>
            <span>
              <input
                id={ids.interval}
                type="number"
                min={1}
                max={maxInterval(form.repeat)}
                value={form.interval}
                aria-invalid={invalid('interval')}
                aria-describedby={described}
                onChange={(e) => change({ interval: e.target.value }, 'interval')}
              />{' '}
              {t(`inspector.schedule.interval.${form.repeat}`, { count: Number(form.interval) || 1 })}
            </span>
          </div>
        )}
      </div>
      {problem && (
        <p id={ids.message} className="inspector__error" role="alert">
          {t(PROBLEM_KEYS[problem], { max: maxInterval(form.repeat) })}
        </p>
      )}
      {past && <p className="inspector__help schedule-settings__past">{t('inspector.schedule.past', { now: `${simNow.slice(0, 16).replace('T', ' ')} UTC` })}</p>}
      {schedule && (
        <>
          <details className="schedule-settings__rule">
            <summary>{t('inspector.schedule.rule')}</summary>
            <pre>
              <code>{schedule}</code>
            </pre>
          </details>
          <button type="button" className="schedule-settings__remove" onClick={() => session.apply({ type: 'setTriggerSchedule', schedule: null })}>
            {t('inspector.schedule.remove')}
          </button>
        </>
      )}
    </fieldset>
  );
});
