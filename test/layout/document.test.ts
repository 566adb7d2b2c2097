import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyModel } from '../../src/reader/index.js';
import { DRAFT_TEXT } from '../../src/layout/index.js';
import { byTag, findAll, fixture, hasClass, norm, parseHtml, readModel, render, startParser, stopParser } from './helpers.js';

beforeAll(startParser);
afterAll(stopParser);

const SEED = fixture('beibei-2020-as-published.md');
const ALT = fixture('layout/pingtan-2024-alt.md');
const SEED_TITLE = '重庆市北碚区人民政府办公室2020年政府信息公开工作年度报告';

describe('document structure', () => {
  it('has lang zh-CN, the report title as <title> and <h1>, sections as <h2>', async () => {
    const out = render(SEED);
    expect(out.title).toBe(SEED_TITLE);
    for (const html of [out.html, out.printHtml]) {
      const dom = await parseHtml(html);
      expect(dom.attrs.lang).toBe('zh-CN');
      expect(byTag(dom, 'title')[0]!.text).toBe(SEED_TITLE);
      const h1 = byTag(dom, 'h1');
      expect(h1.map((h) => h.text)).toEqual([SEED_TITLE]);
      expect(byTag(dom, 'h2').map((h) => h.text)).toEqual([
        '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
      ]);
    }
  });

  it('lets a two-line title break between agency, year and 政府信息公开工作年度报告', async () => {
    const dom = await parseHtml(render(SEED).fragment);
    const h1 = byTag(dom, 'h1')[0]!;
    expect(h1.children.map((c) => c.tag)).toEqual(['wbr', 'wbr']);
    expect(h1.text).toBe(SEED_TITLE);
  });

  it('turns plain-paragraph sections and （一） lines into headings, never skipping a level', async () => {
    const dom = await parseHtml(render(ALT).fragment);
    const headings = findAll(dom, (n) => /^h[1-6]$/.test(n.tag)).map((n) => `${n.tag}:${n.text}`);
    expect(headings.slice(0, 4)).toEqual([
      'h1:平潭综合实验区2024年度政府信息公开工作年度报告',
      'h2:一、总体情况',
      'h3:（一）主动公开方面',
      'h2:二、主动公开政府信息情况',
    ]);
    // A run-in （二） sentence stays a paragraph, its lead marked for 楷体.
    const runIn = findAll(dom, (n) => hasClass(n, 'nb-runin'));
    expect(runIn.map((n) => n.text)).toEqual(['（二）依申请公开方面。']);
    let level = 0;
    for (const h of findAll(dom, (n) => /^h[1-6]$/.test(n.tag))) {
      const l = Number(h.tag[1]);
      expect(l).toBeLessThanOrEqual(level + 1);
      level = l;
    }
  });

  it('sets the sign-off apart at the end, one line each (separate paragraphs and one paragraph)', async () => {
    for (const md of [SEED, ALT]) {
      const dom = await parseHtml(render(md).fragment);
      const article = byTag(dom, 'article')[0]!;
      const last = article.children[article.children.length - 1]!;
      expect(hasClass(last, 'nb-signoff')).toBe(true);
      expect(last.children.map((p) => p.text)).toEqual(
        md === SEED ? ['重庆市北碚区人民政府办公室', '2020年1月25日'] : ['平潭综合实验区管委会办公室', '2025年1月20日'],
      );
    }
  });

  it('makes a title typed as a plain first paragraph the <h1>', async () => {
    const md = SEED.replace('# 重庆市北碚区', '重庆市北碚区');
    const out = render(md);
    const dom = await parseHtml(out.fragment);
    expect(byTag(dom, 'h1').map((h) => h.text)).toEqual([SEED_TITLE]);
    expect(out.title).toBe(SEED_TITLE);
  });

  it('keeps footnote links working after the sanitiser prefixes ids', async () => {
    const dom = await parseHtml(render('# 某局2021年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文[^1]。\n\n[^1]: 注释内容。\n').fragment);
    const ids = new Set(findAll(dom, (n) => Boolean(n.attrs.id)).map((n) => n.attrs.id));
    const links = byTag(dom, 'a').filter((a) => a.attrs.href?.startsWith('#'));
    expect(links.length).toBe(2);
    for (const a of links) expect(ids.has(a.attrs.href!.slice(1))).toBe(true);
  });

  it('puts an agency and a date typed on one line on two lines', async () => {
    const dom = await parseHtml(render(fixture('layout/pingtan-2020-alt.md')).fragment);
    const block = findAll(dom, (n) => hasClass(n, 'nb-signoff'))[0]!;
    expect(block.children.map((p) => p.text)).toEqual(['平潭综合实验区管理委员会', '2021年1月20日']);
  });

  it('builds a title from the model when the Markdown has none', async () => {
    const model = { ...emptyModel(), agency: { value: '某县财政局', position: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, year: { value: 2022, position: { line: 1, column: 1, endLine: 1, endColumn: 1 } } };
    const out = render('## 一、总体情况\n\n正文。\n', { model });
    expect(out.title).toBe('某县财政局2022年政府信息公开工作年度报告');
    expect(byTag(await parseHtml(out.fragment), 'h1')[0]!.text).toBe(out.title);
  });

  it('builds the official tables from a hand-made model without positions (text fallback)', async () => {
    const model = readModel(SEED);
    for (const t of [model.table2, model.table3, model.table4]) {
      if (!t) continue;
      t.position = undefined as never;
      for (const r of t.rows) r.position = undefined as never;
    }
    const dom = await parseHtml(render(SEED, { model }).fragment);
    expect(byTag(dom, 'table').map((t) => t.attrs.id)).toEqual(['table2-item1', 'table2-item5', 'table2-item6', 'table2-item8', 'table2-item9', 'table3', 'table4']);
  });
});

describe('draft mark, PDF link, resources', () => {
  it('shows the draft mark in the page and on every printed page only for drafts', async () => {
    const draft = render(SEED, { draft: true });
    const dom = await parseHtml(draft.html);
    const mark = findAll(dom, (n) => hasClass(n, 'nb-draft'));
    expect(mark).toHaveLength(1);
    expect(norm(mark[0]!.text)).toBe(DRAFT_TEXT);
    expect(draft.printHtml).toMatch(new RegExp(`@top-center\\{content:"${DRAFT_TEXT}"`));
    const clean = render(SEED);
    expect(clean.html).not.toContain(DRAFT_TEXT);
    expect(clean.printHtml).not.toContain(DRAFT_TEXT);
  });

  it('links the PDF in the standalone page only', async () => {
    const out = render(SEED, { pdfHref: '2020年报.pdf' });
    const links = byTag(await parseHtml(out.html), 'a').filter((a) => a.attrs.href === '2020年报.pdf');
    expect(links).toHaveLength(1);
    expect(out.printHtml).not.toContain('2020年报.pdf');
    expect(out.fragment).not.toContain('2020年报.pdf');
  });

  it('references no external resource from the standalone page', async () => {
    const { html } = render(SEED, { pdfHref: 'a.pdf' });
    expect(html).not.toMatch(/url\(\s*["']?(?!data:)/);
    expect(html).not.toMatch(/<link\b|<script\b|@import/i);
    const dom = await parseHtml(html);
    for (const n of findAll(dom, (x) => 'src' in x.attrs)) expect(n.attrs.src).not.toMatch(/^[a-z]+:|^\/\//i);
  });

  it('loads only shipped woff2 files by file:// URL in the print page, user fonts first', () => {
    const { printHtml, assetDirs } = render(ALT); // front matter: fonts: { body: 仿宋_GB2312 }
    const urls = [...printHtml.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    for (const url of new Set(urls)) {
      expect(url).toMatch(/^file:\/\/.*\.woff2$/);
      const file = fileURLToPath(url);
      expect(assetDirs.some((d) => file.startsWith(d + '/'))).toBe(true);
      expect(existsSync(file)).toBe(true);
    }
    expect(printHtml).toContain('.nb-report{font-family:"仿宋_GB2312", "nianbao-fangsong"}');
    // Print stacks end with the shipped TrueType faces: no generic family that could pick a CFF font.
    expect(printHtml).not.toMatch(/font-family:[^;}]*\b(serif|sans-serif)\b/);
  });

  it('resolves relative image paths of the print page against baseDir, and nothing else', () => {
    const md = `${SEED}\n![组织机构图](images/机构图.png)\n\n见注释[^1]。\n\n[^1]: 注释。\n`;
    const out = render(md, { baseDir: '/srv/reports/2020' });
    expect(out.printHtml).toContain('src="file:///srv/reports/2020/images/%E6%9C%BA%E6%9E%84%E5%9B%BE.png"');
    expect(out.printHtml).toContain('href="#user-content-fn-1"');
    expect(out.printHtml).not.toContain('<base');
    expect(out.html).toContain('src="images/');
    expect(out.fragment).toContain('src="images/');
  });

  it('lets the option override the front matter fonts', () => {
    const { printHtml, html } = render(ALT, { fonts: { body: ['方正仿宋_GBK'], title: '方正小标宋简体' } });
    expect(printHtml).toContain('.nb-report{font-family:"方正仿宋_GBK", "nianbao-fangsong"}');
    expect(printHtml).toContain('.nb-report .nb-title{font-family:"方正小标宋简体", "nianbao-xiaobiaosong"}');
    expect(html).toContain('.nb-report{font-family:"方正仿宋_GBK", "仿宋_GB2312"');
  });
});
