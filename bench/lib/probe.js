/**
 * Injected into every benchmark page before its own scripts (Playwright's
 * addInitScript), identical for the editor and the bare page:
 *
 * - Mount: from the first frame on, each animation frame checks whether
 *   React Flow shows nodes, all of them measured (React Flow keeps a node
 *   `visibility: hidden` until it has its size), with the node count and the
 *   viewport transform unchanged for 3 frames in a row. `__bench.mountedAt`
 *   is the time of the first of those frames, in ms since navigation start.
 * - Gestures: `__bench.gesture({ kind, frames, dx, dy })` presses on the node
 *   nearest the canvas centre ("drag") or on the empty pane ("pan"), moves by
 *   (dx, dy) px once per animation frame for `frames` frames, releases, and
 *   resolves with the frame times (ms between consecutive frame callbacks)
 *   recorded while moving. Events are synthetic pointer and mouse events, the
 *   pair a browser sends, dispatched where React Flow listens.
 */
(() => {
  const bench = { mountedAt: 0, visibleNodes: 0 };
  window.__bench = bench;

  let lastKey = '';
  let since = 0;
  let stableFrames = 0;
  function watchMount() {
    const nodes = document.getElementsByClassName('react-flow__node');
    let ready = nodes.length > 0;
    for (let i = 0; ready && i < nodes.length; i++) if (nodes[i].style.visibility === 'hidden') ready = false;
    const viewport = document.querySelector('.react-flow__viewport');
    const key = ready ? `${nodes.length}|${viewport ? viewport.style.transform : ''}` : '';
    if (ready && key === lastKey) stableFrames++;
    else {
      stableFrames = ready ? 1 : 0;
      since = performance.now();
      lastKey = key;
    }
    if (stableFrames >= 3) {
      bench.mountedAt = since;
      bench.visibleNodes = nodes.length;
      return;
    }
    requestAnimationFrame(watchMount);
  }
  requestAnimationFrame(watchMount);

  function send(target, type, x, y, buttons) {
    const common = { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, button: 0, buttons };
    const pointer = type === 'down' ? 'pointerdown' : type === 'move' ? 'pointermove' : 'pointerup';
    const mouse = type === 'down' ? 'mousedown' : type === 'move' ? 'mousemove' : 'mouseup';
    target.dispatchEvent(new PointerEvent(pointer, { ...common, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
    target.dispatchEvent(new MouseEvent(mouse, common));
  }

  function centreOf(el) {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }

  bench.gesture = ({ kind, frames, dx, dy }) =>
    new Promise((resolve, reject) => {
      const flow = document.querySelector('.react-flow');
      if (!flow) return reject(new Error('no React Flow on the page'));
      const centre = centreOf(flow);
      let target;
      if (kind === 'drag') {
        let best = Infinity;
        for (const el of document.querySelectorAll('.react-flow__node')) {
          const c = centreOf(el);
          const d = (c.x - centre.x) ** 2 + (c.y - centre.y) ** 2;
          if (d < best) [best, target] = [d, el];
        }
      } else target = document.querySelector('.react-flow__pane');
      if (!target) return reject(new Error(`nothing to ${kind}`));
      const start = kind === 'drag' ? centreOf(target) : centre;
      const times = [];
      let frame = 0;
      let last = 0;
      const step = () => {
        const now = performance.now();
        if (frame > 1) times.push(now - last);
        last = now;
        if (frame === 0) send(target, 'down', start.x, start.y, 1);
        else if (frame <= frames) send(document, 'move', start.x + frame * dx, start.y + frame * dy, 1);
        else {
          send(document, 'up', start.x + frames * dx, start.y + frames * dy, 0);
          return resolve(times);
        }
        frame++;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
})();
