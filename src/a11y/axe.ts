/**
 * axe-core in the page through @axe-core/puppeteer. AxePuppeteer injects axe-core's source from
 * node_modules (`axe-core` package) with `evaluate`: nothing is fetched, so the offline guard
 * stays on. One fail item per violated rule; the Chinese text comes from axe-core's own zh_CN
 * locale file, the English from the run.
 */
import { createRequire } from 'node:module';
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Page } from 'puppeteer';
import type { HtmlCheckItem } from './types.js';

export const DEFAULT_AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** Experimental rules ACCESSIBILITY.md asks for; `td-has-header` is the one that catches a header row typed as `<td>`. */
export const DEFAULT_AXE_EXTRA_RULES: readonly string[] = ['td-has-header', 'table-fake-caption', 'p-as-heading'];

/** How many target selectors a message names (the detail keeps them all). */
const MESSAGE_TARGETS = 3;

export interface AxeOptions {
  tags: readonly string[];
  extraRules: readonly string[];
  disabledRules: readonly string[];
}

/** A violation as we keep it: enough to say what, where and why. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
  /** axe's failure summary for the first node ("Fix any of the following: …"). */
  summary: string;
}

export interface AxeRun {
  findings: AxeFinding[];
  /** Rules that applied and passed. */
  passed: number;
  /**
   * Rules axe could not decide ("needs review"): not failures, kept in the detail for a person to
   * look at, with one example target each (axe keeps only one node for non-violations here). At
   * 320 px, colour contrast of table header cells scrolled out of their box comes back like this
   * ("overlapped by another element"); the 1280 px run decides them.
   */
  incomplete: Array<{ rule: string; targets: string[] }>;
  /** The experimental rules that found something to test (they are inapplicable on a page without tables). */
  extraRulesApplied: string[];
}

/**
 * @axe-core/puppeteer gives the page one second to answer "are you loaded?" and then throws
 * "Page/Frame is not ready". On two busy cores (a PDF printing beside it) a loaded page can take
 * longer: wait until the page really answers, then try again, a few times.
 */
async function analyzeWhenReady<T>(page: Page, analyze: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await analyze();
    } catch (error) {
      if (attempt >= 4 || !String((error as Error)?.message).includes('Page/Frame is not ready')) throw error;
      await page.evaluate(() => document.readyState);
    }
  }
}

export async function runAxe(page: Page, options: AxeOptions): Promise<AxeRun> {
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of options.extraRules) rules[id] = { enabled: true };
  for (const id of options.disabledRules) rules[id] = { enabled: false };
  const results = await analyzeWhenReady(page, () =>
    new AxePuppeteer(page).withTags([...options.tags]).options({ rules, resultTypes: ['violations'] }).analyze(),
  );
  const findings = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    summary: v.nodes[0]?.failureSummary ?? '',
  }));
  const ran = new Set([...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id));
  return {
    findings,
    passed: results.passes.length,
    incomplete: results.incomplete.map((r) => ({ rule: r.id, targets: r.nodes.map((n) => n.target.map(String).join(' ')) })),
    extraRulesApplied: options.extraRules.filter((id) => ran.has(id)),
  };
}

const IMPACT_ZH: Record<string, string> = { minor: '轻微', moderate: '一般', serious: '较严重', critical: '严重' };

let zhHelp: Record<string, string> | null = null;

/** axe-core's zh_CN rule help texts (empty when the locale file is missing). */
function chineseHelp(rule: string): string | undefined {
  if (!zhHelp) {
    zhHelp = {};
    try {
      // axe-core as @axe-core/puppeteer sees it: the same copy even when npm nests it there.
      const fromAxePuppeteer = createRequire(createRequire(import.meta.url).resolve('@axe-core/puppeteer'));
      const locale = fromAxePuppeteer('axe-core/locales/zh_CN.json') as { rules?: Record<string, { help?: string }> };
      for (const [id, text] of Object.entries(locale.rules ?? {})) if (text.help) zhHelp[id] = text.help;
    } catch {
      // English only
    }
  }
  return zhHelp[rule];
}

/** One fail item per finding; `where` says which document and width ("页面 320px" / "page at 320 px"). */
export function axeItems(findings: readonly AxeFinding[], where: { zh: string; en: string }): HtmlCheckItem[] {
  return findings.map((f) => {
    const shown = f.targets.slice(0, MESSAGE_TARGETS).join(', ');
    const more = f.targets.length > MESSAGE_TARGETS ? f.targets.length - MESSAGE_TARGETS : 0;
    const impactZh = IMPACT_ZH[f.impact] ?? f.impact;
    return {
      id: `axe:${f.rule}`,
      status: 'fail' as const,
      message: {
        zh: `无障碍检查（axe ${f.rule}，${impactZh}）：${chineseHelp(f.rule) ?? f.help}。${where.zh}，位置：${shown}${more ? ` 等 ${f.targets.length} 处` : ''}`,
        en: `Accessibility (axe ${f.rule}, ${f.impact}): ${f.help}. ${where.en}, at ${shown}${more ? ` and ${more} more` : ''}`,
      },
      detail: { rule: f.rule, impact: f.impact, helpUrl: f.helpUrl, targets: f.targets, summary: f.summary },
    };
  });
}
