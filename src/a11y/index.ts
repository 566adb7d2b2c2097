/**
 * HTML accessibility checks in real headless Chromium, for the standalone page and the CMS
 * fragment: axe-core (WCAG 2.1 A/AA, best practice, and the experimental table rules), body-text
 * line height ≥ 1.3, and no sideways page scroll at 320 and 1280 CSS px. The browser comes from
 * the caller (src/render's launcher, e.g. `RenderSession.browser`); pages load offline.
 */
export { checkHtmlAccessibility, checkReportHtml, DEFAULT_WIDTHS, HtmlCheckError } from './check.js';
export type { CheckHtmlOptions, DocumentKind, ReportCheckResult, ReportHtml } from './check.js';
export { DEFAULT_AXE_EXTRA_RULES, DEFAULT_AXE_TAGS } from './axe.js';
export { DEFAULT_BODY_TEXT, DEFAULT_MIN_LINE_HEIGHT } from './layout-checks.js';
export { defaultFragmentCss, fragmentDocument } from './fragment.js';
export type { FragmentShellOptions } from './fragment.js';
export type { CheckStatus, HtmlCheckItem, HtmlCheckOptions, HtmlCheckResult, LocalizedText } from './types.js';
