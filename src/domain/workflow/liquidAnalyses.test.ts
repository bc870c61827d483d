import { describe, expect, it } from 'vitest';
import { analyzeLiquid } from './liquid';
import { cachedLiquidAnalysis } from './liquidAnalyses';

describe('cachedLiquidAnalysis', () => {
  it('gives the same analysis as analysing afresh, and keeps it for the same text', () => {
    const analyze = cachedLiquidAnalysis();
    const text = '{% for tag in customer.tags %}{{ tag }}{% endfor %}{{ trigger[key] }} {{ order.name }}';
    const first = analyze(text);
    expect(first).toEqual(analyzeLiquid(text));
    expect(analyze(`${text}`)).toBe(first);
    expect(analyze('{{ broken')).toEqual(analyzeLiquid('{{ broken'));
  });

  it('forgets the least recently used text first, by count and by total length', () => {
    const byCount = cachedLiquidAnalysis({ maxTexts: 2 });
    const a = byCount('{{ a }}');
    const b = byCount('{{ b }}');
    expect(byCount('{{ a }}')).toBe(a); // a is now the most recent
    byCount('{{ c }}');
    expect(byCount('{{ a }}')).toBe(a);
    expect(byCount('{{ b }}')).not.toBe(b);

    const byLength = cachedLiquidAnalysis({ maxChars: 30 });
    const long = byLength(`{{ a }}${'x'.repeat(20)}`);
    byLength(`{{ b }}${'y'.repeat(20)}`);
    expect(byLength(`{{ a }}${'x'.repeat(20)}`)).not.toBe(long);
  });

  it('does not keep a text longer than everything it may keep', () => {
    const analyze = cachedLiquidAnalysis({ maxChars: 10 });
    const text = '{{ trigger.rating }}';
    expect(analyze(text)).not.toBe(analyze(text));
  });
});
