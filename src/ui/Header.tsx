/** The app header: product name, navigation to the pages, theme choice. */
import { Link, useLocation } from 'wouter';
import { ThemePreference } from '../domain/settings/settings';
import { useSetting } from '../state/settings';
import { SaveIndicator } from './editor/SaveIndicator';
import { HelpMenu } from './tour/HelpMenu';
import { chooseLanguage, LANGUAGES, useLanguage, useT, type MessageKey } from './i18n';

export const PAGES = [
  { path: '/workflows', label: 'shell.nav.workflows' },
  { path: '/editor', label: 'shell.nav.editor' },
  { path: '/organization', label: 'shell.nav.organization' },
  { path: '/runs', label: 'shell.nav.runs' },
  { path: '/sandbox', label: 'shell.nav.sandbox' },
] as const satisfies readonly { path: string; label: MessageKey }[];

/** Each language is named in itself, so a user lost in the other language still finds theirs. */
const LANGUAGE_NAMES = { en: 'English', pl: 'Polski' } as const;

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
      <SaveIndicator />
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
