import { afterAll, describe, expect, it } from 'vitest';
import { cssString, drawnBefore } from './drawnText';

describe('drawnText', () => {
  it('writes letters and digits as they are and escapes everything else', () => {
    expect(cssString('Akcja 2')).toBe('"Akcja\\20 2"');
    expect(cssString('Łódź')).toBe('"Łódź"');
    expect(cssString('"};body{x:y')).toBe('"\\22 \\7d \\3b body\\7b x\\3a y"');
    expect(cssString('a\\b\n')).toBe('"a\\5c b\\a "');
  });

  describe('drawnBefore', () => {
    // The unit tests run in Node: a document with just what drawnText uses (one <style> and its sheet).
    const rules: string[] = [];
    const appended: unknown[] = [];
    const fake = {
      createElement: () => ({ dataset: {}, sheet: { insertRule: (rule: string) => rules.push(rule) } }),
      head: { append: (element: unknown) => appended.push(element) },
    };
    (globalThis as { document?: unknown }).document = fake;
    afterAll(() => {
      delete (globalThis as { document?: unknown }).document;
    });

    it('makes one rule per text and declarations, in one style sheet, drawing the text as the class\'s ::before', () => {
      const kind = drawnBefore('Action');
      expect(drawnBefore('Action')).toBe(kind);
      const mark = drawnBefore('Sh', 'color:red', true);
      expect(mark).not.toBe(kind);
      expect(drawnBefore('Sh', 'color:blue', true)).not.toBe(mark);
      expect(drawnBefore('Sh', 'color:red', false)).not.toBe(mark);
      expect(appended).toHaveLength(1);
      expect(rules).toEqual([
        `.${kind}::before{content:"Action";}`,
        `.${mark}::before{content:"Sh" / "";color:red}`,
        expect.stringContaining('color:blue'),
        expect.stringMatching(/content:"Sh";color:red\}$/),
      ]);
    });
  });
});
