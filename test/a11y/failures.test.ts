/**
 * The checks fail when they should: each test breaks the sample's HTML in one known way and
 * expects the matching item to fail (and, where it matters, nothing else). One shared browser.
 */
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlCheckError, checkHtmlAccessibility, fragmentDocument } from '../../src/a11y/index.js';
import type { RenderedReport } from '../../src/layout/index.js';
import { launchBrowser } from '../../src/render/launch.js';
import {
  PIXEL_PNG,
  afterFirstParagraph,
  failures,
  headerRowAsTd,
  item,
  renderSample,
  unwrapTable,
  withStyle,
} from './helpers.js';

let browser: Browser;
let sample: RenderedReport;

beforeAll(async () => {
  browser = await launchBrowser();
  sample = renderSample();
});
afterAll(async () => {
  await browser?.close();
});

const ids = (r: { items: Array<{ id: string; status: string }> }) => r.items.filter((i) => i.status === 'fail').map((i) => i.id);

describe('a header row typed as <td>', () => {
  for (const table of ['table2-item1', 'table3', 'table4']) {
    it(`fails td-has-header (${table})`, async () => {
      const html = headerRowAsTd(sample.html, table);
      expect(html).not.toBe(sample.html);
      const result = await checkHtmlAccessibility(browser, html, { widths: [1280] });
      expect(result.ok).toBe(false);
      expect(ids(result)).toEqual(['axe:td-has-header']);
      const fail = item(result, 'axe:td-has-header');
      expect(fail.detail).toMatchObject({ rule: 'td-has-header', targets: [`#${table}`], widths: [1280] });
      expect(fail.message.zh).toContain('td-has-header');
      expect(fail.message.zh).toContain(`#${table}`);
      expect(fail.message.en).toContain(`#${table}`);
    });
  }

  it('fails in the fragment too', async () => {
    const fragment = fragmentDocument(headerRowAsTd(sample.fragment, 'table4'), { title: sample.title });
    const result = await checkHtmlAccessibility(browser, fragment, { widths: [1280], kind: 'fragment' });
    expect(ids(result)).toEqual(['axe:td-has-header']);
    expect(item(result, 'axe:td-has-header').message.zh).toContain('CMS 片段');
  });
});

describe('an image without alt', () => {
  it('fails image-alt, at both widths, naming the image', async () => {
    const html = afterFirstParagraph(sample.html, `<p><img id="no-alt" src="${PIXEL_PNG}" width="40" height="40"></p>`);
    const result = await checkHtmlAccessibility(browser, html);
    expect(ids(result)).toEqual(['axe:image-alt']);
    const fail = item(result, 'axe:image-alt');
    expect(fail.detail).toMatchObject({ rule: 'image-alt', targets: ['#no-alt'], widths: [320, 1280] });
    // axe-core's own Chinese help text.
    expect(fail.message.zh).toContain('图像必须有替代文本');
    expect(fail.message.en).toContain('Images must have alternative text');
  });

  it('passes with alt text', async () => {
    const html = afterFirstParagraph(sample.html, `<p><img src="${PIXEL_PNG}" alt="示意图" width="40" height="40"></p>`);
    const result = await checkHtmlAccessibility(browser, html, { widths: [1280] });
    expect(failures(result)).toEqual([]);
  });
});

describe('line height', () => {
  it('fails at 1.1 and names the worst element', async () => {
    const result = await checkHtmlAccessibility(browser, withStyle(sample.html, '.nb-report p { line-height: 1.1 }'));
    expect(ids(result)).toEqual(['line-height']);
    const lh = item(result, 'line-height');
    const detail = lh.detail as { worst: { ratio: number; tag: string; selector: string }; below: unknown[]; min: number };
    expect(detail.min).toBe(1.3);
    expect(detail.worst.tag).toBe('p');
    expect(detail.worst.ratio).toBeCloseTo(1.1, 2);
    expect(detail.below.length).toBe(10);
    expect(lh.message.zh).toContain('1.1 倍');
    expect(lh.message.en).toContain(detail.worst.selector);
  });

  it('fails in table cells too', async () => {
    const result = await checkHtmlAccessibility(browser, withStyle(sample.html, '#table3 td { line-height: 1.2 }'), { widths: [1280] });
    const worst = (item(result, 'line-height').detail as { worst: { tag: string; ratio: number; selector: string } }).worst;
    expect(item(result, 'line-height').status).toBe('fail');
    expect(worst.tag).toBe('td');
    expect(worst.ratio).toBeCloseTo(1.2, 2);
    expect(worst.selector).toContain('#t3-');
  });

  it('measures line-height: normal on a probe line instead of skipping it', async () => {
    const result = await checkHtmlAccessibility(browser, withStyle(sample.html, '.nb-report p { line-height: normal }'), { widths: [1280] });
    const worst = (item(result, 'line-height').detail as { worst: { normal: boolean; ratio: number } }).worst;
    expect(worst.normal).toBe(true);
    expect(worst.ratio).toBeGreaterThan(0.9);
    expect(worst.ratio).toBeLessThan(2);
  });

  it('accepts 1.3 exactly', async () => {
    const result = await checkHtmlAccessibility(browser, withStyle(sample.html, '.nb-report p, .nb-report td, .nb-report th { line-height: 1.3 }'), { widths: [1280] });
    expect(item(result, 'line-height').status).toBe('pass');
  });
});

