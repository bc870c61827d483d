/**
 * The value boxes of a criterion. Both keep a draft of what is typed (see
 * useDraft), because the stored value is parsed: a list from commas, a
 * number from digits. Boolean fields get a true/false select instead.
 */
import { useId } from 'react';
import type { DataType } from '../../domain/catalog/shopifyObjects';
import type { ConditionValue } from '../../domain/workflow/document';
import { formatList, formatSingle, parseList, parseSingle } from './criterionEdits';
import { useDraft } from './useDraft';
import { useT } from '../i18n';

interface ValueInputProps {
  id: string;
  value: ConditionValue | undefined;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A comma-separated list ("is any of"). */
export function ListValueInput({ id, value, onChange, ...aria }: ValueInputProps & { onChange: (value: string[]) => void }) {
  const stored = Array.isArray(value) ? formatList(value) : formatSingle(value);
  const [draft, setDraft] = useDraft(stored, (d, s) => formatList(parseList(d)) === s);
  const hintId = useId();
  const t = useT();
  const describedBy = [aria['aria-describedby'], hintId].filter(Boolean).join(' ');
  return (
    <>
      <input
        id={id}
        type="text"
        value={draft}
        placeholder={t('inspector.value.listPlaceholder')}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(parseList(e.target.value));
        }}
      />
      <span id={hintId} className="inspector__help">
        {t('inspector.value.listHint')}
      </span>
    </>
  );
}

/** One value: a true/false select for boolean fields, a text box otherwise. */
export function SingleValueInput({
  id,
  type,
  value,
  onChange,
  ...aria
}: ValueInputProps & { type: DataType | undefined; onChange: (value: string | number | boolean, typing: boolean) => void }) {
  const stored = formatSingle(value);
  const [draft, setDraft] = useDraft(stored, (d, s) => formatSingle(parseSingle(d, type)) === s);
  const t = useT();
  if (type === 'boolean') {
    const known = stored === 'true' || stored === 'false';
    return (
      <select id={id} value={stored} onChange={(e) => onChange(e.target.value === 'true', false)} {...aria}>
        {!known && <option value={stored}>{stored === '' ? t('inspector.value.choose') : stored}</option>}
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  const numeric = type === 'number_integer' || type === 'number_decimal';
  return (
    <input
      id={id}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      value={draft}
      {...aria}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(parseSingle(e.target.value, type), true);
      }}
    />
  );
}
