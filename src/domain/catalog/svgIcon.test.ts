import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_MAX_LENGTH, svgIconDataUrl, svgIconProblem } from './svgIcon';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';

describe('a custom app SVG icon', () => {
  it('is accepted when it draws with shapes, groups, gradients and local references', () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg ${NS} ${XLINK} viewBox="0 0 24 24" width="24" height="24">
  <title>Parcel</title>
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#0a7"/><stop offset="1" stop-color="#07a"/></linearGradient>
    <linearGradient id="h" xlink:href="#g"/>
    <clipPath id="c"><circle cx="12" cy="12" r="11"/></clipPath>
  </defs>
  <g clip-path="url(#c)" style="fill: url('#g')"><rect width="24" height="24" fill="url(#h)"/><path d="M4 4h16v16H4z" fill="none" stroke="#fff"/></g>
</svg>`;
    expect(svgIconProblem(svg)).toBeUndefined();
  });

  it.each([
    ['a script element', `<svg ${NS}><script>alert(1)</script></svg>`, 'the SVG has a <script> element'],
    ['a foreignObject', `<svg ${NS}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>`, 'the SVG has a <foreignObject> element'],
    ['an onload handler', `<svg ${NS} onload="alert(1)"/>`, 'the SVG has an event handler attribute onload on <svg>'],
    ['an upper-case handler', `<svg ${NS}><rect ONCLICK="alert(1)"/></svg>`, 'the SVG has an event handler attribute ONCLICK on <rect>'],
    ['an external image', `<svg ${NS} ${XLINK}><image xlink:href="https://evil.example/x.png"/></svg>`, 'the SVG has a <image> element'],
    ['a javascript: href on a gradient', `<svg ${NS}><linearGradient href="javascript:alert(1)"/></svg>`, "the SVG's href on <linearGradient> points outside the icon"],
    ['an external xlink:href', `<svg ${NS} ${XLINK}><linearGradient xlink:href="https://evil.example/g.svg#g"/></svg>`, "the SVG's xlink:href on <linearGradient> points outside the icon"],
    ['an external url() in fill', `<svg ${NS}><rect fill="url(https://evil.example/p.svg#p)"/></svg>`, "the SVG's fill on <rect> has url() pointing outside the icon"],
    ['an external url() in style', `<svg ${NS}><rect style="fill:url( 'https://evil.example/a' )"/></svg>`, "the SVG's style on <rect> has url() pointing outside the icon"],
    ['a CSS import in style', `<svg ${NS}><rect style="@import 'x.css'"/></svg>`, "the SVG's style on <rect> has CSS an icon must not use"],
    ['a style sheet', `<svg ${NS}><style>rect{fill:url(https://evil.example)}</style></svg>`, 'the SVG has a <style> element'],
    ['a link', `<svg ${NS}><a href="#x"><rect/></a></svg>`, 'the SVG has a <a> element'],
    ['an animation that could change an href', `<svg ${NS}><set attributeName="href" to="javascript:alert(1)"/></svg>`, 'the SVG has a <set> element'],
    ['a use element', `<svg ${NS}><use href="#a"/></svg>`, 'the SVG has a <use> element'],
    ['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg ${NS}>&a;</svg>`, 'the SVG has a DOCTYPE, which an icon must not have'],
    ['a processing instruction', `<?xml-stylesheet href="https://evil.example/x.css"?><svg ${NS}/>`, 'the SVG has a processing instruction <?xml-stylesheet?>'],
    ['an HTML root', '<html><body><svg/></body></html>', 'the icon must be an <svg> element in the SVG namespace (xmlns="http://www.w3.org/2000/svg")'],
    ['an svg without its namespace', '<svg onload="alert(1)"/>', 'the icon must be an <svg> element in the SVG namespace (xmlns="http://www.w3.org/2000/svg")'],
    ['an element of another namespace', `<svg ${NS}><x:script xmlns:x="http://www.w3.org/1999/xhtml"/></svg>`, 'the SVG has an element <x:script> outside the SVG namespace'],
  ])('is refused when it has %s', (_what, svg, reason) => {
    expect(svgIconProblem(svg)).toBe(reason);
  });

  it('is refused when it is not well-formed XML, with the parser saying why', () => {
    expect(svgIconProblem(`<svg ${NS}><rect></svg>`)).toMatch(/^the SVG is not well-formed XML: /);
    expect(svgIconProblem('')).toMatch(/^the (SVG is not well-formed XML|icon has no <svg> element)/);
  });

  it('is refused when longer than the size limit, before it is parsed', () => {
    const big = `<svg ${NS}>${'<rect/>'.repeat(ICON_MAX_LENGTH / 7)}</svg>`;
    expect(big.length).toBeGreaterThan(ICON_MAX_LENGTH);
    expect(svgIconProblem(big)).toBe(`the SVG is longer than ${ICON_MAX_LENGTH} characters`);
  });

  it('becomes a data: URL that carries it whole, escaped', () => {
    const svg = `<svg ${NS}><rect fill="#0a7"/></svg>`;
    const url = svgIconDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toMatch(/[<>"#]/);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
  });
});

describe('the hostile SVG corpus the XSS journey imports', () => {
  const corpus = JSON.parse(readFileSync('test/fixtures/hostile-svg/icons.json', 'utf8')) as { svg: string; reason: string }[];
  it.each(corpus.map((c) => [c.reason, c.svg] as const))('is refused: %s', (reason, svg) => {
    expect(svgIconProblem(svg)).toBe(reason);
  });
});
