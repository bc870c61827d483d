/**
 * The types of values a workflow reads: the catalog's field types plus a
 * list of text (tags). Split from the Shopify objects so both the catalog's
 * flat view (shopifyObjects.ts) and the Shopify data model
 * (domain/shopify/model.ts) can use them without importing each other.
 */
import { type FieldFormat, type FieldType, checkFieldValue } from './fieldTypes';

/** A list of text values, like a customer's tags. Named as Shopify names list metafield types. */
export const TEXT_LIST = 'list.single_line_text_field';

/** The type of a value a workflow can read: a catalog field type, or a list of text. */
export type DataType = FieldType | typeof TEXT_LIST;

/** True for list types (today only lists of text). */
export function isListType(type: DataType): type is typeof TEXT_LIST {
  return type === TEXT_LIST;
}

/**
 * Checks one value against a data type; like {@link checkFieldValue}, it
 * returns a plain-words reason when invalid and undefined when fine.
 */
export function checkDataValue(type: DataType, value: unknown, format?: FieldFormat): string | undefined {
  if (isListType(type)) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of text';
  }
  return checkFieldValue(type, value, format);
}
