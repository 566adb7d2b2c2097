/**
 * `checkHtmlAccessibility`: one HTML document in real Chromium, offline, screen media.
 * At each viewport width (320 and 1280 CSS px by default): axe-core, line height of body text,
 * no sideways page scroll. Axe findings at several widths merge into one item per rule.
 */
import type { Browser, Page } from 'puppeteer';
import { DEFAULT_AXE_EXTRA_RULES, DEFAULT_AXE_TAGS, axeItems, runAxe, type AxeFinding } from './axe.js';
import { fragmentDocument, type FragmentShellOptions } from './fragment.js';
import { DEFAULT_BODY_TEXT, DEFAULT_MIN_LINE_HEIGHT, checkLineHeight, checkReflow } from './layout-checks.js';
import { loadHtml, openPage, resize } from './page.js';
import { firstLine } from '../render/launch.js';
import type { HtmlCheckItem, HtmlCheckOptions, HtmlCheckResult } from './types.js';

export const DEFAULT_WIDTHS: readonly number[] = [320, 1280];

/** Which document is checked, for messages: the standalone page or the CMS fragment. */
export type DocumentKind = 'page' | 'fragment';
const KIND_TEXT: Record<DocumentKind, { zh: string; en: string }> = {
  page: { zh: '独立页面', en: 'standalone page' },
  fragment: { zh: 'CMS 片段', en: 'CMS fragment' },
};

export interface CheckHtmlOptions extends HtmlCheckOptions {
  /** Names the document in messages. Default 'page'. */
  kind?: DocumentKind;
}

/**
 * Checks one whole HTML document. `target` is a browser (a page is opened and closed here) or a
 * page (reused: it is left on about:blank). Throws `HtmlCheckError` only when the browser fails
 * or a step passes `timeoutMs`; findings about the HTML are items.
 */
export async function checkHtmlAccessibility(
  target: Page | Browser,
  html: string,
  options: CheckHtmlOptions = {},
): Promise<HtmlCheckResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const widths = options.widths?.length ? [...options.widths] : [...DEFAULT_WIDTHS];
  const axeWidths = new Set(options.axeWidths ?? widths);
  const timeout = options.timeoutMs ?? 60_000;
  /** Runs one step, timed, and gives up after `timeout` (the page is then closed in `finally`). */
  const time = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await withTimeout(run(), timeout, step);
    } finally {
      timings[step] = Math.round((timings[step] ?? 0) + performance.now() - t);
    }
  };
  const kind = KIND_TEXT[options.kind ?? 'page'];
  const axeOptions = {
    tags: options.axeTags ?? DEFAULT_AXE_TAGS,
    extraRules: options.axeExtraRules ?? DEFAULT_AXE_EXTRA_RULES,
    disabledRules: options.axeDisabledRules ?? [],
  };
  const selector = options.bodyTextSelector ?? DEFAULT_BODY_TEXT;
  const minLineHeight = options.minLineHeight ?? DEFAULT_MIN_LINE_HEIGHT;

  const findingsByWidth: Array<{ width: number; findings: AxeFinding[] }> = [];
  const lineHeights: HtmlCheckItem[] = [];
  const reflows: HtmlCheckItem[] = [];
  let axePassed = 0;
  const incomplete: Array<{ rule: string; targets: string[]; width: number }> = [];
  const extraApplied = new Set<string>();
  let blocked: string[] = [];
  try {
    const opening = openPage(target, options.allowedDirs ?? []);
    // Should the open pass its time limit, the page it brings later is still closed.
    const opened = await time('open', () => opening).catch((error: unknown) => {
      void opening.then((late) => late.release(), () => undefined);
      throw error;
    });
    const { page, guard } = opened;
    try {
      await time('load', () => loadHtml(page, html, widths[0]!, timeout));
      for (const width of widths) {
        // Counted with the load: a relayout at the new width.
        await time('load', () => resize(page, width));
        if (axeWidths.has(width)) {
          const axe = await time('axe', () => runAxe(page, axeOptions));
          axePassed = Math.max(axePassed, axe.passed);
          for (const r of axe.incomplete) if (!incomplete.some((i) => i.rule === r.rule)) incomplete.push({ ...r, width });
          for (const id of axe.extraRulesApplied) extraApplied.add(id);
          findingsByWidth.push({ width, findings: axe.findings });
        }
        lineHeights.push(await time('lineHeight', () => checkLineHeight(page, selector, minLineHeight)));
        reflows.push(await time('reflow', () => checkReflow(page)));
      }
      blocked = [...new Set(guard.blocked)];
    } finally {
      await opened.release();
    }
  } catch (error) {
    throw new HtmlCheckError(`HTML 无障碍检查失败（${kind.zh}）：${firstLine(error)}`, { cause: error });
  }
  const axeRan = findingsByWidth.map((r) => r.width);

  const merged = mergeFindings(findingsByWidth);
  const items: HtmlCheckItem[] = [];
  if (merged.length === 0 && axeRan.length > 0) {
    items.push({
      id: 'axe',
      status: 'pass',
      message: {
        zh: `axe-core 检查通过（${kind.zh}，宽度 ${axeRan.join('/')}px，${axePassed} 条规则适用且通过）`,
        en: `axe-core passes (${kind.en}, ${axeRan.join('/')} px wide, ${axePassed} applicable rules passed)`,
      },
      detail: {
        tags: axeOptions.tags,
        extraRules: axeOptions.extraRules,
        extraRulesApplied: [...extraApplied],
        widths: axeRan,
        incomplete,
      },
    });
  }
  for (const { finding, widths: at } of merged) {
    const where = { zh: `${kind.zh}，宽度 ${at.join('/')}px`, en: `${kind.en} at ${at.join('/')} px` };
    const [item] = axeItems([finding], where);
    items.push({ ...item!, detail: { ...item!.detail, widths: at } });
  }
  items.push(worstLineHeight(lineHeights, kind));
  for (const r of reflows) items.push(withKind(r, kind));
  timings.total = Math.round(performance.now() - started);
  return { ok: items.every((i) => i.status === 'pass'), items, blocked, timings };
}

