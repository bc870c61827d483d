/**
 * Deterministic "randomness" for simulations: a stable hash of text and a
 * seeded generator, so the same input gives the same values on every run and
 * machine (injected failure rates, hashes in simulated replies, each store's
 * generated data). Not for anything secret.
 */

/** FNV-1a, 32 bits: the same number for the same text, everywhere. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A random number in [0, 1). */
export type Rng = () => number;

/** mulberry32: a tiny, fast seeded generator; good enough for simulations. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
