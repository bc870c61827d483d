/**
 * Editing one store record as JSON: the text is parsed and checked against
 * the resource's schema (state/storeData.ts) before anything is saved; a
 * refusal lists each problem by its JSON path and keeps the text as typed.
 */
import { useId, useState } from 'react';
import { recordText } from '../../../domain/shopify/editRecord';
import type { PathProblem } from '../../../domain/zodIssues';
import type { StoreResource } from '../../../domain/shopify/storeResources';
import { saveStoreRecord } from '../../../state/storeData';
import { PathProblems } from '../../common/PathProblems';
import { useAsyncAction } from '../../common/useAsyncAction';
import { ErrorAlert } from '../../common/ErrorAlert';
import { useT } from '../../i18n';

interface Props {
  storeId: string;
  resource: StoreResource;
  id: string;
  name: string;
  record: Record<string, unknown>;
  onSaved: () => void;
  onCancel: () => void;
}

export function RecordEditor({ storeId, resource, id, name, record, onSaved, onCancel }: Props) {
  const t = useT();
  const fieldId = useId();
  const [text, setText] = useState(() => recordText(record));
  const [problems, setProblems] = useState<PathProblem[]>();
  const { error, run } = useAsyncAction();
  return (
    <form
      className="store-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const outcome = await saveStoreRecord(storeId, resource, id, text);
          if (outcome.ok) onSaved();
          else setProblems(outcome.problems);
        });
      }}
    >
      <label htmlFor={fieldId}>{t('storeData.editor.label', { name })}</label>
      <p className="muted small">{t('storeData.editor.hint')}</p>
      <textarea id={fieldId} className="store-editor__text" rows={18} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      {problems && (
        <PathProblems
          problems={problems}
          title={t('storeData.editor.problemsTitle')}
          intro={t('storeData.editor.problemsIntro')}
          listLabel={t('storeData.editor.problemsList', { name })}
          headingLevel={3}
        />
      )}
      <ErrorAlert error={error} />
      <div className="row">
        <button type="submit" className="primary">
          {t('storeData.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
