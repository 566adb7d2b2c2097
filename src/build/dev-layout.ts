/**
 * A plain stand-in layout (Markdown → HTML through remark): used when the official layout
 * (src/layout) is not available, and by tests that need a simple, predictable page.
 * Same contract as the official one: a standalone `html`, a `printHtml` whose fonts are local
 * file:// URLs, and a `fragment`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root as HastRoot, Element } from 'hast';
import { visit } from 'unist-util-visit';

export interface LayoutOutput {
  html: string;
  printHtml: string;
  fragment: string;
  /** The title the page shows (`<title>`, `<h1>`), when the layout settles it itself. */
  title?: string;
}

const require = createRequire(import.meta.url);

/** Folder holding the Noto Serif SC font CSS and files (fonts the print HTML may load). */
export function devFontDir(): string {
  return path.dirname(require.resolve('@fontsource/noto-serif-sc/package.json'));
}

const PAGE_CSS = `
@page { size: A4; margin: 25mm 26mm 25mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt 'Noto Serif SC', serif; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt 'Noto Serif SC', serif; } }
html { font: 12pt/1.6 'Noto Serif SC', serif; color: #000; }
h1 { font-size: 18pt; font-weight: 400; text-align: center; margin: 0 0 1em; }
h2 { font-size: 14pt; font-weight: 400; margin: 1.2em 0 .4em; break-after: avoid; }
p { text-indent: 2em; margin: 0 0 .3em; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin: .5em 0; }
th, td { border: .5pt solid #000; padding: 2pt 4pt; font-weight: 400; }
td { text-align: right; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
caption { font-size: 11pt; margin-bottom: .3em; }
/* Only the regular face is loaded: synthetic bold would embed as Type 3 fonts. */
strong, b { font-weight: 400; }
`;

/** Turns the Markdown into HTML: first-column cells of body rows become row headers. */
export function renderDevHtml(markdown: string, options: { title: string; lang?: string }): LayoutOutput {
  const mdast = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown);
  const hast = toHast(mdast) as HastRoot;
  visit(hast, 'element', (node: Element) => {
    if (node.tagName === 'th') node.properties = { ...node.properties, scope: 'col' };
    if (node.tagName === 'tbody') {
      for (const row of node.children) {
        if (row.type !== 'element' || row.tagName !== 'tr') continue;
        const first = row.children.find((c): c is Element => c.type === 'element');
        if (first && first.tagName === 'td') {
          first.tagName = 'th';
          first.properties = { ...first.properties, scope: 'row' };
        }
      }
    }
  });
  const fragment = toHtml(hast);
  const lang = options.lang ?? 'zh-CN';
  const page = (head: string) =>
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(options.title)}</title>\n` +
    `${head}<style>${PAGE_CSS}</style>\n</head>\n<body>\n<main>\n${fragment}\n</main>\n</body>\n</html>\n`;
  const fontCss = pathToFileURL(path.join(devFontDir(), '400.css')).href;
  return {
    html: page(''),
    printHtml: page(`<link rel="stylesheet" href="${fontCss}">\n`),
    fragment,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
