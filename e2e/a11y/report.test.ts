import { describe, expect, it } from 'vitest';
import { describeViolations, MAX_TARGETS, type Violation } from './report';

const rule = (over: Partial<Violation> = {}): Violation => ({
  id: 'color-contrast',
  impact: 'serious',
  help: 'Elements must meet minimum color contrast ratio thresholds',
  helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/color-contrast',
  targets: ['.muted'],
  ...over,
});

describe('describeViolations', () => {
  it('says none for a clean page', () => {
    expect(describeViolations([])).toBe('none');
  });

  it('names the rule, its impact, the help text and each element at fault', () => {
    const text = describeViolations([rule({ targets: ['.a', 'iframe .b'] }), rule({ id: 'label', impact: 'critical', help: 'Form elements must have labels', targets: ['#x'] })]);
    expect(text).toBe(
      [
        '- color-contrast (serious, 2 elements): Elements must meet minimum color contrast ratio thresholds <https://dequeuniversity.com/rules/axe/4.14/color-contrast>',
        '    .a',
        '    iframe .b',
        '- label (critical, 1 element): Form elements must have labels <https://dequeuniversity.com/rules/axe/4.14/color-contrast>',
        '    #x',
      ].join('\n'),
    );
  });

  it('lists at most MAX_TARGETS elements of a rule and counts the rest', () => {
    const targets = Array.from({ length: MAX_TARGETS + 3 }, (_, i) => `.n${i}`);
    const lines = describeViolations([rule({ targets, impact: null })]).split('\n');
    expect(lines[0]).toContain(`(no impact, ${MAX_TARGETS + 3} elements)`);
    expect(lines).toHaveLength(1 + MAX_TARGETS + 1);
    expect(lines.at(-1)).toBe('    … and 3 more');
  });
});
