/** The app header: product name, navigation to the pages, theme choice. */
import { Suspense } from 'react';
import { Link, useLocation } from 'wouter';
import { ThemePreference } from '../domain/settings/settings';
import { useActiveSession } from '../state/editor/activeSession';
import { useSetting } from '../state/settings';
import { HelpMenu } from './tour/HelpMenu';
import { chooseLanguage, LANGUAGES, useLanguage, useT, type MessageKey } from './i18n';
import { lazyWithMessages } from './i18n/lazyWithMessages';

export const PAGES = [
  { path: '/workflows', label: 'shell.nav.workflows' },
  { path: '/editor', label: 'shell.nav.editor' },
  { path: '/organization', label: 'shell.nav.organization' },
  { path: '/runs', label: 'shell.nav.runs' },
  { path: '/sandbox', label: 'shell.nav.sandbox' },
] as const satisfies readonly { path: string; label: MessageKey }[];

/** Each language is named in itself, so a user lost in the other language still finds theirs. */
const LANGUAGE_NAMES = { en: 'English', pl: 'Polski' } as const;

/** The save status with no workflow open: an empty live region, so what it says later is announced. */
function IdleSaveStatus() {
  const t = useT();
  return <span role="status" aria-label={t('shell.save.status')} className="save-status save-status--idle" />;
}

// The save indicator loads with the first workflow opened (it would fail to load only offline without a cache),
// its words with the editor's area (loaded by the editor by then).
const SaveIndicator = lazyWithMessages(['editor'], () =>
  import('./editor/SaveIndicator').then(
    (m) => m.SaveIndicator,
    () => IdleSaveStatus,
  ),
);

function SaveStatus() {
  const open = useActiveSession((s) => s.session !== undefined);
  return open ? (
    <Suspense fallback={<IdleSaveStatus />}>
      <SaveIndicator />
    </Suspense>
  ) : (
    <IdleSaveStatus />
  );
}

export function Header() {
  const [location] = useLocation();
  const [theme, setTheme] = useSetting('theme');
  const t = useT();
  const language = useLanguage();
  return (
    <header className="app-header">
      <a className="brand" href="#/workflows">
        <img src="/favicon.svg" alt="" width="24" height="24" />
        Flowbench
      </a>
      <nav aria-label={t('shell.nav.label')}>
        <ul>
          {PAGES.map((page) => {
            const current = location === page.path || location.startsWith(`${page.path}/`);
            return (
              <li key={page.path}>
                <Link href={page.path} aria-current={current ? 'page' : undefined}>
                  {t(page.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <SaveStatus />
      <label className="theme-picker">
        {t('shell.language.label')}
        <select
          value={language}
          onChange={(e) => {
            const next = LANGUAGES.find((l) => l === e.target.value);
            if (next) void chooseLanguage(next);
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="theme-picker">
        {t('shell.theme.label')}
        <select
          value={theme}
          onChange={(e) => {
            const parsed = ThemePreference.safeParse(e.target.value);
            if (parsed.success) void setTheme(parsed.data);
          }}
        >
          <option value="system">{t('shell.theme.system')}</option>
          <option value="light">{t('shell.theme.light')}</option>
          <option value="dark">{t('shell.theme.dark')}</option>
        </select>
      </label>
      <HelpMenu />
    </header>
  );
}
