/**
 * Watches a page for anything a hostile text could make it run: dialogs
 * (alert, confirm, prompt), the payloads' `window.__xss` flag,
 * Content-Security-Policy violations (the browser blocking an inline
 * handler or script means markup got into the page), uncaught errors, and
 * elements a payload would create if it were rendered as HTML instead of
 * text. Install it before the first navigation.
 */
import { expect, type Page } from '@playwright/test';

/** The payloads the XSS journeys type everywhere; each sets `window.__xss` and opens a dialog if it ever runs. */
export const XSS = {
  img: `<img src=x onerror="window.__xss=1;alert('img')">`,
  script: `<script>window.__xss=1;alert('script')</script>`,
  url: `javascript:window.__xss=1;alert('url')`,
  svg: `<svg onload="window.__xss=1;alert('svg')"></svg>`,
};

/** Elements or attributes that exist only if a payload was parsed as HTML. */
const INJECTED = 'img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe, object, embed, script:not([src])';

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

export class ScriptGuard {
  readonly dialogs: string[] = [];
  /** Uncaught errors, and the console's reports of blocked code (workers' included). */
  readonly errors: string[] = [];

  private constructor(readonly page: Page) {}

  static async install(page: Page): Promise<ScriptGuard> {
    const guard = new ScriptGuard(page);
    page.on('dialog', (dialog) => {
      guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      // Violations in workers (the engine's) are only told on the console.
      if (/Content Security Policy|Refused to (evaluate|execute|load)/i.test(message.text())) guard.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      // Not a script a payload ran; Chromium reports it when layout settles late.
      if (!/ResizeObserver loop/.test(error.message)) guard.errors.push(error.message);
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        const where = e.sourceFile ? ` at ${e.sourceFile.replace(location.origin, '')}:${e.lineNumber}:${e.columnNumber}` : '';
        window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sample})${where}`);
      });
    });
    return guard;
  }

  /** Takes the violations recorded so far (for a test that provokes them on purpose) and forgets them. */
  async takeViolations(): Promise<{ events: string[]; console: string[] }> {
    const events = await this.page.evaluate(() => window.__cspViolations!.splice(0));
    const console = this.errors.filter((e) => e.startsWith('console: '));
    this.errors.splice(0, this.errors.length, ...this.errors.filter((e) => !e.startsWith('console: ')));
    return { events, console };
  }

  /** Nothing ran, nothing was blocked, nothing was injected, on the page as it is now. */
  async expectNothingRan(): Promise<void> {
    expect(this.dialogs, 'dialogs opened').toEqual([]);
    expect(this.errors, 'uncaught errors').toEqual([]);
    const state = await this.page.evaluate(() => ({ xss: window.__xss, csp: window.__cspViolations ?? [] }));
    expect(state.xss, 'window.__xss was set by a payload').toBeUndefined();
    expect(state.csp, 'Content-Security-Policy violations').toEqual([]);
    await expect(this.page.locator(INJECTED)).toHaveCount(0);
  }
}
