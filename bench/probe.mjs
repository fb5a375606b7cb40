// What runs in every benchmark page before its first script (Playwright init script), the same
// for every library. It records, relative to navigation start (performance.now()):
// - visibleAt: the end of the first animation frame in which the banner (`selector`) has a box
//   inside the viewport, is not display:none / visibility:hidden and no ancestor has opacity 0;
// - settledAt: the first frame in which it is also fully opaque and no animation or transition
//   runs in the document;
// - long tasks (PerformanceObserver 'longtask') and layout shifts (CLS, 'layout-shift').
// `window.__bench.ready` resolves once the load event has fired and the banner has settled (for
// the baseline page, without a banner, at the load event). It checks once per frame, with one
// querySelector and, once the banner exists, one layout read: a tiny cost, equal for all.

/** @param {string} selector CSS selector of the banner's first layer ('' for none) */
export function probe(selector) {
  const bench = {
    visibleAt: null,
    settledAt: null,
    loadAt: null,
    longTasks: [],
    cls: 0,
    shifts: [],
    shown: null,
    ready: null,
  };
  window.__bench = bench;
  let resolveReady;
  bench.ready = new Promise((resolve) => (resolveReady = resolve));

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        bench.cls += entry.value;
        bench.shifts.push([entry.startTime, entry.value]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}

  /** 0: not visible; 1: visible (maybe still fading in); 2: fully opaque. */
  const shown = (element) => {
    if (!element || !element.isConnected) return 0;
    const rect = element.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return 0;
    if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) return 0;
    if (getComputedStyle(element).visibility !== 'visible') return 0;
    let opaque = true;
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none') return 0;
      const opacity = parseFloat(style.opacity);
      if (opacity === 0) return 0;
      if (opacity < 1) opaque = false;
    }
    return opaque ? 2 : 1;
  };
  bench.shown = (sel) => shown(document.querySelector(sel));

  const finish = () => {
    if (bench.loadAt !== null && (!selector || (bench.settledAt !== null && bench.visibleAt !== null))) resolveReady();
  };
  addEventListener('load', () => {
    bench.loadAt = performance.now();
    finish();
  });

  // Posted from the animation frame that first finds the banner visible (or settled), the
  // message arrives once that frame's rendering (style, layout, paint, commit) is done: the
  // banner is on screen.
  const afterFrame = (key) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      bench[key] = performance.now();
      finish();
    };
    channel.port2.postMessage(0);
  };
  let seen = false;
  const check = () => {
    const state = shown(document.querySelector(selector));
    if (state > 0 && !seen) {
      seen = true;
      afterFrame('visibleAt');
    }
    if (state === 2 && document.getAnimations().every((animation) => animation.playState !== 'running')) {
      afterFrame('settledAt');
      return;
    }
    if (performance.now() > 30000) {
      resolveReady();
      return;
    }
    requestAnimationFrame(check);
  };
  if (selector) requestAnimationFrame(check);
}
