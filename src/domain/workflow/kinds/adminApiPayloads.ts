/**
 * The shapes of the Admin API responses the sandbox gives, as later steps
 * read them: Flow binds a Send Admin API request step's variable
 * (`sendAdminApiRequest`) to the mutation's payload, so a step after
 * `tagsAdd` reads `sendAdminApiRequest.node.id` and one after
 * `orderUpdate` reads `sendAdminApiRequest.order.note` (FORMAT.md §10, §13:
 * "chain with sendAdminApiRequest.calculatedOrder.id"). These mirror what
 * src/engine/adminApi answers (its tests pin the payloads); a mutation the
 * sandbox doesn't simulate has a response nobody typed (JSON), so any path
 * under it is accepted, as Flow's would be.
 */
import { TEXT_LIST } from '../../catalog/dataTypes';
import type { LocalizedText } from '../../catalog/manifest';
import type { AdminMutationName } from '../../shopify/adminMutations';
import type { Shape, ShapeField } from '../shapes';

const TEXT: Shape = { kind: 'value', type: 'single_line_text_field' };
const NOTE: Shape = { kind: 'value', type: 'multi_line_text_field' };
const TAGS: Shape = { kind: 'value', type: TEXT_LIST };

const field = (key: string, en: string, pl: string, shape: Shape): ShapeField => ({ key, label: { en, pl }, shape });
const id = field('id', 'ID', 'ID', TEXT);
const tags = field('tags', 'Tags', 'Tagi', TAGS);
const note = field('note', 'Note', 'Notatka', NOTE);
const updatedAt = field('updatedAt', 'Updated at', 'Data aktualizacji', TEXT);
const email = field('email', 'Email', 'E-mail', TEXT);

/** Shopify's UserError: the input field's path, a message, and (metafieldsSet) a code. */
const userErrors = field('userErrors', 'User errors', 'Błędy danych', {
  kind: 'records',
  fields: [field('field', 'Field', 'Pole', TAGS), field('message', 'Message', 'Komunikat', TEXT), field('code', 'Code', 'Kod', TEXT)],
});

const record = (fields: ShapeField[]): Shape => ({ kind: 'record', fields });
const payload = (...fields: ShapeField[]): Shape => record([...fields, userErrors]);
const node = field('node', 'Tagged object', 'Otagowany obiekt', record([id]));

const PAYLOADS: Readonly<Record<AdminMutationName, Shape>> = {
  tagsAdd: payload(node),
  tagsRemove: payload(node),
  orderUpdate: payload(field('order', 'Order', 'Zamówienie', record([id, field('name', 'Name', 'Nazwa', TEXT), email, note, tags, updatedAt]))),
  customerUpdate: payload(
    field(
      'customer',
      'Customer',
      'Klient',
      record([id, email, field('firstName', 'First name', 'Imię', TEXT), field('lastName', 'Last name', 'Nazwisko', TEXT), field('phone', 'Phone', 'Telefon', TEXT), note, tags, updatedAt]),
    ),
  ),
  productUpdate: payload(
    field(
      'product',
      'Product',
      'Produkt',
      record([
        id,
        field('title', 'Title', 'Tytuł', TEXT),
        field('handle', 'Handle', 'Uchwyt', TEXT),
        field('vendor', 'Vendor', 'Dostawca', TEXT),
        field('productType', 'Product type', 'Typ produktu', TEXT),
        field('status', 'Status', 'Status', TEXT),
        tags,
        updatedAt,
      ]),
    ),
  ),
  metafieldsSet: payload(
    field('metafields', 'Metafields', 'Metapola', {
      kind: 'records',
      fields: [
        field('namespace', 'Namespace', 'Przestrzeń nazw', TEXT),
        field('key', 'Key', 'Klucz', TEXT),
        field('type', 'Type', 'Typ', TEXT),
        field('value', 'Value', 'Wartość', TEXT),
        field('ownerType', 'Owner type', 'Typ właściciela', TEXT),
        updatedAt,
      ],
    }),
  ),
};

const UNTYPED: Shape = { kind: 'json' };

/** The shape of a mutation's payload as later steps read it (JSON nobody typed for a mutation the sandbox lacks). */
export function adminPayloadShape(mutation: string): Shape {
  return Object.hasOwn(PAYLOADS, mutation) ? PAYLOADS[mutation as AdminMutationName] : UNTYPED;
}

/** The name of what a Send Admin API request step provides, for problems that point at it. */
export const ADMIN_API_NAME: LocalizedText = { en: 'Send Admin API request', pl: 'Wyślij żądanie Admin API' };

/** The first single value of a mutation's payload, as a path (`node.id`, `order.id`), to show how later steps read it; undefined when there is none outside lists. */
export function payloadExamplePath(mutation: string): string | undefined {
  const walk = (shape: Shape, prefix: string): string | undefined => {
    if (shape.kind !== 'record') return undefined;
    for (const f of shape.fields) {
      if (f.shape.kind === 'value' && f.shape.type !== TEXT_LIST) return `${prefix}${f.key}`;
      const inner = walk(f.shape, `${prefix}${f.key}.`);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(adminPayloadShape(mutation.trim()), '');
}
