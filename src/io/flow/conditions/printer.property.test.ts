/**
 * The printer and the parser agree: any condition prints to a text that
 * parses back to the same condition, and printing is canonical (the printed
 * text of a parsed text is a fixed point).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowCondition } from '../../../../test/fixtures/flow/conditionArbitraries';
import { parseFlowCondition } from './parser';
import { printFlowCondition } from './printer';

describe('printFlowCondition / parseFlowCondition', () => {
  it('parse(print(ast)) is ast', () => {
    fc.assert(
      fc.property(flowCondition, (ast) => {
        const text = printFlowCondition(ast);
        expect(parseFlowCondition(text)).toEqual({ ok: true, ast });
      }),
      { numRuns: 400 },
    );
  });

  it('print(parse(text)) is canonical: printing it again and re-parsing changes nothing', () => {
    fc.assert(
      fc.property(flowCondition, fc.constantFrom(' ', '\n', '\t  '), (ast, space) => {
        // The same condition written loosely: extra whitespace around every parenthesis.
        // Only outside quoted text: the strings' own parentheses are values.
        const loose = printFlowCondition(ast)
          .split(/('(?:\\.|[^'\\])*')/)
          .map((part, i) => (i % 2 === 1 ? part : part.replace(/([()])/g, `${space}$1${space}`)))
          .join('');
        const parsed = parseFlowCondition(loose);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const canonical = printFlowCondition(parsed.ast);
        expect(canonical).toBe(printFlowCondition(ast));
      }),
      { numRuns: 200 },
    );
  });
});
