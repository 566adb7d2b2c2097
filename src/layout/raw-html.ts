/**
 * Raw HTML typed in the Markdown, turned into hast elements without an HTML parser.
 *
 * mdast-util-to-hast (with `allowDangerousHtml`) leaves raw HTML as `raw` nodes; inline HTML is
 * split over siblings (`<span>`, text, `</span>`). This module tokenises the raw nodes of each
 * parent, rebuilds a small allow-list of harmless elements across siblings, unwraps unknown tags
 * (keeping their text), and drops dangerous elements *with their content* (script, style,
 * iframe…). It never emits strings: everything becomes hast nodes, which hast-util-sanitize then
 * filters again (attributes, URL protocols) — this module is the first of two layers.
 */
import type { Element, ElementContent, Parent, Properties, Root, RootContent } from 'hast';

/** Elements kept as elements (their attributes are filtered later by the sanitiser). */
const KEEP = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'i', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'q', 'rp', 'rt', 'ruby', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'ul',
  // A table pasted as HTML stays a table (an "other" table: it gets accessible markup like the rest).
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);
/** Elements dropped together with everything up to their end tag. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
  'noembed', 'template', 'textarea', 'title', 'xmp', 'svg', 'math', 'select', 'plaintext', 'head',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'base', 'col', 'wbr', 'source', 'track', 'area', 'param']);

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'start'; name: string; attrs: Properties; selfClosing: boolean }
  | { kind: 'end'; name: string }
  | { kind: 'node'; node: RootContent };

const TAG = /^<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const END_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>/;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function parseAttrs(source: string): Properties {
  const attrs: Properties = {};
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!name) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Split one raw HTML string into tokens. Comments, doctypes, CDATA and processing instructions vanish. */
export function tokenizeRawHtml(html: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  const flush = () => {
    if (text) tokens.push({ kind: 'text', value: decodeEntities(text) });
    text = '';
  };
  while (i < html.length) {
    const rest = html.slice(i);
    if (rest[0] !== '<') {
      const next = rest.indexOf('<');
      const chunk = next === -1 ? rest : rest.slice(0, next);
      text += chunk;
      i += chunk.length;
      continue;
    }
    const skip = (close: string) => {
      const end = html.indexOf(close, i);
      i = end === -1 ? html.length : end + close.length;
    };
    if (rest.startsWith('<!--')) { flush(); skip('-->'); continue; }
    if (rest.startsWith('<![CDATA[')) { flush(); skip(']]>'); continue; }
    if (rest.startsWith('<!') || rest.startsWith('<?')) { flush(); skip('>'); continue; }
    const end = END_TAG.exec(rest);
    if (end) {
      flush();
      tokens.push({ kind: 'end', name: (end[1] ?? '').toLowerCase() });
      i += end[0].length;
      continue;
    }
    const start = TAG.exec(rest);
    if (start) {
      flush();
      tokens.push({ kind: 'start', name: (start[1] ?? '').toLowerCase(), attrs: parseAttrs(start[2] ?? ''), selfClosing: start[3] === '/' });
      i += start[0].length;
      continue;
    }
    text += '<';
    i += 1;
  }
  flush();
  return tokens;
}

/** Rebuild a children list from a token stream. */
function build(tokens: Token[]): RootContent[] {
  const root: { children: RootContent[] } = { children: [] };
  const stack: Array<{ name: string; children: RootContent[] }> = [{ name: '#root', children: root.children }];
  let dropping: string | null = null;
  let dropDepth = 0;
  for (const token of tokens) {
    if (dropping) {
      if (token.kind === 'start' && token.name === dropping && !token.selfClosing) dropDepth += 1;
      if (token.kind === 'end' && token.name === dropping && --dropDepth === 0) dropping = null;
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (token.kind === 'node') top.children.push(token.node);
    else if (token.kind === 'text') top.children.push({ type: 'text', value: token.value });
    else if (token.kind === 'start') {
      if (DROP_WITH_CONTENT.has(token.name)) {
        if (!token.selfClosing) { dropping = token.name; dropDepth = 1; }
        continue;
      }
      if (!KEEP.has(token.name)) continue; // unknown or unsafe tag: unwrap, keep its text
      const element: Element = { type: 'element', tagName: token.name, properties: token.attrs, children: [] };
      top.children.push(element);
      if (!VOID.has(token.name) && !token.selfClosing) stack.push({ name: token.name, children: element.children as RootContent[] });
    } else {
      const at = stack.map((s) => s.name).lastIndexOf(token.name);
      if (at > 0) stack.length = at;
    }
  }
  return root.children;
}

function hasRaw(children: readonly RootContent[]): boolean {
  return children.some((c) => c.type === 'raw');
}

/** Replace every `raw` node in the tree by safe hast nodes (in place). */
export function expandRawHtml(tree: Root): void {
  const visit = (parent: Parent) => {
    if (hasRaw(parent.children as RootContent[])) {
      const tokens: Token[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'raw') tokens.push(...tokenizeRawHtml(child.value));
        else tokens.push({ kind: 'node', node: child });
      }
      parent.children = build(tokens) as ElementContent[];
    }
    for (const child of parent.children) {
      if (child.type === 'element') visit(child);
    }
  };
  visit(tree);
}
