/**
 * A wait step's duration: a whole number from 1 to 1000 and a unit. A
 * number outside that is refused inline and not dispatched, so the
 * document keeps the last valid duration while the box shows what is typed.
 */
import { memo, useId } from 'react';
import { type WaitStep, WaitUnit } from '../../domain/workflow/document';
import { useEditorSession } from '../../state/editor/context';
import { parseWaitAmount } from './inspectorModel';
import { useDraft } from './useDraft';
import { useT } from '../i18n';


export const WaitSettings = memo(function WaitSettings({ step }: { step: WaitStep }) {
  const { amount, unit } = step.duration;
  const [draft, setDraft] = useDraft(String(amount), (d, s) => String(parseWaitAmount(d)) === s);
  const amountId = useId();
  const unitId = useId();
  const errorId = useId();
  const invalid = parseWaitAmount(draft) === undefined;
  const t = useT();

  const session = useEditorSession();
  const dispatch = (duration: WaitStep['duration'], typing: boolean) =>
    session.apply({ type: 'updateWait', id: step.id, duration }, typing ? { coalesceKey: `${step.id}.duration` } : undefined);

  return (
    <div className="inspector__section wait-settings">
      <div className="inspector__field">
        <label htmlFor={amountId}>{t('inspector.wait.for')}</label>
        <input
          id={amountId}
          type="number"
          min={1}
          max={1000}
          step={1}
          value={draft}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const next = parseWaitAmount(e.target.value);
            if (next !== undefined) dispatch({ amount: next, unit }, true);
          }}
        />
        {invalid && (
          <p id={errorId} className="inspector__error">
            {t('inspector.wait.invalid')}
          </p>
        )}
      </div>
      <div className="inspector__field">
        <label htmlFor={unitId}>{t('inspector.wait.unit')}</label>
        <select
          id={unitId}
          value={unit}
          onChange={(e) => {
            const parsed = WaitUnit.safeParse(e.target.value);
            if (parsed.success) dispatch({ amount, unit: parsed.data }, false);
          }}
        >
          {WaitUnit.options.map((u) => (
            <option key={u} value={u}>
              {t(`inspector.wait.${u}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});
