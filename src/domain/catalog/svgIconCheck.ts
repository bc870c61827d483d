/**
 * The custom-app icon check as the manifest schema (manifest.ts) calls it,
 * without its XML parser: svgIcon.ts (with saxes) provides the check when it
 * loads. The first page reads the stored custom apps before its first render,
 * and most users have none with an icon, so the parser is loaded only when
 * one is about to be checked: by `loadSvgIconCheck` (the custom-app store
 * before reading icons, the custom-app import) or by a static import of
 * svgIcon.ts (the file import, the engine's worker protocol).
 *
 * Until it is loaded an icon is refused, never let through unchecked.
 */

/** Why an icon is refused, or undefined when it is accepted. */
export type SvgIconCheck = (svg: string) => string | undefined;

let provided: SvgIconCheck | undefined;

/** Called by svgIcon.ts as it loads. */
export function provideSvgIconCheck(check: SvgIconCheck): void {
  provided = check;
}

/** Whether icons can be checked now. */
export function svgIconCheckLoaded(): boolean {
  return provided !== undefined;
}

/** Loads the icon check (svgIcon.ts and saxes, a lazy chunk). */
export async function loadSvgIconCheck(): Promise<void> {
  if (!provided) await import('./svgIcon');
}

/** Why the icon is refused, or undefined when it is accepted; refused while the check is not loaded. */
export function svgIconProblem(svg: string): string | undefined {
  return provided ? provided(svg) : 'the icon could not be checked (its checker is not loaded yet); try again';
}

/** An accepted icon as a data: URL for an <img> (the production CSP allows img-src data:). */
export function svgIconDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
