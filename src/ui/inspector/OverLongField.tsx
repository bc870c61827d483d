/**
 * What an action field shows instead of its control when its stored text is
 * longer than a field may be (MAX_FIELD_CHARS; only a record stored before
 * the limit can hold one): laying out a megabyte of text in a text area
 * holds the page for a second or more on every render, so the text is not
 * shown. The person can keep its first MAX_FIELD_CHARS characters (then
 * edit as usual) or clear the field; both are ordinary edits, undoable.
 */
import { MAX_FIELD_CHARS } from '../../domain/workflow/document';
import { useT } from '../i18n';

interface OverLongFieldProps {
  /** The id of the field's label, which names this group. */
  labelId: string;
  length: number;
  /** Ids of the help and problems the group is described by. */
  describedBy: string | undefined;
  onKeepStart: () => void;
  onClear: () => void;
}

export function OverLongField({ labelId, length, describedBy, onKeepStart, onClear }: OverLongFieldProps) {
  const t = useT();
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className="inspector__overlong">
      <p>{t('inspector.field.overLong', { length })}</p>
      <div className="row">
        <button type="button" className="small-button" onClick={onKeepStart}>
          {t('inspector.field.keepStart', { max: MAX_FIELD_CHARS })}
        </button>
        <button type="button" className="small-button" onClick={onClear}>
          {t('inspector.field.clear')}
        </button>
      </div>
    </div>
  );
}
