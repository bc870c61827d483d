/**
 * One text input of a step, as a field definition describes it (an action's
 * manifest, or a kind's own field such as a log message): a labelled
 * control (a text area for multi-line text, a true/false select for
 * booleans, a text box otherwise), its help text, and validation's
 * problems with this field under it. Text fields accept Liquid and have a
 * variable picker. Typing sets the field (an action's `updateFields`
 * unless the caller says how) with the coalesce key `<step id>.<field key>`,
 * so one undo takes back a burst of typing. Text
 * stops at MAX_FIELD_CHARS (the control's maxLength), and the field says how
 * long it is once it gets close; a longer stored text is not shown at all
 * (OverLongField.tsx).
 */
import { type Ref, useCallback, useId, useRef } from 'react';
import type { FieldDef } from '../../domain/catalog/manifest';
import type { ScopeFieldGroup } from '../../domain/workflow/scopeFields';
import { MAX_FIELD_CHARS } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import { useEditorSession } from '../../state/editor/context';
import type { EditorSession } from '../../state/editor/session';
import { type TextRange, insertSnippet } from './insertVariable';
import { FieldProblems } from './FieldProblems';
import { OverLongField } from './OverLongField';
import { VariablePicker } from './VariablePicker';
import { useLocalized, useT } from '../i18n';

interface ActionFieldProps {
  stepId: string;
  input: Pick<FieldDef, 'key' | 'label' | 'type' | 'required' | 'format' | 'description'>;
  value: string;
  /** Validation's problems with this field. */
  problems: readonly Problem[];
  /** What the step can read, for the variable picker. */
  data: readonly ScopeFieldGroup[];
  /** Applies a new value (`typing`: part of a burst of keystrokes); false when refused. An action's field by default. */
  set?: (value: string, typing: boolean) => boolean;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Sets an action's field; false (and nothing changes, the session says why) when the text would be longer than a field may be. */
function setActionField(session: EditorSession, stepId: string, key: string, value: string, coalesce: boolean): boolean {
  return session.apply(
    // An emptied field is removed, as if never filled in.
    { type: 'updateFields', id: stepId, fields: { [key]: value === '' ? null : value } },
    coalesce ? { coalesceKey: `${stepId}.${key}` } : undefined,
  );
}

/** From this share of the limit on, the field says how long it is. */
const SHOW_LENGTH_FROM = 0.9 * MAX_FIELD_CHARS;


export function ActionField({ stepId, input, value, problems, data, set }: ActionFieldProps) {
  const session = useEditorSession();
  const setField = useCallback(
    (key: string, next: string, typing: boolean) => (set ? set(next, typing) : setActionField(session, stepId, key, next, typing)),
    [set, session, stepId],
  );
  const id = useId();
  const helpId = useId();
  const labelId = useId();
  const problemsId = useId();
  const controlRef = useRef<TextControl>(null);
  // Whether the control was ever focused: until then it has no cursor of the person's, so a variable is appended.
  const focusedRef = useRef(false);
  const t = useT();
  const localized = useLocalized();
  const label = localized(input.label);
  // Extra words on a field's expected format, where the manifest says it has one.
  const formatHint = input.format === 'e164' ? t('inspector.field.e164') : undefined;
  // Near the limit, say how long the text is; over it (a field stored before the limit), validation says so.
  const lengthHint =
    value.length >= SHOW_LENGTH_FROM && value.length <= MAX_FIELD_CHARS
      ? t('inspector.field.length', { length: value.length, max: MAX_FIELD_CHARS })
      : undefined;
  const help = [input.description && localized(input.description), formatHint, lengthHint].filter(Boolean).join(' ');
  const invalid = problems.some((p) => p.severity === 'error');
  const describedBy = [help && helpId, problems.length > 0 && problemsId].filter(Boolean).join(' ') || undefined;
  const { key } = input;

  const insert = useCallback(
    (snippet: string) => {
      const el = controlRef.current;
      const current = el?.value ?? '';
      // A text control keeps its selection after losing focus to the picker's button.
      const range: TextRange | undefined =
        el && focusedRef.current
          ? { start: el.selectionStart ?? current.length, end: el.selectionEnd ?? current.length }
          : undefined;
      const next = insertSnippet(current, range, snippet);
      // Typing stops at the limit by itself (maxLength); a variable inserted past it is refused, and said so.
      if (!setField(key, next.text, false)) return;
      // After React has rendered the new value: put the cursor just after the variable.
      requestAnimationFrame(() => {
        const target = controlRef.current;
        if (!target) return;
        target.focus();
        target.setSelectionRange(next.cursor, next.cursor);
      });
    },
    [setField, key],
  );

  const common = {
    id,
    value,
    required: input.required,
    // The browser stops typing and pasting at the limit; a longer stored text can still be shortened.
    maxLength: MAX_FIELD_CHARS,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { currentTarget: TextControl }) => setField(key, e.currentTarget.value, true),
    onFocus: () => {
      focusedRef.current = true;
    },
  };

  let control;
  if (value.length > MAX_FIELD_CHARS) {
    control = (
      <OverLongField
        labelId={labelId}
        length={value.length}
        describedBy={describedBy}
        onKeepStart={() => setField(key, value.slice(0, MAX_FIELD_CHARS), false)}
        onClear={() => setField(key, '', false)}
      />
    );
  } else if (input.type === 'boolean') {
    const known = value === '' || value === 'true' || value === 'false';
    control = (
      <select
        id={id}
        value={value}
        required={input.required}
        aria-invalid={common['aria-invalid']}
        aria-describedby={describedBy}
        onChange={(e) => setField(key, e.currentTarget.value, false)}
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
        <label id={labelId} htmlFor={id}>
          {label}
          {input.required && (
            <span className="inspector__required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </label>
        {input.type !== 'boolean' && value.length <= MAX_FIELD_CHARS && <VariablePicker fieldLabel={label} data={data} onPick={insert} />}
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
