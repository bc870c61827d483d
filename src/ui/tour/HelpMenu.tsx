/**
 * The header's Help menu (a WAI-ARIA menu button): "Take the tour" reopens
 * the guided tour. Arrow keys, Home and End move between items, Escape
 * closes the menu and returns focus to the button, Tab or a click outside
 * closes it.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { type MessageKey, useT } from '../i18n';
import { startTour } from './tourState';
import './tour.css';

interface Item {
  label: MessageKey;
  run: () => void;
}

const ITEMS: readonly Item[] = [{ label: 'shell.help.takeTour', run: startTour }];

function menuItems(list: HTMLUListElement | null): HTMLElement[] {
  return Array.from(list?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

export function HelpMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const buttonId = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Opening moves focus to the first item; a click anywhere else closes.
  useEffect(() => {
    if (!open) return;
    menuItems(list.current)[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = menuItems(list.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="help-menu">
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('shell.help.button')}
      </button>
      {open && (
        <ul ref={list} id={menuId} role="menu" aria-labelledby={buttonId} className="help-menu__list" onKeyDown={onMenuKey}>
          {ITEMS.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="help-menu__item"
                onClick={() => {
                  // Focus the Help button first: the tour returns focus there when it ends.
                  close(true);
                  item.run();
                }}
              >
                {t(item.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
