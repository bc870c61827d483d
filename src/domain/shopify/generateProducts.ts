/**
 * The catalogue part of a store's generated data: products with variants,
 * inventory and statuses, drawn from the pools with the store's seeded
 * generator; and the small helpers the rest of the generator shares (ids,
 * times, text). See generate.ts for the whole store.
 */
import { PRESALE_PRODUCTS, REGULAR_PRODUCTS, type PoolProduct } from './pools';
import type { Random } from './random';
import type { ProductRecord } from './records';

export const DAY_MS = 86_400_000;

/** ISO time without milliseconds, UTC (`2024-06-03T08:15:00Z`). */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The text without diacritics (ł included), for e-mail addresses, handles and SKUs. */
export function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

function handleOf(title: string): string {
  return ascii(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Ids of one store's generated objects: a store-specific block of four
 * digits after a prefix per type, never equal to a sample (anchor) id.
 */
export function idsFor(hash: number) {
  const block = String(1000 + (hash % 8000));
  return {
    customer: (i: number) => `7${block}${pad(i + 1, 5)}`,
    order: (i: number) => `5${block}${pad(i + 1, 5)}`,
    product: (i: number) => `8${block}${pad(i + 1, 5)}`,
    variant: (n: number) => `44${block}${pad(n + 1, 5)}`,
    lineItem: (n: number) => `13${block}${pad(n + 1, 5)}`,
    draftOrder: (i: number) => `10${block}${pad(i + 1, 4)}`,
  };
}
export type StoreIds = ReturnType<typeof idsFor>;

/** How many products a store gets besides the two samples: some on presale, the rest in stock. */
export const GENERATED_PRESALE = 2;
export const GENERATED_REGULAR = 10;

function skuOf(title: string, variantIndex: number): string {
  const code = ascii(title)
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z0-9]/g, '').slice(0, 3).toUpperCase())
    .filter(Boolean)
    .slice(0, 3)
    .join('-');
  return `${code}-${variantIndex + 1}`;
}

/**
 * The store's products: two presale products and ten in stock, shuffled; of
 * those in stock one is a draft and one archived. Presale products have no
 * inventory and a `custom.ships_on` date metafield.
 */
export function generateProducts(rng: Random, ids: StoreIds, nowMs: number): ProductRecord[] {
  const presale = rng.shuffle(PRESALE_PRODUCTS).slice(0, GENERATED_PRESALE);
  const regular = rng.shuffle(REGULAR_PRODUCTS).slice(0, GENERATED_REGULAR);
  const status = (pool: PoolProduct): ProductRecord['status'] =>
    pool === regular.at(-1) ? 'archived' : pool === regular.at(-2) ? 'draft' : 'active';
  let variantCount = 0;
  return rng.shuffle([...presale, ...regular]).map((pool, i): ProductRecord => {
    const isPresale = presale.includes(pool);
    const variants = pool.variants.map((title, k) => ({
      id: ids.variant(variantCount++),
      title,
      sku: skuOf(pool.title, k),
      price: pool.price,
      inventory_quantity: isPresale || rng.chance(0.15) ? 0 : rng.int(1, 40),
    }));
    const created = nowMs - rng.int(120, 400) * DAY_MS - rng.int(0, 1439) * 60_000;
    const updated = Math.min(nowMs, created + rng.int(1, 60) * DAY_MS);
    return {
      id: ids.product(i),
      title: pool.title,
      handle: handleOf(pool.title),
      vendor: pool.vendor,
      product_type: pool.type,
      status: status(pool),
      tags: [...pool.tags],
      total_inventory: variants.reduce((sum, v) => sum + v.inventory_quantity, 0),
      created_at: iso(created),
      updated_at: iso(updated),
      variants,
      metafields: isPresale
        ? [{ namespace: 'custom', key: 'ships_on', type: 'date', value: iso(nowMs + rng.int(20, 60) * DAY_MS).slice(0, 10) }]
        : [],
    };
  });
}
