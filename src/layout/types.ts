/** Public types of the official layout (HTML page, print page, CMS fragment). */
import type { ReportModel } from '../model/types.js';

/**
 * Installed font families to use before the open fonts nianbao ships.
 * Each entry is a family name or a list of names, tried in order. Same keys are accepted in
 * the front matter (`fonts: { body: 仿宋_GB2312, title: 方正小标宋简体 }`); the option wins.
 */
export interface FontOptions {
  /** 正文 (officially 仿宋_GB2312, 3号). */
  body?: string | string[];
  /** 标题 (officially 方正小标宋简体, 2号). */
  title?: string | string[];
  /** 一级标题 `一、` (officially 黑体). */
  heading?: string | string[];
  /** 二级标题 `（一）` (officially 楷体_GB2312). */
  kai?: string | string[];
  /** 页码 (officially 宋体, 4号). */
  pageNumber?: string | string[];
}

export interface RenderOptions {
  /** The report model read from the same Markdown (src/reader). Official tables are rebuilt from it. */
  model: ReportModel;
  /** Mark the report as a draft that failed the checks: a visible mark in the HTML and on every printed page. */
  draft?: boolean;
  /** Link to the PDF, shown in the standalone page (screen only). Relative or absolute URL. */
  pdfHref?: string;
  /** Installed fonts to prefer; overrides the front matter `fonts:`. */
  fonts?: FontOptions;
  /**
   * Directory of the Markdown file: in `printHtml`, relative image paths become file:// URLs under
   * it so they resolve when Chromium prints (the standalone page and the fragment keep them relative).
   */
  baseDir?: string;
}

export interface RenderedReport {
  /**
   * Standalone page for the portal: `<html lang="zh-CN">`, screen and print CSS inlined,
   * no external resources (system font names only), link to the PDF when `pdfHref` is given.
   */
  html: string;
  /**
   * Page for Chromium printing (print CSS only, no PDF link). References the shipped woff2 fonts
   * by file:// URL: load it from a file:// URL (not `page.setContent` on about:blank), emulate
   * print media and wait for `document.fonts.ready`.
   */
  printHtml: string;
  /** Body content only (`<article class="nb-report">…</article>`) for a CMS; styles/screen.css styles it. */
  fragment: string;
  /** Report title, as used for `<title>` and `<h1>`. */
  title: string;
  /** Directories `printHtml` loads files from (the font packages), for an allow-list of local requests. */
  assetDirs: string[];
}
