/**
 * The print page through real Chromium: fonts embed as TrueType (no Type 3), the text grid holds
 * 22 lines a page, page numbers sit in the margin boxes, and 表三 continues on a new page with its
 * header and its group label. Needs Chromium and poppler-utils (pdffonts, pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_TEXT } from '../../src/layout/index.js';
import { fixture, render } from './helpers.js';

const tools = ['/usr/bin/pdffonts', '/usr/bin/pdftotext'].every((t) => existsSync(t));
let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!tools) return;
  dir = mkdtempSync(path.join(tmpdir(), 'nianbao-layout-'));
  const args = ['--disable-gpu', '--no-first-run'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  browser = await puppeteer.launch({ headless: true, args });
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function printPdf(name: string, markdown: string, draft = false): Promise<string> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, render(markdown, { draft }).printHtml);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMediaType('print');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = path.join(dir, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true, tagged: true });
    return pdf;
  } finally {
    await page.close();
  }
}

const pages = (pdf: string): string[] => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);

describe.skipIf(!tools)('printed PDF', () => {
  it('embeds only TrueType fonts with ToUnicode maps, and text comes back without Kangxi radicals', async () => {
    const pdf = await printPdf('seed', fixture('beibei-2020-as-published.md'));
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toContain('CID TrueType');
      expect(line).not.toContain('Type 3');
      expect(line).toMatch(/yes\s+yes\s+yes/); // embedded, subset, ToUnicode
    }
    const text = pages(pdf).join('\n');
    expect(text).not.toMatch(/[\u2E80-\u2FDF\uFFFD]/);
    expect(text).toContain('人民政府');
  });

  it('keeps inline markup (bold, emphasis, code, footnotes) in the shipped TrueType faces', async () => {
    const md = '# 某局2021年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文**加粗**、*强调*、`代码`、<sup>1</sup>、~~删除~~[^1]。\n\n```\n代码块\n```\n\n[^1]: 注释。\n';
    const pdf = await printPdf('inline', md);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).not.toContain('Type 3');
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/NotoSerifSC|NotoSansSC|LXGWWenKai/);
  });

  it('sets 22 lines on a page of running text and numbers pages — N — in the margin', async () => {
    const pdf = await printPdf('seed-grid', fixture('beibei-2020-as-published.md'));
    const all = pages(pdf);
    all.forEach((p, i) => expect(p).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
    // Page 2 of the seed is all running text.
    const lines = all[1]!.split('\n').filter((l) => l.trim() && !/—\s*\d+\s*—/.test(l));
    expect(lines).toHaveLength(22);
  });

  it('continues 表三 on a new page with its header and the 三、本年度办理结果 label', async () => {
    const pdf = await printPdf('t3', fixture('layout/pingtan-2024-alt.md'));
    const all = pages(pdf);
    const withTable3 = all.filter((p) => /本机关不掌握|信访举报|属于国家秘密|予以公开/.test(p));
    expect(withTable3.length).toBeGreaterThanOrEqual(1);
    for (const p of withTable3) {
      expect(p.replace(/\s+/g, '')).toContain('申请人情况');
      // Rows of the result group on this page carry its label (first or continuation piece).
      expect(p.replace(/\s+/g, '')).toMatch(/三、本年度办?理?结?果?|三、本/);
    }
  });

  it('prints the draft mark on every page, in a TrueType font too', async () => {
    const pdf = await printPdf('draft', fixture('beibei-2020-as-published.md'), true);
    for (const p of pages(pdf)) expect(p.replace(/\s+/g, '')).toContain(DRAFT_TEXT);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).not.toContain('Type 3');
  });
});
