/**
 * Markdown → safe hast: remark-parse + remark-gfm + remark-frontmatter, mdast-util-to-hast,
 * raw HTML rebuilt as an allow-list (raw-html.ts), then hast-util-sanitize.
 * Positions survive every step: the official layout finds the report's tables and sign-off by them.
 */
import { parseReportMarkdown } from '../parse-markdown.js';
import { resolveLiveNumbers } from '../../plugins/remark-nianbao-live-numbers.js';
import type { ReportModel } from '../model/types.js';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import type { Element, Root as HastRoot } from 'hast';
import type { Link, PhrasingContent, Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { expandRawHtml } from './raw-html.js';
import { userContentSchema } from './sanitize-schema.js';

export function parseMarkdown(markdown: string): MdastRoot {
  return parseReportMarkdown(markdown);
}

/**
 * GFM autolink literals stop only at whitespace and `<`, so `（网址：www.beibei.gov.cn）查阅或下载。…`
 * links the rest of the paragraph. Chinese text has no spaces: cut such links at the first
 * non-ASCII character and give the rest back as text.
 */
export function trimCjkAutolinks(tree: MdastRoot): void {
  visit(tree, 'link', (node: Link, index, parent) => {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (!parent || index === undefined || only?.type !== 'text') return;
    const literal = only.value;
    // Only autolink literals: the text is the URL itself (`www.` ones get `http://` added).
    if (node.url !== literal && node.url !== `http://${literal}` && node.url !== `mailto:${literal}`) return;
    const cut = literal.search(/[^\x21-\x7e]/);
    if (cut <= 0) return;
    const kept = literal.slice(0, cut).replace(/[.,:;!?)]+$/, '');
    const rest: PhrasingContent = { type: 'text', value: literal.slice(kept.length) };
    node.url = node.url.slice(0, node.url.length - literal.length + kept.length);
    only.value = kept;
    parent.children.splice(index + 1, 0, rest);
  });
}

/**
 * Images with a URL scheme or a protocol-relative URL would make the page load an external
 * resource (and the print page runs offline): they become their alt text. Relative paths stay.
 */
export function dropRemoteImages(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    const src = String(node.properties.src ?? '');
    if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) return;
    const alt = String(node.properties.alt ?? '');
    parent.children.splice(index, 1, ...(alt ? [{ type: 'text' as const, value: alt }] : []));
    return index;
  });
}

/** `href="#x"` → `#user-content-x` when the sanitiser prefixed the target's id (footnotes, anchors). */
export function fixFragmentLinks(tree: HastRoot, prefix = 'user-content-'): void {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = decodeURIComponent(href.slice(1));
    if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`;
  });
}

/** The Markdown as a sanitised hast tree (front matter dropped; live numbers filled in from the model). */
export function markdownToSafeHast(markdown: string, model?: ReportModel): HastRoot {
  const mdast = parseMarkdown(markdown);
  if (model) resolveLiveNumbers(mdast, model);
  trimCjkAutolinks(mdast);
  const hast = toHast(mdast, {
    allowDangerousHtml: true,
    // Front matter is data, not content.
    handlers: { yaml: () => undefined },
    // Ids are prefixed once, by the sanitiser (clobber); in-page links follow (fixFragmentLinks).
    clobberPrefix: '',
    footnoteLabel: '注释',
    // Text, not ↩: a glyph the shipped fonts lack would fall back to a system font (maybe CFF: Type 3).
    footnoteBackContent: '返回',
    footnoteBackLabel: (referenceIndex: number) => `返回正文引用处${referenceIndex + 1}`,
  }) as HastRoot;
  expandRawHtml(hast);
  const safe = sanitize(hast, userContentSchema) as HastRoot;
  dropRemoteImages(safe);
  fixFragmentLinks(safe);
  return safe;
}
