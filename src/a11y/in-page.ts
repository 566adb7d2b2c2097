/**
 * Measurements that run inside the page. They are plain JavaScript source, not TypeScript
 * functions handed to `page.evaluate`: a transpiler that adds helpers (esbuild's `__name` under
 * tsx or vitest) would break a serialised function in the browser, a string cannot be rewritten.
 */

/** `cssPath(el)`: a short selector for a report message (id, or tag:nth-of-type steps below the nearest id). */
const CSS_PATH = `
function cssPath(el) {
  var steps = [];
  var node = el;
  while (node && node.nodeType === 1 && steps.length < 6) {
    if (node.id) { steps.unshift('#' + CSS.escape(node.id)); break; }
    var tag = node.nodeName.toLowerCase();
    if (tag === 'html' || tag === 'body') { steps.unshift(tag); break; }
    var index = 1, same = 0, sib = node.parentElement ? node.parentElement.firstElementChild : null;
    for (; sib; sib = sib.nextElementSibling) {
      if (sib.nodeName === node.nodeName) { same++; if (sib === node) index = same; }
    }
    steps.unshift(same > 1 ? tag + ':nth-of-type(' + index + ')' : tag);
    node = node.parentElement;
  }
  return steps.join(' > ');
}`;

export interface LineHeightSample {
  selector: string;
  tag: string;
  fontSize: number;
  lineHeight: number;
  ratio: number;
  /** True when the computed value was `normal` and the height was measured from a probe line. */
  normal: boolean;
}

export interface LineHeightMeasure {
  /** Elements measured (rendered, with text). */
  count: number;
  /** Elements under the limit, worst first (at most 10). */
  below: LineHeightSample[];
  /** The lowest ratio of all, or null when no element was measured. */
  worst: LineHeightSample | null;
}

/**
 * Computed line-height ÷ font-size of every rendered element matching `selector` that has text.
 * `line-height: normal` has no computed number: its height is measured on a one-line probe with
 * the same font (cached per font).
 */
export function lineHeightScript(selector: string, min: number): string {
  return `(() => {
  ${CSS_PATH}
  var probeCache = new Map();
  function normalHeight(s) {
    var key = s.fontStyle + '|' + s.fontWeight + '|' + s.fontSize + '|' + s.fontFamily;
    var cached = probeCache.get(key);
    if (cached !== undefined) return cached;
    var probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'position:absolute;left:-9999px;top:0;white-space:nowrap;padding:0;border:0;margin:0;line-height:normal';
    probe.style.fontFamily = s.fontFamily;
    probe.style.fontSize = s.fontSize;
    probe.style.fontWeight = s.fontWeight;
    probe.style.fontStyle = s.fontStyle;
    probe.textContent = '国Ag';
    document.body.appendChild(probe);
    var h = probe.getBoundingClientRect().height;
    probe.remove();
    probeCache.set(key, h);
    return h;
  }
  var samples = [];
  var elements = document.querySelectorAll(${JSON.stringify(selector)});
  for (var i = 0; i < elements.length; i++) {
    var el = elements[i];
    if (!(el.textContent || '').trim()) continue;
    if (el.getClientRects().length === 0) continue;
    var s = getComputedStyle(el);
    if (s.visibility === 'hidden') continue;
    var fontSize = parseFloat(s.fontSize);
    if (!(fontSize > 0)) continue;
    var normal = s.lineHeight === 'normal';
    var lineHeight = normal ? normalHeight(s) : parseFloat(s.lineHeight);
    samples.push({ selector: cssPath(el), tag: el.nodeName.toLowerCase(), fontSize: fontSize, lineHeight: lineHeight,
      ratio: Math.round((lineHeight / fontSize) * 1000) / 1000, normal: normal });
  }
  samples.sort(function (a, b) { return a.ratio - b.ratio; });
  var below = samples.filter(function (x) { return x.ratio < ${Number(min)}; });
  return { count: samples.length, below: below.slice(0, 10), worst: samples[0] || null };
})()`;
}

export interface ReflowMeasure {
  width: number;
  /** The viewport's width without a vertical scrollbar. */
  clientWidth: number;
  scrollWidth: number;
  /** Outermost elements reaching past the right edge (not inside a box that scrolls or clips), at most 5. */
  overflowing: Array<{ selector: string; right: number; width: number }>;
}

/**
 * Page-level horizontal overflow: `documentElement.scrollWidth` against the viewport, and which
 * elements stick out. An element inside a box with `overflow-x` other than `visible` (a table's
 * scroll wrapper) does not count: it scrolls in its own box.
 */
export function reflowScript(): string {
  return `(() => {
  ${CSS_PATH}
  var root = document.documentElement;
  var clientWidth = root.clientWidth;
  var out = [];
  function contained(el) {
    for (var p = el.parentElement; p && p !== document.body && p !== root; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  }
  var all = document.body ? document.body.querySelectorAll('*') : [];
  var seen = [];
  for (var i = 0; i < all.length && out.length < 5; i++) {
    var el = all[i];
    var r = el.getBoundingClientRect();
    if (r.right <= clientWidth + 0.5 || r.width === 0) continue;
    if (seen.some(function (o) { return o.contains(el); })) continue;
    if (contained(el)) continue;
    seen.push(el);
    out.push({ selector: cssPath(el), right: Math.round(r.right), width: Math.round(r.width) });
  }
  return { width: window.innerWidth, clientWidth: clientWidth, scrollWidth: root.scrollWidth, overflowing: out };
})()`;
}
