/** The text of an accessibility failure: one block per violated rule, each element at fault on its own line. */

/** One violated axe rule, with the elements at fault as CSS selectors. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** One selector per element (frames and shadow roots joined by spaces). */
  targets: string[];
}

/** At most this many elements listed per rule; the rest are counted. */
export const MAX_TARGETS = 10;

export function describeViolations(violations: readonly Violation[]): string {
  if (violations.length === 0) return 'none';
  return violations
    .map((v) => {
      const shown = v.targets.slice(0, MAX_TARGETS).map((t) => `    ${t}`);
      const more = v.targets.length > MAX_TARGETS ? [`    … and ${v.targets.length - MAX_TARGETS} more`] : [];
      const count = v.targets.length === 1 ? '1 element' : `${v.targets.length} elements`;
      return [`- ${v.id} (${v.impact ?? 'no impact'}, ${count}): ${v.help} <${v.helpUrl}>`, ...shown, ...more].join('\n');
    })
    .join('\n');
}
