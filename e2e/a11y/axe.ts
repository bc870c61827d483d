/**
 * Accessibility scans with axe-core (through @axe-core/playwright): run
 * `expectNoSeriousA11yViolations(page, 'what is on screen')` from any spec at
 * the moment the page shows what should be checked. It fails on every serious
 * or critical violation of WCAG 2.0/2.1/2.2 A and AA, listing each one with its
 * rule, impact, help text and the selectors of the elements at fault; moderate
 * and minor ones are recorded on the test as an annotation (`a11y-minor`),
 * not failed. docs/accessibility.md says what is scanned and why.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { describeViolations, type Violation } from './report';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, the tags axe-core gives those rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Elements left out of every scan, each with why it cannot be fixed from outside.
 * Keep this list short: an exclusion hides real problems from the scan.
 */
export const EXCLUSIONS: readonly { selector: string; reason: string }[] = [];

export interface A11yScanResult {
  /** Serious and critical: what fails the check. */
  serious: Violation[];
  /** Moderate and minor: reported, not failed. */
  minor: Violation[];
}

export interface A11yScanOptions {
  /**
   * Scan only this part of the page (a CSS selector), e.g. a dialog over a page
   * already scanned on its own: much quicker than the whole page again.
   */
  include?: string;
}

/** Scans the page as it is now (with the exclusions above). */
export async function scanA11y(page: Page, options: A11yScanOptions = {}): Promise<A11yScanResult> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const { selector } of EXCLUSIONS) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const violations: Violation[] = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
  return {
    serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    minor: violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical'),
  };
}

/**
 * Fails (softly, so the test goes on to its other scans) when the page has
 * serious or critical violations; `label` names the screen in the message.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string, options: A11yScanOptions = {}): Promise<A11yScanResult> {
  const result = await scanA11y(page, options);
  if (result.minor.length > 0) {
    test.info().annotations.push({ type: 'a11y-minor', description: `${label}\n${describeViolations(result.minor)}` });
  }
  expect.soft(describeViolations(result.serious), `${label}: serious or critical accessibility violations`).toBe('none');
  return result;
}
