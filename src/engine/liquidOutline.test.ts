import fc from 'fast-check';
import { Drop, Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { createFlowLiquid } from '../domain/workflow/liquid';
import { outlineOf, renderOutline } from './liquidOutline';
import { FieldRenderer } from './liquidRender';

/** The engine's Liquid setup (liquidRender.ts). */
const liquid = createFlowLiquid({ strictVariables: true, ownPropertyOnly: true });

/** What liquidjs makes of the template: its text, or its error's message. */
function byLiquidjs(template: string, data: Record<string, unknown>): { text: string } | { error: string } {
  try {
    return { text: String(liquid.renderSync(liquid.parse(template), data)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function outline(template: string) {
  return outlineOf(liquid.parse(template), liquid);
}

class Product extends Drop {
  readonly title = 'Strap';
  override liquidMethodMissing(key: string): string {
    return `missing ${key}`;
  }
}

const data: Record<string, unknown> = {
  trigger: { rating: 2, product_id: '8000001', text: 'Strap broke', ok: true, none: null, gone: undefined, list: ['a', 'b'], nested: { deep: { er: 'x' } } },
  customer: { email: 'r1@example.com', tags: ['vip'], size: 'XL', first: 'Anna', toLiquid: 'just a key' },
  drop: new Product(),
  wrapped: { toLiquid: () => ({ name: 'from toLiquid' }), name: 'own name' },
  fn: { now: () => 'called' },
  zero: -0,
};

describe('liquid outlines', () => {
  it('outline text and plain variables, with liquidjs’s whitespace control', () => {
    expect(outline('Low rating {{ trigger.rating }} for {{ trigger.product_id }}')).toEqual(['Low rating ', ['trigger', 'rating'], ' for ', ['trigger', 'product_id']]);
    expect(outline('a  {{- trigger["text"] -}}  b')).toEqual(['a', ['trigger', 'text'], 'b']);
    expect(outline('no Liquid')).toEqual(['no Liquid']);
  });

  it('leave out filters, tags, literals, computed keys and the specially read size, first and last', () => {
    for (const template of [
      '{{ trigger.text | upcase }}',
      '{% if trigger.ok %}x{% endif %}',
      '{{ empty }}',
      '{{ nil }}',
      '{{ "text" }}',
      '{{ 5 }}',
      '{{ empty.x }}',
      '{{ trigger[customer.email] }}',
      '{{ trigger.list.size }}',
      '{{ trigger.list.first }}',
      '{{ trigger.list.last }}',
      '{{ trigger.list[0] }}',
      '{% assign a = 1 %}{{ a }}',
    ]) {
      expect(outline(template), template).toBeUndefined();
    }
  });

  it('render as liquidjs does, or leave it to liquidjs', () => {
    const cases: [string, string | undefined][] = [
      ['{{ trigger.rating }}/{{ trigger.ok }}/{{ trigger.text }}', '2/true/Strap broke'],
      ['[{{ trigger.none }}]', '[]'],
      ['{{ zero }}', '0'],
      ['{{ trigger.nested.deep.er }}', 'x'],
      ['{{ trigger.list.length }}', '2'],
      // Each of these is liquidjs's to answer: a missing or undefined variable (an error), a
      // list, an object, a function, a Drop, toLiquid, a property of null or of a string.
      ['{{ trigger.nope }}', undefined],
      ['{{ trigger.gone }}', undefined],
      ['{{ trigger.list }}', undefined],
      ['{{ trigger.nested }}', undefined],
      ['{{ fn.now }}', undefined],
      ['{{ drop.other }}', undefined],
      ['{{ wrapped.name }}', undefined],
      ['{{ trigger.none.x }}', undefined],
      ['{{ trigger.text.length }}', undefined],
      ['{{ trigger.constructor }}', undefined],
      ['{{ customer.toLiquid }}', 'just a key'],
      // A Drop's own property reads as liquidjs reads it.
      ['{{ drop.title }}', 'Strap'],
    ];
    for (const [template, expected] of cases) {
      const shape = outline(template);
      expect(shape, template).toBeDefined();
      const quick = renderOutline(shape!, data);
      expect(quick, template).toBe(expected);
      if (quick !== undefined) expect(byLiquidjs(template, data), template).toEqual({ text: quick });
    }
  });

  it('agree with liquidjs on generated templates and data', () => {
    const name = fc.constantFrom('a', 'b', 'size', 'first', 'last', 'length', 'constructor', 'toLiquid', '0', 'x-y');
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(name, tie('v'), { maxKeys: 4 })),
    })).v;
    const path = fc.array(name, { minLength: 1, maxLength: 4 });
    const output = fc.tuple(path, fc.constantFrom('{{ # }}', '{{#}}', '{{- # -}}', '{{ # }}')).map(([p, form]) => form.replace('#', p.map((k, i) => (i === 0 || /^\w+$/.test(k) ? (i ? `.${k}` : k) : `["${k}"]`)).join('')));
    const text = fc.string().filter((s) => !/[{}%]/.test(s));
    const template = fc.array(fc.oneof(text, output), { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(template, fc.dictionary(name, value, { maxKeys: 4 }), (t, d) => {
        let parsed;
        try {
          parsed = liquid.parse(t);
        } catch {
          return;
        }
        const shape = outlineOf(parsed, liquid);
        if (!shape) return;
        const quick = renderOutline(shape, d);
        if (quick !== undefined) expect(byLiquidjs(t, d)).toEqual({ text: quick });
      }),
      { numRuns: 3000 },
    );
  });

  it('are not used by a Liquid setup that escapes or keeps output types', () => {
    expect(outlineOf(new Liquid({ outputEscape: 'escape' }).parse('{{ a }}'), new Liquid({ outputEscape: 'escape' }))).toBeUndefined();
    expect(outlineOf(new Liquid({ keepOutputType: true }).parse('{{ a }}'), new Liquid({ keepOutputType: true }))).toBeUndefined();
  });

  it('give the renderer liquidjs’s text and errors for the same template in turn', () => {
    const renderer = new FieldRenderer();
    const template = 'Rating {{ trigger.rating }} from {{ customer.email }}';
    expect(renderer.renderNow(template, data, 'Message')).toEqual({ ok: true, text: 'Rating 2 from r1@example.com' });
    expect(renderer.renderNow(template, { trigger: { rating: 4 } }, 'Message')).toEqual({ ok: false, error: 'Unknown variable customer in Message' });
    expect(renderer.renderNow(template, { trigger: { rating: 5 }, customer: { email: ['a', 'b'] } }, 'Message')).toEqual({ ok: true, text: 'Rating 5 from ab' });
    expect(renderer.renderNow(template, { trigger: { rating: 1 }, customer: { email: 'c@example.com' } }, 'Message')).toEqual({ ok: true, text: 'Rating 1 from c@example.com' });
  });
});
