/**
 * The printer of Flow's condition DSL: one canonical text per condition, so
 * `printFlowCondition(parseFlowCondition(x).ast)` is the same text for every
 * spelling of the same condition and `parseFlowCondition(print(ast))` gives
 * the AST back. Canonical form: single spaces between tokens, no space inside
 * parentheses, `(a && b)` with each side parenthesised, numbers in their
 * shortest form (`10.00` → `10`), strings in single quotes with `\` and `'`
 * escaped.
 */
import type { FlowCondition, FlowValue } from './ast';

/** The canonical DSL text of a condition, as Flow stores it in the `condition` field. */
export function printFlowCondition(ast: FlowCondition): string {
  switch (ast.kind) {
    case 'comparison':
      return `(${ast.lhs} ${ast.operator} ${printValue(ast.rhs)})`;
    case 'test':
      return `(${ast.lhs} ${ast.operator})`;
    case 'quantifier':
      return `(${ast.list} ${ast.quantifier}? |${ast.item}| ${printFlowCondition(ast.body)})`;
    case 'logical':
      return `(${ast.items.map(printFlowCondition).join(ast.join === 'and' ? ' && ' : ' || ')})`;
  }
}

/** A right-hand side as the DSL writes it. */
export function printValue(value: FlowValue): string {
  switch (value.kind) {
    case 'string':
      return `'${value.value.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;
    case 'number':
      return String(value.value);
    case 'boolean':
      return String(value.value);
    case 'path':
      return value.path;
  }
}
