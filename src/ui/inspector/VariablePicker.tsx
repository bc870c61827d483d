/**
 * The variable picker of a text field: a button that opens a menu of what
 * the step can read (its scope): a loop's current item first
 * (`lineItemsForeachitem`), earlier steps' outputs (`getOrderData`), then the
 * trigger's data (Trigger / Customer / Order / Product), each under a
 * heading that names the variable as Flow does. Choosing one hands its
 * Liquid to the field, which inserts it at its cursor: `{{ path }}` for a
 * value, a `{% for %}` loop for a list of objects. A menu in the ARIA sense: arrow keys, Home and End move,
 * Escape closes and returns focus to the button. Keys are not stopped from
 * reaching the editor page.
 */
import { type KeyboardEvent, memo, useEffect, useId, useRef, useState } from 'react';
import type { ScopeFieldGroup } from '../../domain/workflow/scopeFields';
import { snippetFor } from './insertVariable';
import { fieldLabel as labelOf, variableHeading } from './scopeLabels';
import { useLocalized, useT } from '../i18n';

interface VariablePickerProps {
  /** The field's label: the button reads "Insert variable into <label>". */
  fieldLabel: string;
  /** What the step can read, by variable (useStepFields). */
  data: readonly ScopeFieldGroup[];
  /** Gets the Liquid to insert. */
  onPick: (snippet: string) => void;
}

export const VariablePicker = memo(function VariablePicker({ fieldLabel, data, onPick }: VariablePickerProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const t = useT();
  const localized = useLocalized();

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const pick = (snippet: string) => {
    setOpen(false);
    onPick(snippet);
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div
      className="variable-picker"
      onBlur={(e) => {
        // Closes when focus leaves the picker (a click elsewhere, Tab away).
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="variable-picker__button"
        aria-label={t('inspector.variables.insertInto', { field: fieldLabel })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {'{ }'} {t('inspector.variables.insert')}
      </button>
      {open && data.length === 0 && (
        <p id={menuId} className="variable-picker__menu muted">
          {t('inspector.variables.none')}
        </p>
      )}
      {open && data.length > 0 && (
        <div
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label={t('inspector.variables.menu', { field: fieldLabel })}
          className="variable-picker__menu"
          onKeyDown={onMenuKeyDown}
        >
          {data.map((group) => {
            const heading = variableHeading(group.variable, t, localized);
            return (
              <div key={group.variable.name} role="group" aria-label={heading}>
                <div className="variable-picker__group" aria-hidden="true">
                  {heading}
                </div>
                {group.fields.map((field) => {
                  const loop = !field.comparable;
                  return (
                    <button
                      key={field.path}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      className="variable-picker__item"
                      onClick={() => pick(snippetFor(field))}
                    >
                      <span>{labelOf(field, localized)}</span> <code>{field.path}</code>
                      {loop && <span className="variable-picker__loop"> {t('inspector.variables.loop')}</span>}
                    </button>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
});
