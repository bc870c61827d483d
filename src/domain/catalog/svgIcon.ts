/**
 * A custom app's own icon: a small SVG document carried in its manifest
 * (`icon`). It is parsed with a real XML parser (saxes: strict, namespace
 * aware, no DOM needed, so the domain stays free of the browser) and refused,
 * never repaired, unless every element and attribute is in a safe subset:
 * shapes, groups, gradients and clip paths; no script, no foreignObject, no
 * style sheets, no links or images, no animation (which can change an href),
 * no event handler attributes, and no reference that leaves the icon
 * (href / xlink:href other than "#id", url() other than url(#id)), no DOCTYPE
 * (entity expansion) and at most ICON_MAX_LENGTH characters. The UI draws an
 * accepted icon as an <img> from a data: URL, where even an SVG that slipped
 * through could neither run a script nor load anything.
 */
import { SaxesParser } from 'saxes';
import { provideSvgIconCheck } from './svgIconCheck';

export { svgIconDataUrl } from './svgIconCheck';

/** The longest icon accepted, in characters: an icon, not a picture. */
export const ICON_MAX_LENGTH = 8192;

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The elements an icon may use: drawing, grouping, gradients, clipping and its accessible text. */
const ALLOWED_ELEMENTS = new Set([
  'svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon',
  'defs', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'title', 'desc',
]);

/** A reference inside the icon itself: "#id". */
const LOCAL_REF = /^#[A-Za-z_][\w.-]*$/;

/** Stops the parse at the first problem. */
class Refused extends Error {}

/** Why an attribute is refused, or undefined when it is safe. */
function attributeProblem(element: string, name: string, local: string, uri: string, value: string): string | undefined {
  if (/^on/i.test(local)) return `the SVG has an event handler attribute ${name} on <${element}>`;
  if (local === 'href' && (uri === '' || uri === XLINK_NS) && !LOCAL_REF.test(value.trim())) {
    return `the SVG's ${name} on <${element}> points outside the icon`;
  }
  for (const match of value.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    if (!LOCAL_REF.test((match[2] ?? '').trim())) return `the SVG's ${name} on <${element}> has url() pointing outside the icon`;
  }
  if (/@import|expression\s*\(|\\/i.test(value) && local === 'style') return `the SVG's style on <${element}> has CSS an icon must not use`;
  return undefined;
}

/**
 * Checks a custom app's SVG icon. Returns undefined when the icon is
 * accepted, else the reason in plain words ("the SVG has a <script> element"),
 * which the manifest schema reports at the path `icon`.
 */
export function svgIconProblem(svg: string): string | undefined {
  if (svg.length > ICON_MAX_LENGTH) return `the SVG is longer than ${ICON_MAX_LENGTH} characters`;
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let sawRoot = false;
  const refuse = (reason: string): never => {
    throw new Refused(reason);
  };
  parser.on('doctype', () => refuse('the SVG has a DOCTYPE, which an icon must not have'));
  parser.on('processinginstruction', (pi) => refuse(`the SVG has a processing instruction <?${pi.target}?>`));
  parser.on('opentag', (tag) => {
    const name = tag.local ?? tag.name;
    if (depth === 0) {
      if (name !== 'svg' || tag.uri !== SVG_NS) refuse(`the icon must be an <svg> element in the SVG namespace (xmlns="${SVG_NS}")`);
      sawRoot = true;
    }
    if (tag.uri !== SVG_NS) refuse(`the SVG has an element <${tag.name}> outside the SVG namespace`);
    if (!ALLOWED_ELEMENTS.has(name)) refuse(`the SVG has a <${name}> element`);
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === 'string') continue;
      const problem = attributeProblem(name, attribute.name, attribute.local, attribute.uri, attribute.value);
      if (problem) refuse(problem);
    }
    if (!tag.isSelfClosing) depth++;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
  });
  parser.on('error', (error) => refuse(`the SVG is not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`));
  try {
    parser.write(svg).close();
  } catch (error) {
    if (error instanceof Refused) return error.message;
    throw error;
  }
  return sawRoot ? undefined : 'the icon has no <svg> element';
}

// Loading this module is what lets the manifest schema check icons (svgIconCheck.ts).
provideSvgIconCheck(svgIconProblem);
