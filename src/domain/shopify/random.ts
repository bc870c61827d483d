/**
 * A small seeded random generator for the store data: the same seed gives
 * the same sequence on every machine, so a store's generated data is
 * reproducible (tests pin it) while each store gets its own. mulberry32,
 * seeded with an FNV-1a hash of the store id (domain/seeded.ts); not for
 * anything secret.
 */

import { mulberry32 } from '../seeded';

export { hashText } from '../seeded';

/** The draws the generator needs. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(list: readonly T[]): T[];
}

/** A generator seeded with `seed` (mulberry32). */
export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[int(0, list.length - 1)]!;
    },
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
