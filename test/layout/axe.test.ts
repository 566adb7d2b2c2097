/**
 * The standalone page in real Chromium: axe-core (WCAG 2.1 AA + best practice + the experimental
 * table rules), no page-level horizontal scrolling at 320 CSS px, line height ≥ 1.5 for text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxePuppeteer } from '@axe-core/puppeteer';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, render } from './helpers.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'nianbao-axe-'));
  const args = ['--disable-gpu', '--no-first-run'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  browser = await puppeteer.launch({ headless: true, args });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name: string, html: string, width: number): Promise<Page> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return page;
}

const REPORTS = [
  ['seed 2019', 'beibei-2020-as-published.md', false, 1280],
  ['2021, draft', 'layout/pingtan-2024-alt.md', true, 1280],
  ['2021 on a 320 px phone: scrolling tables', 'layout/pingtan-2024-alt.md', false, 320],
] as const;

describe('standalone page in Chromium', () => {
  for (const [name, file, draft, width] of REPORTS) {
    it(`passes axe (${name})`, async () => {
      const page = await open(`axe-${width}-${draft}`, render(fixture(file), { draft, pdfHref: 'report.pdf' }).html, width);
      try {
        const result = await new AxePuppeteer(page)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .options({ rules: { 'td-has-header': { enabled: true }, 'table-fake-caption': { enabled: true }, 'p-as-heading': { enabled: true } } })
          .analyze();
        const problems = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('does not scroll the page sideways at 320 px; tables scroll in their own region', async () => {
    const page = await open('narrow', render(fixture('layout/pingtan-2024-alt.md')).html, 320);
    try {
      const m = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
        regions: [...document.querySelectorAll('.nb-table-wrap')].map((r) => ({ scroll: r.scrollWidth, client: r.clientWidth })),
      }));
      expect(m.page).toBeLessThanOrEqual(m.view);
      expect(m.regions.some((r) => r.scroll > r.client)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('sets text with a line height of at least 1.5', async () => {
    const page = await open('lh', render(fixture('beibei-2020-as-published.md')).html, 1280);
    try {
      const ratios = await page.evaluate(() =>
        [...document.querySelectorAll('.nb-report p, .nb-report h1, .nb-report h2, .nb-report td, .nb-report th, .nb-report caption')].map((el) => {
          const s = getComputedStyle(el);
          return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        }),
      );
      expect(ratios.length).toBeGreaterThan(20);
      for (const r of ratios) expect(r).toBeGreaterThanOrEqual(1.499);
    } finally {
      await page.close();
    }
  });
});
