/**
 * An app's mark next to its name (palette, canvas nodes, the Organization
 * page, runs): the custom app's own SVG icon drawn as an <img> from a data:
 * URL (inert: an SVG image runs no script and loads nothing; the CSP allows
 * img-src data:), else the generated monogram on its colour, one colour per
 * theme through light-dark(). Decorative: the app's name is always beside it,
 * so it is hidden from screen readers (alt="" / aria-hidden).
 *
 * Cheap on the canvas: what a mark looks like is worked out once per manifest
 * (manifests are frozen catalog values, so a WeakMap keyed by them is
 * dropped with them and never stale) and the component is memoised.
 */
import { type CSSProperties, type ReactElement, memo } from 'react';
import { type AppMark as Mark, appMarkOf } from '../../domain/catalog/appMark';
import type { AppManifest } from '../../domain/catalog/manifest';
import { svgIconDataUrl } from '../../domain/catalog/svgIconCheck';
import { useCatalog } from '../../state/customApps';
import { drawnBefore } from './drawnText';
import { interned } from './interned';

interface MarkLook {
  mark: Mark;
  style: CSSProperties;
  /** The class drawing the monogram as a line's `::before` (`markedLine`), made on first use. */
  drawn?: string;
  iconUrl: string | undefined;
}

const looks = new WeakMap<AppManifest, MarkLook>();

function lookOf(app: AppManifest): MarkLook {
  let look = looks.get(app);
  if (!look) {
    const mark = appMarkOf(app);
    const { light, dark } = mark.colour;
    look = {
      mark,
      style: {
        background: `light-dark(${light.background}, ${dark.background})`,
        color: `light-dark(${light.text}, ${dark.text})`,
      },
      iconUrl: app.icon === undefined ? undefined : svgIconDataUrl(app.icon),
    };
    looks.set(app, look);
  }
  return look;
}

/**
 * The mark of an app as an element, for a place that renders many of them and
 * already knows the manifest (the canvas's step nodes, which get it in their
 * data: no component and no catalog subscription per node).
 */
export function appMarkElement(app: AppManifest): ReactElement {
  const look = lookOf(app);
  if (look.iconUrl) {
    return <img className="app-mark app-mark--icon" src={look.iconUrl} alt="" aria-hidden="true" data-testid="app-mark" data-app={app.id} />;
  }
  return (
    <span className="app-mark" style={look.style} aria-hidden="true" data-testid="app-mark" data-app={app.id}>
      {look.mark.monogram}
    </span>
  );
}

function drawnMark(look: MarkLook): string {
  look.drawn ??= drawnBefore(look.mark.monogram, `background:${String(look.style.background)};color:${String(look.style.color)}`, true);
  return look.drawn;
}

/**
 * A line that begins with an app's mark and goes on with `text`, in as few
 * elements as the mark allows, for the canvas's step nodes (thousands of
 * them: docs/benchmarks.md, canvas-mount): a monogram is the line's own
 * `::before` (`.app-marked` in styles.css: the box of `.app-mark`; its
 * letters and colours from a rule per monogram and colour, drawnText.ts, with
 * empty alternative text so screen readers skip it as they skip the element),
 * so the line is one element whose only child is its text; a custom app's
 * icon stays an <img> before the text. `data-testid="app-mark"` and
 * `data-app` mark whichever element carries the mark (`data-mark`: the
 * monogram drawn, for tests).
 */
export function markedLine(className: string, app: AppManifest | undefined, text: string): ReactElement {
  if (!app) return <div className={className}>{text}</div>;
  const look = lookOf(app);
  if (look.iconUrl) {
    return (
      <div className={className}>
        {appMarkElement(app)}
        {text}
      </div>
    );
  }
  return (
    <div className={interned(`${className} app-marked ${drawnMark(look)}`)} data-mark={look.mark.monogram} data-testid="app-mark" data-app={app.id}>
      {text}
    </div>
  );
}

/** The mark of an app (its icon or its monogram), hidden from assistive technology. */
export const AppMark = memo(function AppMark({ app }: { app: AppManifest }) {
  return appMarkElement(app);
});

/**
 * The mark of the app with this id in the effective catalog, or nothing when
 * the catalog has no such app (a step of an app since removed). Follows the
 * catalog, which changes only when custom apps do, so a node re-renders its
 * mark then and not otherwise.
 */
export const AppMarkOfId = memo(function AppMarkOfId({ appId }: { appId: string }) {
  const app = useCatalog().byId.get(appId);
  return app ? <AppMark app={app} /> : null;
});
