/** A stable hash of text, for simulated values that must be the same on every run and machine. */

/** FNV-1a, 32 bits: the same number for the same text, everywhere. Not for anything secret. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
