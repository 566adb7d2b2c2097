/** Public types of the HTML accessibility checks. */

export type CheckStatus = 'pass' | 'fail';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface HtmlCheckItem {
  /** `axe:<rule id>` for an axe violation, `axe`, `line-height`, `reflow-320`, `reflow-1280`. */
  id: string;
  status: CheckStatus;
  message: LocalizedText;
  /** Machine-readable facts behind the message (rule, impact, selectors, measurements). */
  detail?: Record<string, unknown>;
}

export interface HtmlCheckResult {
  /** True when no item failed. */
  ok: boolean;
  items: HtmlCheckItem[];
  /** Requests the offline guard refused while the page loaded (external images, fonts…). */
  blocked: string[];
  /** Milliseconds spent per step (open, load, axe, lineHeight, reflow; summed over widths) and in total. */
  timings: Record<string, number>;
}

export interface HtmlCheckOptions {
  /** Axe tags. Default: wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice. */
  axeTags?: readonly string[];
  /** Axe rules switched on besides the tags. Default: td-has-header, table-fake-caption, p-as-heading. */
  axeExtraRules?: readonly string[];
  /** Axe rules switched off (for a known, accepted finding). Default: none. */
  axeDisabledRules?: readonly string[];
  /** Viewport widths (CSS px) that must not scroll sideways; axe runs at each. Default [320, 1280]. */
  widths?: readonly number[];
  /**
   * Widths (among `widths`) at which axe runs. Default: all of them. Axe costs ~0.7 s a run on
   * the sample; 320 alone still sees the narrow-layout rules (scrollable regions).
   */
  axeWidths?: readonly number[];
  /** Least line-height ÷ font-size for body text. Default 1.3 (MIIT 2021 rules for government sites). */
  minLineHeight?: number;
  /** Body-text selector for the line-height check. Default `p, li, td, th, caption, dd, dt`. */
  bodyTextSelector?: string;
  /** Folders the page may load `file:` URLs from (images next to the report). Default none. */
  allowedDirs?: readonly string[];
  /** Time limit in ms for each step (open, load, each axe run, each measurement). Default 60 000. */
  timeoutMs?: number;
}
