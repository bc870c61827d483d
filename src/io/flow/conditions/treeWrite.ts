/**
 * Writing a condition as the condition tree of a `.flow` export (FORMAT.md
 * §9 [X]): the inverse of treeRead.ts. Deterministic, so two exports of the
 * same workflow are the same text: uuids are numbered in the order the
 * nodes are written (`00000000-0000-4000-8000-000000000001`…), not random.
 * Literals are written as text, as the exports seen do, with the
 * `value_type` the condition kept or the one its literal implies [I].
 */
import type { FlowCondition, FlowValue } from './ast';
import { ARRAY, COMPARISON, ENVIRONMENT, impliedValueType, LITERAL, LOGICAL, TREE_JOINS, TREE_QUANTIFIERS } from './treeShape';

type TreeNode = Record<string, unknown>;

/** The condition as a `.flow` export's tree (a JSON value; the `condition` field holds its JSON text). */
export function writeConditionTree(ast: FlowCondition): unknown {
  let count = 0;
  const uuid = () => `00000000-0000-4000-8000-${(++count).toString(16).padStart(12, '0')}`;
  const withParent = (node: TreeNode, parent: string | undefined): TreeNode => (parent === undefined ? node : { ...node, parent_uuid: parent });

  const environment = (path: string, parent: string, full: boolean): TreeNode => ({
    uuid: uuid(),
    parent_uuid: parent,
    value: path,
    comparison_value_type: ENVIRONMENT,
    ...(full ? { full_environment_path: path } : {}),
  });
  const rhsNode = (rhs: FlowValue | undefined, parent: string): TreeNode => {
    if (rhs?.kind === 'path') return environment(rhs.path, parent, true);
    const value = rhs === undefined ? '' : rhs.kind === 'string' ? rhs.value : String(rhs.value);
    return { uuid: uuid(), parent_uuid: parent, value, comparison_value_type: LITERAL };
  };

  /** The root and a quantifier's operation: always a LogicalExpression; anything else is wrapped as its single lhs. */
  const wrapper = (node: FlowCondition, parent: string | undefined): TreeNode => {
    if (node.kind === 'logical' && node.items.length > 1) return write(node, parent);
    const id = uuid();
    return withParent({ uuid: id, lhs: write(node, id), operator: TREE_JOINS.and, operation_type: LOGICAL }, parent);
  };

  const chain = (join: 'and' | 'or', items: FlowCondition[], parent: string | undefined): TreeNode => {
    const id = uuid();
    const [first, ...rest] = items;
    const node: TreeNode = { uuid: id, lhs: write(first!, id), operator: TREE_JOINS[join], operation_type: LOGICAL };
    if (rest.length > 0) node.rhs = rest.length === 1 ? write(rest[0]!, id) : chain(join, rest, id);
    return withParent(node, parent);
  };

  const write = (node: FlowCondition, parent: string | undefined): TreeNode => {
    switch (node.kind) {
      case 'logical':
        return chain(node.join, node.items, parent);
      case 'comparison':
      case 'test': {
        const id = uuid();
        const rhs = node.kind === 'comparison' ? node.rhs : undefined;
        return withParent(
          {
            uuid: id,
            lhs: environment(node.lhs, id, true),
            rhs: rhsNode(rhs, id),
            value_type: node.valueType ?? impliedValueType(rhs),
            operator: node.operator,
            operation_type: COMPARISON,
          },
          parent,
        );
      }
      case 'quantifier': {
        const id = uuid();
        return withParent(
          {
            uuid: id,
            array_path: environment(node.list, id, false),
            array_item_key: { uuid: uuid(), parent_uuid: id, value: node.item, comparison_value_type: LITERAL },
            operation: wrapper(node.body, id),
            operator: TREE_QUANTIFIERS[node.quantifier],
            operation_type: ARRAY,
          },
          parent,
        );
      }
    }
  };

  return wrapper(ast, undefined);
}
