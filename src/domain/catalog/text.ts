/**
 * The two schemas every part of the catalog names things with: ids (slugs)
 * and texts in English and Polish. Apart from the manifest's schema
 * (manifest.ts, which re-exports them) so that the catalog's index
 * (catalogIndex.ts, on the first page) checks its names without it.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: stable ids that survive renames and translations. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "send-message"');

/** A text in English (our own words) and Polish (the seed's wording where it has one). */
export const LocalizedText = z.strictObject({
  en: z.string().trim().min(1, 'English text is missing'),
  pl: z.string().trim().min(1, 'Polish text is missing'),
});
export type LocalizedText = z.infer<typeof LocalizedText>;
