/** A workflow row's inline rename form (WorkflowRow.tsx loads it when Rename is first chosen). */
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useAsyncAction } from '../common/useAsyncAction';
import { ErrorAlert } from '../common/ErrorAlert';
import { useT } from '../i18n';

/** The inline rename form: Enter saves, Escape or Cancel keeps the old name. */
export function RenameForm({
  name,
  onSave,
  onDone,
}: {
  name: string;
  onSave: (name: string) => Promise<void>;
  onDone: () => void;
}) {
  const [value, setValue] = useState(name);
  const { error, run } = useAsyncAction();
  const t = useT();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (value === name || (await run(() => onSave(value)))) onDone();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
    }
  };
  return (
    <form onSubmit={save} onKeyDown={onKeyDown}>
      <div className="row nowrap">
        <label>
          <span className="visually-hidden">{t('workflows.row.nameOf', { name })}</span>
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            maxLength={120}
            autoFocus
            aria-invalid={error ? true : undefined}
          />
        </label>
        <button type="submit" className="primary small-button">
          {t('app.saveName')}
        </button>
        <button type="button" className="small-button" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}
