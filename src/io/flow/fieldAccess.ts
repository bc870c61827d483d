/**
 * Reading and writing the step property a Flow config field maps to
 * (catalog/flowTasks.ts): a plain property (`query`), an input of a trigger
 * or action (`fields.tags`), or, for `api_call`, the two properties its
 * name and blob go to. Shared by the import and the export, so both read
 * the table the same way.
 */
import type { FlowFieldMapping } from '../../domain/catalog/flowTasks';
import { sortKeysDeep } from './canonical';

type Bag = Record<string, unknown>;

/** The value a step holds for a field mapping, or undefined when it holds none. */
export function readProp(step: Bag, prop: FlowFieldMapping['prop']): unknown {
  if (typeof prop !== 'string') {
    const name = step[prop.name];
    const blob = step[prop.blob];
    return name === undefined && blob === undefined ? undefined : { name, blob };
  }
  if (prop.startsWith('fields.')) return (step.fields as Bag | undefined)?.[prop.slice(7)];
  return step[prop];
}

/** Sets a field mapping's value on a step being built. */
export function writeProp(step: Bag, prop: FlowFieldMapping['prop'], value: unknown): void {
  if (typeof prop !== 'string') {
    const call = value as { name: unknown; blob: unknown };
    step[prop.name] = call.name;
    step[prop.blob] = call.blob;
  } else if (prop.startsWith('fields.')) {
    step.fields = { ...((step.fields as Bag | undefined) ?? {}), [prop.slice(7)]: value };
  } else {
    step[prop] = value;
  }
}

/** JSON equality of two values whatever their keys' order (a decoded field is compared with the step's, to reuse the text it came as). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeysDeep(a)) === JSON.stringify(sortKeysDeep(b));
}
