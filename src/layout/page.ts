/**
 * The two HTML documents around the laid-out report: the standalone page (screen + print CSS
 * inlined, system fonts, PDF link) and the print page (print CSS, shipped fonts by file:// URL).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOWNLOADS_LABEL, DRAFT_TEXT, PDF_LINK_TEXT } from './strings.js';

/** The styles/ folder of the package (from src/layout or a compiled lib/src/layout). */
export function stylesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'styles');
    if (existsSync(path.join(candidate, 'print.css'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('nianbao: styles/print.css not found');
}

const cssCache = new Map<string, string>();
export function readStyle(name: 'print.css' | 'screen.css'): string {
  let css = cssCache.get(name);
  if (css === undefined) {
    css = readFileSync(path.join(stylesDir(), name), 'utf8');
    cssCache.set(name, css);
  }
  return css;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** `@page` content for drafts: the mark on every printed page (a margin box, outside the text flow). */
export function draftPageCss(): string {
  return `@page{@top-center{content:"${DRAFT_TEXT}";font-size:14pt;letter-spacing:0.2em;color:#000;vertical-align:bottom;padding-bottom:8mm}}\n`;
}

/** A `<style>` body must never contain `</style`. */
const styleSafe = (css: string) => css.replace(/<\/style/gi, '<\\/style');

export interface PageParts {
  title: string;
  article: string;
  draft: boolean;
}

/** Page-level rules of the standalone page (screen.css itself is scoped for CMS use). */
const PAGE_SCREEN_CSS = 'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}body{margin:0;background:#f4f4f2;color:#1a1a1a}';

export function standalonePage(parts: PageParts, fontCss: string, pdfHref?: string): string {
  const css =
    `@media screen{\n${PAGE_SCREEN_CSS}\n${readStyle('screen.css')}\n}\n` +
    `@media print{\n${readStyle('print.css')}\n${parts.draft ? draftPageCss() : ''}}\n` +
    fontCss;
  const link = pdfHref
    ? `<nav class="nb-downloads" aria-label="${DOWNLOADS_LABEL}"><a class="nb-pdf-link" href="${escapeHtml(pdfHref)}" type="application/pdf">${PDF_LINK_TEXT}</a></nav>\n`
    : '';
  return document(parts, styleSafe(css), '', `${link}<main>\n${parts.article}\n</main>`);
}

export function printPage(parts: PageParts, fontCss: string): string {
  const css = `${readStyle('print.css')}\n${parts.draft ? draftPageCss() : ''}${fontCss}`;
  return document(parts, styleSafe(css), '', `<main>\n${parts.article}\n</main>`);
}

function document(parts: PageParts, css: string, headExtra: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(parts.title)}</title>\n${headExtra}<style>\n${css}</style>\n</head>\n` +
    `<body>\n${body}\n</body>\n</html>\n`
  );
}
