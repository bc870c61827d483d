/**
 * One input of an action step, as its manifest describes it: a labelled
 * control (a text area for multi-line text, a true/false select for
 * booleans, a text box otherwise), its help text, and validation's
 * problems with this field under it. Text fields accept Liquid and have a
 * variable picker. Typing dispatches `updateFields` with the coalesce key
 * `<step id>.<field key>`, so one undo takes back a burst of typing.
 */
import { type Ref, useCallback, useId, useRef } from 'react';
import type { FieldDef } from '../../domain/catalog/manifest';
import type { DataField } from '../../domain/workflow/dataFields';
import type { Problem } from '../../domain/workflow/problems';
import { useEditorSession } from '../../state/editor/context';
import type { EditorSession } from '../../state/editor/session';
import { type TextRange, insertVariable } from './insertVariable';
import { FieldProblems } from './FieldProblems';
import { VariablePicker } from './VariablePicker';
import { useLocalized, useT } from '../i18n';

interface ActionFieldProps {
  stepId: string;
  input: FieldDef;
  value: string;
  /** Validation's problems with this field. */
  problems: readonly Problem[];
  data: readonly DataField[];
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

function setField(session: EditorSession, stepId: string, key: string, value: string, coalesce: boolean) {
  session.apply(
    // An emptied field is removed, as if never filled in.
    { type: 'updateFields', id: stepId, fields: { [key]: value === '' ? null : value } },
    coalesce ? { coalesceKey: `${stepId}.${key}` } : undefined,
  );
}


export function ActionField({ stepId, input, value, problems, data }: ActionFieldProps) {
  const session = useEditorSession();
  const id = useId();
  const helpId = useId();
  const problemsId = useId();
  const controlRef = useRef<TextControl>(null);
  // Whether the control was ever focused: until then it has no cursor of the person's, so a variable is appended.
  const focusedRef = useRef(false);
  const t = useT();
  const localized = useLocalized();
  const label = localized(input.label);
  // Extra words on a field's expected format, where the manifest says it has one.
  const formatHint = input.format === 'e164' ? t('inspector.field.e164') : undefined;
  const help = [input.description && localized(input.description), formatHint].filter(Boolean).join(' ');
  const invalid = problems.some((p) => p.severity === 'error');
  const describedBy = [help && helpId, problems.length > 0 && problemsId].filter(Boolean).join(' ') || undefined;
  const { key } = input;

  const insert = useCallback(
    (path: string) => {
      const el = controlRef.current;
      const current = el?.value ?? '';
      // A text control keeps its selection after losing focus to the picker's button.
      const range: TextRange | undefined =
        el && focusedRef.current
          ? { start: el.selectionStart ?? current.length, end: el.selectionEnd ?? current.length }
          : undefined;
      const next = insertVariable(current, range, path);
      setField(session, stepId, key, next.text, false);
      // After React has rendered the new value: put the cursor just after the variable.
      requestAnimationFrame(() => {
        const target = controlRef.current;
        if (!target) return;
        target.focus();
        target.setSelectionRange(next.cursor, next.cursor);
      });
    },
    [session, stepId, key],
  );

  const common = {
    id,
    value,
    required: input.required,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { currentTarget: TextControl }) => setField(session, stepId, key, e.currentTarget.value, true),
    onFocus: () => {
      focusedRef.current = true;
    },
  };

  let control;
  if (input.type === 'boolean') {
    const known = value === '' || value === 'true' || value === 'false';
    control = (
      <select
        id={id}
        value={value}
        required={input.required}
        aria-invalid={common['aria-invalid']}
        aria-describedby={describedBy}
        onChange={(e) => setField(session, stepId, key, e.currentTarget.value, false)}
      >
        <option value="">{t('inspector.field.notSet')}</option>
        <option value="true">{t('inspector.field.true')}</option>
        <option value="false">{t('inspector.field.false')}</option>
        {!known && <option value={value}>{value}</option>}
      </select>
    );
  } else if (input.type === 'multi_line_text_field') {
    control = <textarea ref={controlRef as Ref<HTMLTextAreaElement>} rows={4} {...common} />;
  } else {
    control = <input ref={controlRef as Ref<HTMLInputElement>} type="text" {...common} />;
  }

  return (
    <div className="inspector__field">
      <div className="inspector__label-row">
        <label htmlFor={id}>
          {label}
          {input.required && (
            <span className="inspector__required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </label>
        {input.type !== 'boolean' && <VariablePicker fieldLabel={label} data={data} onPick={insert} />}
      </div>
      {control}
      {help && (
        <p id={helpId} className="inspector__help">
          {help}
        </p>
      )}
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
}
