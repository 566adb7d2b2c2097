/**
 * The sample report (content/beibei-2020.md, laid out as the build does) in real Chromium:
 * no axe violation, body text line height ≥ 1.3, no sideways page scroll at 320 and 1280 px,
 * on the standalone page and on the CMS fragment. One browser for the file, launched the way
 * nianbao launches it (src/render/launch.ts), offline.
 */
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReportHtml, type ReportCheckResult } from '../../src/a11y/index.js';
import { launchBrowser } from '../../src/render/launch.js';
import { failures, item, renderSample } from './helpers.js';

let browser: Browser;
let result: ReportCheckResult;

beforeAll(async () => {
  browser = await launchBrowser();
  result = await checkReportHtml(browser, renderSample());
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['page', 'fragment'] as const)('the sample, %s', (kind) => {
  it('has no failed check', () => {
    expect(failures(result[kind])).toEqual([]);
    expect(result[kind].ok).toBe(true);
  });

  it('passes axe at both widths', () => {
    const axe = item(result[kind], 'axe');
    expect(axe.status).toBe('pass');
    expect(result[kind].items.some((i) => i.id.startsWith('axe:'))).toBe(false);
    expect(axe.detail).toMatchObject({ widths: [320, 1280], extraRules: ['td-has-header', 'table-fake-caption', 'p-as-heading'] });
    // The experimental rules were switched on and found tables and paragraphs to test.
    expect([...(axe.detail?.extraRulesApplied as string[])].sort()).toEqual(['p-as-heading', 'table-fake-caption', 'td-has-header']);
  });

  it('sets all body text at a line height of at least 1.3', () => {
    const lh = item(result[kind], 'line-height');
    expect(lh.status).toBe('pass');
    const detail = lh.detail as { measured: number; worst: { ratio: number } };
    // Paragraphs, list items and every table cell of the official tables.
    expect(detail.measured).toBeGreaterThan(200);
    expect(detail.worst.ratio).toBeGreaterThanOrEqual(1.3);
  });

  it('does not scroll sideways at 320 px, nor at 1280 px', () => {
    for (const width of [320, 1280]) {
      const reflow = item(result[kind], `reflow-${width}`);
      expect(reflow.status).toBe('pass');
      const d = reflow.detail as { scrollWidth: number; clientWidth: number; width: number };
      expect(d.width).toBe(width);
      expect(d.scrollWidth).toBeLessThanOrEqual(d.clientWidth);
      expect(d.clientWidth).toBeLessThanOrEqual(width);
    }
  });

  it('loaded nothing from outside (the standalone page and the fragment are self-contained)', () => {
    expect(result[kind].blocked).toEqual([]);
  });

  it('says in both languages what passed', () => {
    for (const i of result[kind].items) {
      expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.message.en).toMatch(/[a-z]/);
    }
  });
});

it('keeps the tables scrollable inside their own box at 320 px: the page is narrow only thanks to the wrappers', () => {
  // The same measurement the wide-table failure test relies on, from the passing side.
  const d = item(result.page, 'reflow-320').detail as { overflowing: unknown[] };
  expect(d.overflowing).toEqual([]);
});