export interface ReportHtml {
  /** The standalone page (`RenderedReport.html`). */
  html: string;
  /** The CMS fragment (`RenderedReport.fragment`). */
  fragment: string;
  /** The report title (for the fragment's shell). */
  title: string;
}

export interface ReportCheckResult {
  ok: boolean;
  page: HtmlCheckResult;
  fragment: HtmlCheckResult;
}

/**
 * Both outputs of one report: the standalone page, and the fragment inside a minimal page
 * (see fragment.ts for why). Sequential: one page at a time per report.
 */
export async function checkReportHtml(
  target: Page | Browser,
  report: ReportHtml,
  options: HtmlCheckOptions & { fragmentShell?: Partial<FragmentShellOptions> } = {},
): Promise<ReportCheckResult> {
  const page = await checkHtmlAccessibility(target, report.html, { ...options, kind: 'page' });
  const shell = fragmentDocument(report.fragment, { title: report.title, ...options.fragmentShell });
  const fragment = await checkHtmlAccessibility(target, shell, { ...options, kind: 'fragment' });
  return { ok: page.ok && fragment.ok, page, fragment };
}

/** The browser failed (crash, time limit); findings about the HTML are never errors. */
export class HtmlCheckError extends Error {
  override name = 'HtmlCheckError';
}

async function withTimeout<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} 超时（${ms} ms）/ ${step} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** One entry per rule: targets united over the widths, with the widths where it failed. */
function mergeFindings(runs: ReadonlyArray<{ width: number; findings: AxeFinding[] }>): Array<{ finding: AxeFinding; widths: number[] }> {
  const byRule = new Map<string, { finding: AxeFinding; widths: number[] }>();
  for (const { width, findings } of runs) {
    for (const f of findings) {
      const seen = byRule.get(f.rule);
      if (!seen) {
        byRule.set(f.rule, { finding: { ...f, targets: [...f.targets] }, widths: [width] });
        continue;
      }
      seen.widths.push(width);
      for (const t of f.targets) if (!seen.finding.targets.includes(t)) seen.finding.targets.push(t);
    }
  }
  return [...byRule.values()];
}

/** The line-height item of the width with the lowest ratio (a fail wins over a pass). */
function worstLineHeight(items: readonly HtmlCheckItem[], kind: { zh: string; en: string }): HtmlCheckItem {
  const ratio = (i: HtmlCheckItem) => ((i.detail?.worst as { ratio?: number } | null)?.ratio ?? Infinity);
  const worst = [...items].sort((a, b) => (a.status === b.status ? ratio(a) - ratio(b) : a.status === 'fail' ? -1 : 1))[0];
  if (!worst) throw new Error('no width checked');
  return withKind(worst, kind);
}

function withKind(item: HtmlCheckItem, kind: { zh: string; en: string }): HtmlCheckItem {
  return { ...item, message: { zh: `${item.message.zh}（${kind.zh}）`, en: `${item.message.en} (${kind.en})` } };
}
