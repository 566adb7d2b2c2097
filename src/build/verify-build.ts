/**
 * What `build` proves about each report before it writes anything: the PDF passes nianbao's
 * PDF/UA-1 machine checks (`verifyPdf`) and the round trip against the HTML it was printed from
 * (`roundTrip`), and the standalone page and the CMS fragment pass the HTML accessibility checks
 * (axe-core, line height, no sideways scroll) in the same browser that printed the PDF. Every
 * failure becomes an error finding; the caller then writes no output for that report.
 */
import type { Browser } from 'puppeteer';
import type { HtmlCheckItem } from '../a11y/index.js';
import type { Finding } from '../model/findings.js';
import { firstLine } from '../render/launch.js';
import { roundTrip, verifyPdf, VerifyInputError, type VerifyItem } from '../verify/index.js';

/** Rule ids of the findings made here (one per failed check). */
export const VERIFY_RULES = {
  pdf: 'verify-pdf',
  roundTrip: 'verify-round-trip',
  html: 'verify-html',
} as const;

export interface BuiltReport {
  pdf: Uint8Array;
  /** The HTML the PDF was printed from. */
  printHtml: string;
  html: string;
  fragment: string;
  title: string;
  /** Folders the HTML may load `file:` URLs from (fonts, images next to the report). */
  allowedDirs: readonly string[];
}

export interface BuildVerification {
  ok: boolean;
  /** One error finding per failed check. */
  failures: Finding[];
  /** Checks run, failed or passed: PDF/UA, round trip, HTML. */
  counts: { pdf: number; roundTrip: number; html: number };
  /** Milliseconds: PDF checks with the round trip, and HTML checks. */
  timings: { pdf: number; html: number };
}

/**
 * Widths at which axe runs during a build. Line height and sideways scroll are still measured
 * at every default width (320 and 1280 px); axe costs ~0.7 s a run and its rules read the DOM,
 * so the narrow layout (where tables scroll in their own box) is the one run per document.
 */
export const BUILD_AXE_WIDTHS: readonly number[] = [320];

/** Thrown when the HTML checks cannot run at all (no browser, browser crash, time limit). */
export class VerifyBuildError extends Error {
  override name = 'VerifyBuildError';
}

export async function verifyBuiltReport(report: BuiltReport, browser: Browser | undefined): Promise<BuildVerification> {
  if (!browser) throw new VerifyBuildError('无法运行网页无障碍检查：没有可用的浏览器（或用 --no-verify 跳过检查）');
  // The PDF checks run in Node, the HTML checks in Chromium: side by side.
  const [pdf, html] = await Promise.all([checkPdf(report), checkHtml(report, browser)]);
  const failures = [...pdf.failures, ...html.failures];
  return {
    ok: failures.length === 0,
    failures,
    counts: { pdf: pdf.checks, roundTrip: pdf.roundTrip, html: html.checks },
    timings: { pdf: pdf.ms, html: html.ms },
  };
}

async function checkPdf(report: BuiltReport): Promise<{ failures: Finding[]; checks: number; roundTrip: number; ms: number }> {
  const started = performance.now();
  const failures: Finding[] = [];
  let pdfItems: VerifyItem[] = [];
  let rtItems: VerifyItem[] = [];
  try {
    pdfItems = (await verifyPdf(report.pdf)).items;
    rtItems = await roundTrip(report.pdf, report.printHtml);
  } catch (error) {
    // The PDF we just made cannot be read back: that is a failed check, not a crash.
    const zh = error instanceof VerifyInputError ? error.zh : firstLine(error);
    failures.push(finding(VERIFY_RULES.pdf, `PDF 无法读回检查：${zh}`));
  }
  for (const item of pdfItems.filter((i) => i.status === 'fail')) failures.push(finding(VERIFY_RULES.pdf, verifyMessage('PDF/UA', item)));
  for (const item of rtItems.filter((i) => i.status === 'fail')) failures.push(finding(VERIFY_RULES.roundTrip, verifyMessage('往返比对 round trip', item)));
  return { failures, checks: pdfItems.length, roundTrip: rtItems.length, ms: Math.round(performance.now() - started) };
}

async function checkHtml(report: BuiltReport, browser: Browser): Promise<{ failures: Finding[]; checks: number; ms: number }> {
  const started = performance.now();
  // Loaded here, not at startup: `build --no-verify` never needs axe-core.
  const { checkReportHtml, HtmlCheckError } = await import('../a11y/index.js');
  let items: HtmlCheckItem[];
  try {
    const result = await checkReportHtml(browser, { html: report.html, fragment: report.fragment, title: report.title }, { allowedDirs: report.allowedDirs, axeWidths: BUILD_AXE_WIDTHS });
    items = [...result.page.items, ...result.fragment.items];
  } catch (error) {
    if (error instanceof HtmlCheckError) throw new VerifyBuildError(error.message, { cause: error });
    throw error;
  }
  const failures = items
    .filter((i) => i.status === 'fail')
    .map((i) => finding(VERIFY_RULES.html, `网页无障碍检查未通过：${i.message.zh} / ${i.message.en}（${i.id}）`));
  return { failures, checks: items.length, ms: Math.round(performance.now() - started) };
}

function verifyMessage(label: string, item: VerifyItem): string {
  const detail = item.detail ? `（${item.detail}）` : '';
  return `${label} ${item.checkpoint} 未通过：${item.message.zh} / ${item.message.en}${detail}`;
}

function finding(ruleId: string, message: string): Finding {
  return { ruleId, severity: 'error', message, position: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}
