/**
 * The customers of a store's generated data: unique names, e-mail
 * addresses and phone numbers, states, tags and marketing consent. Their
 * order counts, amounts spent and loyalty points are filled in once the
 * orders exist (generate.ts), so they agree with the orders.
 */
import { COUNTRIES, CUSTOMER_NOTES, CUSTOMER_TAGS, FEMALE_NAMES, MALE_NAMES, SURNAMES, feminine } from './pools';
import type { Random } from './random';
import type { CustomerRecord } from './records';
import { DAY_MS, ascii, iso, type StoreIds } from './generateProducts';

export const GENERATED_CUSTOMERS = 23;

/** Country calling codes and the length of the national number, per country of the pool. */
const PHONE_PLANS: Readonly<Record<string, { code: string; digits: number; first: string }>> = {
  PL: { code: '48', digits: 9, first: '5678' },
  DE: { code: '49', digits: 10, first: '1' },
  CZ: { code: '420', digits: 9, first: '67' },
  SK: { code: '421', digits: 9, first: '9' },
  GB: { code: '44', digits: 10, first: '7' },
};

function phoneFor(rng: Random, country: string): string {
  const plan = PHONE_PLANS[country] ?? PHONE_PLANS.PL!;
  let digits = rng.pick([...plan.first]);
  while (digits.length < plan.digits) digits += String(rng.int(0, 9));
  return `+${plan.code}${digits}`;
}

/** A customer-to-be: the record plus whether it earns loyalty points (a metafield filled in later). */
export interface DraftCustomer {
  record: CustomerRecord;
  loyalty: boolean;
}

/** The generated customers (the sample customer is added by generate.ts). */
export function generateCustomers(rng: Random, ids: StoreIds, nowMs: number, taken: ReadonlySet<string>): DraftCustomer[] {
  const names = new Set<string>();
  const emails = new Set<string>(taken);
  const states = rng.shuffle<CustomerRecord['state']>([
    'invited',
    'invited',
    'disabled',
    ...Array<CustomerRecord['state']>(GENERATED_CUSTOMERS - 3).fill('enabled'),
  ]);
  const out: DraftCustomer[] = [];
  for (let i = 0; i < GENERATED_CUSTOMERS; i++) {
    let first: string;
    let last: string;
    do {
      const female = rng.chance(0.5);
      first = rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
      const surname = rng.pick(SURNAMES);
      last = female ? feminine(surname) : surname;
    } while (names.has(`${first} ${last}`));
    names.add(`${first} ${last}`);
    const local = `${ascii(first)}.${ascii(last)}`.toLowerCase();
    let email = `${local}@example.${rng.pick(['pl', 'com'])}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@example.pl`;
    emails.add(email);
    const country = rng.pick(COUNTRIES);
    const tags = CUSTOMER_TAGS.filter((tag) => tag !== 'returning' && rng.chance(tag === 'newsletter' ? 0.5 : 0.12));
    const created = nowMs - rng.int(100, 800) * DAY_MS - rng.int(0, 1439) * 60_000;
    out.push({
      loyalty: rng.chance(0.65),
      record: {
        id: ids.customer(i),
        email,
        first_name: first,
        last_name: last,
        phone: rng.chance(0.8) ? phoneFor(rng, country) : '',
        state: states[i]!,
        tags,
        note: rng.chance(0.15) ? rng.pick(CUSTOMER_NOTES) : '',
        orders_count: 0,
        total_spent: 0,
        accepts_marketing: tags.includes('newsletter') || rng.chance(0.3),
        country,
        created_at: iso(created),
        updated_at: iso(created),
        metafields: [],
      },
    });
  }
  return out;
}
