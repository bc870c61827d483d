import { describe, expect, it } from 'vitest';
import { FieldRenderer } from './liquidRender';

const renderer = new FieldRenderer();
const data = {
  trigger: { rating: 5, review_text: 'Świetny plecak' },
  customer: { first_name: 'Anna', tags: ['vip', 'newsletter'] },
};

describe('FieldRenderer', () => {
  it('renders variables, filters and loops over the run data', async () => {
    expect(await renderer.render('{{ customer.first_name }} gave {{ trigger.rating }}★', data, 'Message')).toEqual({ ok: true, text: 'Anna gave 5★' });
    expect(await renderer.render('{{ trigger.review_text | upcase }}', data, 'Message')).toEqual({ ok: true, text: 'ŚWIETNY PLECAK' });
    expect(await renderer.render('{% for t in customer.tags %}#{{ t }} {% endfor %}', data, 'Tags')).toEqual({ ok: true, text: '#vip #newsletter ' });
  });

  it('fails an unknown variable in words (strict variables), naming the field', async () => {
    expect(await renderer.render('Hi {{ trigger.nope }}', data, 'Message')).toEqual({ ok: false, error: 'Unknown variable trigger.nope in Message' });
    expect(await renderer.render('{{ order.name }}', data, 'Subject')).toEqual({ ok: false, error: 'Unknown variable order in Subject' });
  });

  it('reads own properties only: prototype members are unknown variables', async () => {
    expect(await renderer.render('{{ trigger.constructor }}', data, 'Message')).toEqual({
      ok: false,
      error: 'Unknown variable trigger.constructor in Message',
    });
  });

  it('reports syntax errors and unknown filters with their place', async () => {
    const unclosed = await renderer.render('{{ trigger.rating', data, 'Message');
    expect(unclosed).toMatchObject({ ok: false, error: expect.stringMatching(/^The Liquid in Message has an error \(line 1, column 1\)/) });
    expect(await renderer.render('{{ trigger.rating | upcas }}', data, 'Message')).toMatchObject({
      ok: false,
      error: expect.stringContaining('undefined filter: upcas'),
    });
  });

  it('stops the hostile range loop at once, before allocating it', async () => {
    const started = performance.now();
    const result = await renderer.render('{% for i in (1..100000000) %}{% endfor %}', data, 'Message');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The Liquid in Message needed too much memory .* and was stopped$/) });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops a long-running loop by the render limit', async () => {
    const quick = new FieldRenderer({ parseLimit: 10_000, renderLimit: 50, memoryLimit: 1_000_000 });
    const started = performance.now();
    const result = await quick.render('{% for i in (1..10000) %}{% for j in (1..10000) %}{% endfor %}{% endfor %}', data, 'Message');
    expect(result).toEqual({ ok: false, error: 'The Liquid in Message took longer than 50 ms to render and was stopped' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a template over the parse limit', async () => {
    const small = new FieldRenderer({ parseLimit: 100, renderLimit: 200, memoryLimit: 1_000_000 });
    expect(await small.render(`{{ trigger.rating }}${'x'.repeat(200)}`, data, 'Body')).toEqual({
      ok: false,
      error: 'The Liquid in Body is too long: at most 100 characters',
    });
  });

  it('holds the rendered text to the memory limit: capture, which liquidjs does not charge, cannot grow it unbounded', async () => {
    const small = new FieldRenderer({ parseLimit: 10_000, renderLimit: 200, memoryLimit: 1000 });
    const doubled = `{% assign a = "aaaaaaaa" %}${'{% capture a %}{{ a }}{{ a }}{% endcapture %}'.repeat(8)}{{ a }}`;
    expect(await small.render(doubled, data, 'Message')).toEqual({
      ok: false,
      error: 'The Liquid in Message produced 2,048 characters, over the limit of 1,000, and was stopped',
    });
    expect(await small.render('{{ trigger.review_text }}', data, 'Message')).toEqual({ ok: true, text: 'Świetny plecak' });
  });
});
