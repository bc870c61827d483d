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
    const result = await renderer.render('{% for i in (1..100000000) %}{% endfor %}', data, 'Message');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The Liquid in Message needed too much memory .* and was stopped$/) });
  });

  it('stops nested loops by counting their iterations, not by the clock', async () => {
    const counted = new FieldRenderer({ parseLimit: 10_000, memoryLimit: 1_000_000, loopLimit: 1_000 });
    // 1 + 10 × (1 + 50 × 1) = 511 units of work: under the budget.
    const fits = '{% for i in (1..10) %}{% for j in (1..50) %}{% endfor %}{% endfor %}';
    expect(await counted.render(fits, data, 'Message')).toEqual({ ok: true, text: '' });
    // 10 × (1 + 100) = 1,010 units: over it, however fast the machine is.
    const over = '{% for i in (1..10) %}{% for j in (1..100) %}{% endfor %}{% endfor %}';
    expect(await counted.render(over, data, 'Message')).toEqual({
      ok: false,
      error: 'The Liquid in Message ran its loops too many times (over 1,000 units of work) and was stopped',
    });
  });

  it('charges a longer loop body more per iteration, tablerow like for, and each render afresh', async () => {
    const counted = new FieldRenderer({ parseLimit: 10_000, memoryLimit: 1_000_000, loopLimit: 300 });
    const body = 'x'.repeat(100); // 1 + 100/50 = 3 units an iteration
    expect(await counted.render(`{% for i in (1..100) %}${body}{% endfor %}`, data, 'Message')).toEqual({ ok: true, text: body.repeat(100) });
    expect(await counted.render(`{% for i in (1..101) %}${body}{% endfor %}`, data, 'Message')).toMatchObject({ ok: false });
    expect(await counted.render('{% tablerow i in (1..301) %}{% endtablerow %}', data, 'Message')).toMatchObject({
      ok: false,
      error: expect.stringContaining('ran its loops too many times'),
    });
    // The budget is per render: the cached template renders again in full.
    expect(await counted.render(`{% for i in (1..100) %}${body}{% endfor %}`, data, 'Message')).toMatchObject({ ok: true });
  });

  it('keeps break and continue working inside counted loops', async () => {
    const text = '{% for i in (1..5) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}{{ i }}{% endfor %}';
    expect(await renderer.render(text, data, 'Message')).toEqual({ ok: true, text: '13' });
  });

  it('refuses a template over the parse limit', async () => {
    const small = new FieldRenderer({ parseLimit: 100, memoryLimit: 1_000_000, loopLimit: 200_000 });
    expect(await small.render(`{{ trigger.rating }}${'x'.repeat(200)}`, data, 'Body')).toEqual({
      ok: false,
      error: 'The Liquid in Body is too long: at most 100 characters',
    });
  });

  it('holds the rendered text to the memory limit: capture, which liquidjs does not charge, cannot grow it unbounded', async () => {
    const small = new FieldRenderer({ parseLimit: 10_000, memoryLimit: 1000, loopLimit: 200_000 });
    const doubled = `{% assign a = "aaaaaaaa" %}${'{% capture a %}{{ a }}{{ a }}{% endcapture %}'.repeat(8)}{{ a }}`;
    expect(await small.render(doubled, data, 'Message')).toEqual({
      ok: false,
      error: 'The Liquid in Message produced 2,048 characters, over the limit of 1,000, and was stopped',
    });
    expect(await small.render('{{ trigger.review_text }}', data, 'Message')).toEqual({ ok: true, text: 'Świetny plecak' });
  });
});
