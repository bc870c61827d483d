/**
 * Shopify Flow's conditions (FORMAT.md §8, §9) for the Flow file import and
 * export: the DSL parser and printer, the export's condition tree reader and
 * writer, and the conversions to and from Flowbench's criteria. Pure: it
 * imports only the domain. docs/flow-format.md "Conditions" describes it.
 */
export * from './ast';
export * from './api';
export { parseFlowCondition, MAX_DEPTH } from './parser';
export { printFlowCondition } from './printer';
export { readConditionTree, MAX_TREE_DEPTH } from './treeRead';
export { writeConditionTree } from './treeWrite';
export { flowConditionToCriteria } from './toCriteria';
export { criteriaToFlowCondition } from './fromCriteria';
export { defaultPathNaming } from './paths';
export { FLOW_SPELLING, NOT_IN_FLOWBENCH } from './operators';
export { readConditionValue, writeConditionValue, type ConditionForm, type ReadConditionValueResult } from './field';
