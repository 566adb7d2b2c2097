/**
 * The official layout, in one place:
 *
 *   Markdown ─ remark-parse + remark-gfm + remark-frontmatter ─ mdast
 *     ─ mdast-util-to-hast (raw HTML rebuilt from an allow-list: raw-html.ts)
 *     ─ hast-util-sanitize (the Markdown's own content only: sanitize-schema.ts)
 *     ─ rehype-official-layout (official tables from the model, headings, sign-off, draft mark)
 *     ─ hast-util-to-html ─ fragment, wrapped into the standalone page and the print page.
 *
 * Sanitising comes before the layout on purpose: what the layout adds (ids, `headers`, classes,
 * the official tables' text from the model, always as text nodes) is trusted; nothing typed in
 * the Markdown can forge it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeOfficialLayout from '../../plugins/rehype-official-layout.js';
import { fontCss, fontDirs, userFonts } from './fonts.js';
import { markdownToSafeHast } from './markdown-to-hast.js';
import { printPage, standalonePage } from './page.js';
import type { RenderedReport, RenderOptions } from './types.js';

export type { FontOptions, RenderedReport, RenderOptions } from './types.js';
export { fontDirs } from './fonts.js';
export { stylesDir } from './page.js';
export { DRAFT_TEXT } from './strings.js';

/** Relative `<img src>` → absolute file:// URL under baseDir (in place; the tree is not reused). */
function absoluteImages(tree: Root, baseDir: string): Root {
  visit(tree, 'element', (node: Element) => {
    const src = node.tagName === 'img' ? node.properties.src : undefined;
    if (typeof src === 'string' && src !== '' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      node.properties.src = pathToFileURL(path.resolve(baseDir, decodeURI(src))).href;
    }
  });
  return tree;
}

/**
 * Lay out one report: the standalone page, the page to print, and the CMS fragment.
 * Pure and synchronous: same input, same output (no clock, no network).
 */
export function renderReportHtml(markdown: string, options: RenderOptions): RenderedReport {
  const { model } = options;
  const draft = Boolean(options.draft);
  const file = new VFile({ value: markdown });
  const processor = unified().use(rehypeOfficialLayout, { model, draft });
  const tree = processor.runSync(markdownToSafeHast(markdown, model), file) as Root;
  const fragment = toHtml(tree);
  const title = file.data.reportTitle ?? '';
  const fonts = userFonts(options.fonts, model.frontMatter ?? {});
  const parts = { title, article: fragment, draft };
  // The print page resolves relative image paths against baseDir itself: a <base> element would
  // also turn in-page links (#…) into links to another file.
  const printArticle = options.baseDir ? toHtml(absoluteImages(tree, options.baseDir)) : fragment;
  return {
    html: standalonePage(parts, fontCss('system', fonts), options.pdfHref),
    printHtml: printPage({ ...parts, article: printArticle }, fontCss('print', fonts)),
    fragment,
    title,
    assetDirs: fontDirs(),
  };
}