describe('a wide table without its scroll wrapper', () => {
  it('makes the page scroll sideways at 320 px (not at 1280 px) and names the table', async () => {
    const html = unwrapTable(sample.html, 'table4');
    const result = await checkHtmlAccessibility(browser, html);
    expect(ids(result)).toEqual(['reflow-320']);
    const reflow = item(result, 'reflow-320');
    const d = reflow.detail as { scrollWidth: number; clientWidth: number; overflowing: Array<{ selector: string }> };
    expect(d.scrollWidth).toBeGreaterThan(d.clientWidth);
    expect(d.overflowing.map((o) => o.selector)).toContain('#table4');
    expect(reflow.message.zh).toContain('#table4');
    expect(item(result, 'reflow-1280').status).toBe('pass');
  });

  it('does the same in the fragment', async () => {
    const html = fragmentDocument(unwrapTable(sample.fragment, 'table3'), { title: sample.title });
    const result = await checkHtmlAccessibility(browser, html, { kind: 'fragment' });
    expect(ids(result)).toEqual(['reflow-320']);
  });
});

describe('loading', () => {
  it('blocks and records anything that is not data: (no network)', async () => {
    const url = 'https://example.invalid/logo.png';
    const html = afterFirstParagraph(sample.html, `<p><img src="${url}" alt="标志" width="40" height="40"></p>`);
    const result = await checkHtmlAccessibility(browser, html, { widths: [1280] });
    expect(result.blocked).toEqual([url]);
    expect(failures(result)).toEqual([]);
  });

  it('reuses a page the caller passes, and leaves it open and blank', async () => {
    const page = await browser.newPage();
    try {
      const first = await checkHtmlAccessibility(page, sample.html, { widths: [1280] });
      const second = await checkHtmlAccessibility(page, afterFirstParagraph(sample.html, `<img src="${PIXEL_PNG}">`), { widths: [1280] });
      expect(first.ok).toBe(true);
      expect(ids(second)).toEqual(['axe:image-alt']);
      expect(page.isClosed()).toBe(false);
      expect(page.url()).toBe('about:blank');
    } finally {
      await page.close();
    }
  });

  it('closes the pages it opens', async () => {
    const before = (await browser.pages()).length;
    await checkHtmlAccessibility(browser, sample.html, { widths: [1280] });
    expect((await browser.pages()).length).toBe(before);
  });

  it('reports timings per step', async () => {
    const result = await checkHtmlAccessibility(browser, sample.html, { widths: [1280] });
    expect(Object.keys(result.timings).sort()).toEqual(['axe', 'lineHeight', 'load', 'open', 'reflow', 'total']);
    expect(result.timings.total).toBeGreaterThan(0);
  });

  it('runs axe only at the widths asked for, and still measures every width', async () => {
    const html = afterFirstParagraph(unwrapTable(sample.html, 'table4'), `<img src="${PIXEL_PNG}">`);
    const result = await checkHtmlAccessibility(browser, html, { axeWidths: [320] });
    expect(ids(result)).toEqual(['axe:image-alt', 'reflow-320']);
    expect(item(result, 'axe:image-alt').detail).toMatchObject({ widths: [320] });
    expect(item(result, 'reflow-1280').status).toBe('pass');
  });

  it('throws HtmlCheckError when a step passes its time limit, and closes its page', async () => {
    const before = (await browser.pages()).length;
    await expect(checkHtmlAccessibility(browser, sample.html, { timeoutMs: 1 })).rejects.toThrow(HtmlCheckError);
    await expect(checkHtmlAccessibility(browser, sample.html, { timeoutMs: 1 })).rejects.toThrow(/HTML 无障碍检查失败（独立页面）/);
    // A page that arrives after the time limit is closed as soon as it exists (on a busy machine
    // it may take seconds to arrive, so poll rather than wait a fixed time).
    await expect.poll(async () => (await browser.pages()).length, { timeout: 15_000, interval: 100 }).toBe(before);
  });
});
