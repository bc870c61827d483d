/**
 * Evaluating a parsed query against store records. Two steps:
 * 1. `prune` drops every term whose filter the resource does not know (a
 *    NOT or a group around nothing goes too), as Shopify ignores unknown
 *    filters and returns everything they would have restricted; the names
 *    dropped are reported so callers can say so.
 * 2. `matches` decides one record (the comparisons of fields.ts).
 *
 * Values compare ignoring case. Dates: `now` is the caller's time; a date
 * without a time (`2024-06-03`) is midnight UTC for `<`/`>` and the whole UTC
 * day for `:`. A value of the wrong kind (`orders_count:many`) matches nothing.
 */
import type { StoreResource } from '../shopify/storeResources';
import { DEFAULT_FIELDS, FILTERS, type FilterField, type SearchContext } from './fields';
import type { SearchNode, TermNode } from './parse';

type Rec = Record<string, unknown>;

/** The query without terms the resource ignores, and the names of the ignored filters (in query order, once each). */
export function prune(node: SearchNode | null, resource: StoreResource): { query: SearchNode | null; ignored: string[] } {
  const ignored: string[] = [];
  const walk = (n: SearchNode): SearchNode | null => {
    if (n.kind === 'term') {
      if (n.field === undefined || Object.hasOwn(FILTERS[resource], n.field)) return n;
      if (!ignored.includes(n.field)) ignored.push(n.field);
      return null;
    }
    if (n.kind === 'not') {
      const child = walk(n.child);
      return child && { kind: 'not', child };
    }
    const children = n.children.map(walk).filter((c): c is SearchNode => c !== null);
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { kind: n.kind, children };
  };
  return { query: node && walk(node), ignored };
}

const lower = (v: unknown) => String(v).toLocaleLowerCase('en');
const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
/** Words of a text: letters and digits, lower case. */
const words = (v: unknown) => lower(v).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function compare(a: number, b: number, comparator: TermNode['comparator']): boolean {
  switch (comparator) {
    case ':':
      return a === b;
    case ':<':
      return a < b;
    case ':>':
      return a > b;
    case ':<=':
      return a <= b;
    case ':>=':
      return a >= b;
  }
}

function plainId(v: unknown): number {
  const text = String(v ?? '').trim();
  const m = /^(?:gid:\/\/shopify\/[A-Za-z]+\/)?(\d+)$/.exec(text);
  return m ? Number(m[1]) : NaN;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function matchDate(field: unknown, term: TermNode, now: string): boolean {
  const t = Date.parse(String(field));
  const value = term.value.trim();
  const q = lower(value) === 'now' ? Date.parse(now) : Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t) || Number.isNaN(q)) return false;
  if (term.comparator === ':' && DATE_ONLY.test(value)) return t >= q && t < q + 86_400_000;
  return compare(t, q, term.comparator);
}

function matchText(field: unknown, term: TermNode): boolean {
  const a = lower(field);
  const b = lower(term.value);
  if (term.prefix) return a.startsWith(b);
  if (term.comparator === ':') return a === b;
  const order = a.localeCompare(b, 'en');
  return compare(order, 0, term.comparator);
}

function matchToken(field: unknown, term: TermNode): boolean {
  if (term.quoted || term.comparator !== ':') return matchText(field, term);
  const have = words(field);
  const want = words(term.value);
  if (want.length === 0) return false;
  return want.every((w, i) => (term.prefix && i === want.length - 1 ? have.some((h) => h.startsWith(w)) : have.includes(w)));
}

/** One value of a field against a term. */
function matchOne(kind: FilterField['kind'], field: unknown, term: TermNode, now: string): boolean {
  switch (kind) {
    case 'text':
      return matchText(field, term);
    case 'token':
      return matchToken(field, term);
    case 'number': {
      const q = Number(term.value);
      return term.value.trim() !== '' && Number.isFinite(q) && typeof field === 'number' && compare(field, q, term.comparator);
    }
    case 'id': {
      const a = plainId(field);
      const q = plainId(term.value);
      return !Number.isNaN(a) && !Number.isNaN(q) && compare(a, q, term.comparator);
    }
    case 'date':
      return matchDate(field, term, now);
    case 'boolean':
      return (lower(term.value) === 'true' || lower(term.value) === 'false') && term.comparator === ':' && String(field) === lower(term.value);
    case 'tags':
    case 'tags_not': {
      const wanted = term.value.split(',').map((v) => v.trim()).filter(Boolean);
      return wanted.some((value) => matchText(field, { ...term, value }));
    }
  }
}

function matchTerm(term: TermNode, record: Rec, resource: StoreResource, ctx: SearchContext, now: string): boolean {
  if (term.field === undefined) {
    const values = DEFAULT_FIELDS[resource](record).filter(present);
    if (term.exists) return true;
    if (term.quoted) return values.some((v) => lower(v).includes(lower(term.value)));
    return values.length > 0 && words(term.value).every((w, i, all) =>
      values.some((v) => words(v).some((h) => (term.prefix && i === all.length - 1 ? h.startsWith(w) : h === w))),
    );
  }
  const filter = FILTERS[resource][term.field]!;
  const raw = filter.read(record, ctx);
  const values = (Array.isArray(raw) ? raw : [raw]).filter(present);
  if (term.exists) return filter.kind === 'tags_not' ? values.length === 0 : values.length > 0;
  const any = values.some((v) => matchOne(filter.kind, v, term, now));
  return filter.kind === 'tags_not' ? !any : any;
}

/** Whether a record matches a pruned query (null matches everything). */
export function matches(node: SearchNode | null, record: Rec, resource: StoreResource, ctx: SearchContext, now: string): boolean {
  if (node === null) return true;
  switch (node.kind) {
    case 'and':
      return node.children.every((c) => matches(c, record, resource, ctx, now));
    case 'or':
      return node.children.some((c) => matches(c, record, resource, ctx, now));
    case 'not':
      return !matches(node.child, record, resource, ctx, now);
    case 'term':
      return matchTerm(node, record, resource, ctx, now);
  }
}
