/** The app header: product name, navigation to the pages, theme choice. */
import { Link, useLocation } from 'wouter';
import { ThemePreference } from '../domain/settings/settings';
import { useSetting } from '../state/settings';
import { SaveIndicator } from './editor/SaveIndicator';

export const PAGES = [
  { path: '/workflows', label: 'Workflows' },
  { path: '/editor', label: 'Editor' },
  { path: '/organization', label: 'Organization' },
  { path: '/runs', label: 'Runs' },
  { path: '/sandbox', label: 'Sandbox' },
] as const;

export function Header() {
  const [location] = useLocation();
  const [theme, setTheme] = useSetting('theme');
  return (
    <header className="app-header">
      <a className="brand" href="#/workflows">
        <img src="/favicon.svg" alt="" width="24" height="24" />
        Flowbench
      </a>
      <nav aria-label="Main">
        <ul>
          {PAGES.map((page) => {
            const current = location === page.path || location.startsWith(`${page.path}/`);
            return (
              <li key={page.path}>
                <Link href={page.path} aria-current={current ? 'page' : undefined}>
                  {page.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <SaveIndicator />
      <label className="theme-picker">
        Theme
        <select
          value={theme}
          onChange={(e) => {
            const parsed = ThemePreference.safeParse(e.target.value);
            if (parsed.success) void setTheme(parsed.data);
          }}
        >
          <option value="system">Follow system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </header>
  );
}
