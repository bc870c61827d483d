import { describe, expect, it } from 'vitest';
import { defaultPathNaming } from './conditions/paths';
import { respellLiquid } from './liquidPaths';

const toFlowbench = (t: string) => respellLiquid(t, defaultPathNaming.toFlowbench);
const toFlow = (t: string) => respellLiquid(t, defaultPathNaming.toFlow);

describe('Liquid paths between Flow and Flowbench spellings', () => {
  it('respells the data paths of outputs and tags, and nothing outside the Liquid', () => {
    expect(toFlowbench('Order {{ order.name }} for {{ order.totalPrice }} (order.totalPrice)')).toBe(
      'Order {{ order.name }} for {{ order.total_price }} (order.totalPrice)',
    );
    expect(toFlowbench('{% for li in order.lineItems %}{{ li.product.productType }}{% endfor %}')).toBe(
      '{% for li in order.line_items %}{{ li.product.product_type }}{% endfor %}',
    );
  });

  it('leaves filters, their named arguments, quoted text and lone names alone, and respells paths given as arguments', () => {
    expect(toFlowbench('{{ order.createdAt | date: "%Y order.createdAt" }}')).toBe('{{ order.created_at | date: "%Y order.createdAt" }}');
    expect(toFlowbench("{{ scheduledAt | date_minus: '1 day' }}")).toBe("{{ scheduledAt | date_minus: '1 day' }}");
    expect(toFlowbench('{% for t in order.customer.tags limit: 5 %}{{ t }}{% endfor %}')).toBe('{% for t in order.customer.tags limit: 5 %}{{ t }}{% endfor %}');
    expect(toFlowbench('{{ a | default: order.shippingAddress.firstName }}')).toBe('{{ a | default: order.shipping_address.first_name }}');
  });

  it("keeps Run code's and Admin API outputs as their scripts named them", () => {
    expect(toFlowbench('{{ runCode.loyaltyPoints }} {{ sendAdminApiRequest1.calculatedOrder.id }}')).toBe(
      '{{ runCode.loyaltyPoints }} {{ sendAdminApiRequest1.calculatedOrder.id }}',
    );
  });

  it('goes back to the same text, and keeps a path with no exact spelling as written', () => {
    const flow = 'Hi {{ order.customer.firstName }}, {{ order.line_2x }} {% if order.totalPrice > 100 %}big{% endif %}';
    const there = toFlowbench(flow);
    expect(there).toBe('Hi {{ order.customer.first_name }}, {{ order.line_2x }} {% if order.total_price > 100 %}big{% endif %}');
    expect(toFlow(there)).toBe(flow);
  });

  it('returns text with unterminated Liquid unchanged', () => {
    expect(toFlowbench('{{ order.totalPrice ')).toBe('{{ order.totalPrice ');
  });
});
