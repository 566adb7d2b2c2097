/**
 * The build as a whole, with one shared browser: the long table repeats its header, failures
 * leave no file behind, the check gate, the CLI contract, and offline rendering.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports, type Printer } from '../../src/build/build.js';
import { writeAllAtomic } from '../../src/build/atomic.js';
import { devLayout } from '../../src/build/layout.js';
import { DRAFT_TEXT } from '../../src/layout/index.js';
import { runBuild } from '../../src/cli/build-command.js';
import { isAllowedUrl } from '../../src/render/offline.js';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { walkStructTree } from '../../src/pdf/struct-tree.js';
import { captureIo, useSharedSession } from './shared-session.js';
import { pdfinfo, run } from './helpers.js';

const CLEAN = 'content/beibei-2020.md';
const AS_PUBLISHED = 'test/fixtures/beibei-2020-as-published.md';
const LONG_TABLE = 'test/fixtures/build/long-table.md';

const shared = useSharedSession('nianbao-out-');
const tempDir = () => shared.tempDir();

describe('long table', () => {
  it('repeats the header row on the next page', async () => {
    const outDir = await tempDir();
    const [result] = await buildReports([LONG_TABLE], { outDir, draft: true, printer: shared.session });
    expect(result!.status).toBe('built');
    const pdf = result!.outputs.pdf!;
    const pages = Number(pdfinfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 2; page <= pages; page++) {
      const text = run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
      if (!/第\d+项/.test(text)) continue;
      const header = text.indexOf('事项名称');
      expect(header, `header on page ${page}`).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(text.search(/第\d+项/));
    }
    const all = run('pdftotext', [pdf, '-']);
    for (const n of [1, 40, 80]) expect(all).toContain(`第${n}项政府信息公开事项`);
  });
});

describe('lists', () => {
  it('tags list items as LI → Lbl + LBody, nested lists inside the LBody', async () => {
    const outDir = await tempDir();
    const [result] = await buildReports(['test/fixtures/build/lists.md'], { outDir, draft: true, printer: shared.session });
    const doc = await PDFDocument.load(await readFile(result!.outputs.pdf!), { updateMetadata: false });
    const kidTypes: string[][] = [];
    walkStructTree(doc, ({ type, dict }) => {
      if (type !== 'LI') return;
      const kids = dict.lookup(PDFName.of('K'));
      const list = kids instanceof PDFArray ? kids.asArray() : [kids];
      kidTypes.push(list.map((k) => String(doc.context.lookup(k, PDFDict).get(PDFName.of('S'))?.toString())));
    });
    expect(kidTypes.length).toBe(9);
    for (const kids of kidTypes) expect(kids.filter((t) => t !== '/Lbl')).toEqual(['/LBody']);
  });
});

describe('failures leave no file behind', () => {
  it('a renderer that throws: no output, no temp file, older outputs untouched', async () => {
    const outDir = await tempDir();
    await writeFile(path.join(outDir, 'beibei-2020.pdf'), 'previous build');
    const failing: Printer = { printPdf: async () => Promise.reject(new Error('PDF 渲染失败：模拟的渲染错误')) };
    const [result] = await buildReports([CLEAN], { outDir, printer: failing });
    expect(result!.status).toBe('failed');
    expect(result!.messages.at(-1)!.message).toBe('PDF 渲染失败：模拟的渲染错误');
    expect(await readdir(outDir)).toEqual(['beibei-2020.pdf']);
    expect(await readFile(path.join(outDir, 'beibei-2020.pdf'), 'utf8')).toBe('previous build');
  });

  it('a write that fails half-way: the files staged before it are removed', async () => {
    const outDir = await tempDir();
    const files = [
      { path: path.join(outDir, 'a.pdf'), data: 'whole file' },
      { path: path.join(outDir, 'missing-folder', 'b.html'), data: 'x' },
    ];
    await expect(writeAllAtomic(files)).rejects.toThrow(/^无法写入 .*b\.html：文件夹不存在（ENOENT）$/);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('a report with check errors is not built (and never starts the browser)', async () => {
    const outDir = await tempDir();
    let printed = 0;
    const counting: Printer = { printPdf: (html, options) => (printed++, shared.session.printPdf(html, options)) };
    const [result] = await buildReports([AS_PUBLISHED], { outDir, printer: counting });
    expect(result!.status).toBe('check-failed');
    expect(result!.messages.some((m) => m.severity === 'error')).toBe(true);
    expect(printed).toBe(0);
    expect(await readdir(outDir)).toEqual([]);
  });
});

describe('nianbao build (in-process)', () => {
  it('builds a clean report: exit 0, one line per output', async () => {
    const outDir = await tempDir();
    const { out, io } = captureIo();
    expect(await runBuild([CLEAN, '--out', outDir], io, { printer: shared.session })).toBe(0);
    const lines = out.stdout.trim().split('\n').filter((l) => l.startsWith('已生成'));
    expect(lines).toHaveLength(5);
    expect(out.stdout).toContain('已生成 PDF：');
    expect((await readdir(outDir)).sort()).toEqual(['beibei-2020.csv', 'beibei-2020.fragment.html', 'beibei-2020.html', 'beibei-2020.json', 'beibei-2020.pdf']);
  });

  it('stops on check errors with exit 1 and prints them like check does', async () => {
    const outDir = await tempDir();
    const { out, io } = captureIo();
    expect(await runBuild([AS_PUBLISHED, '--out', outDir], io, { printer: shared.session })).toBe(1);
    expect(out.stdout).toMatch(/beibei-2020-as-published\.md:\d+:\d+ {2}error/);
    expect(out.stderr).toContain('--draft');
    expect(await readdir(outDir)).toEqual([]);
  });

  it('builds the same report with --draft', async () => {
    const outDir = await tempDir();
    const { out, io } = captureIo();
    expect(await runBuild([AS_PUBLISHED, '--out', outDir, '--draft'], io, { printer: shared.session })).toBe(0);
    expect(out.stdout).toContain('已生成 PDF：');
    expect(out.stdout).toMatch(/error/);
    // Every page carries the draft mark.
    const pdf = path.join(outDir, 'beibei-2020-as-published.pdf');
    const pages = Number(pdfinfo(pdf).Pages);
    for (let page = 1; page <= pages; page++) {
      expect(run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']).replace(/\s/g, '')).toContain(DRAFT_TEXT.replace(/\s/g, ''));
    }
  });

  it('--draft on a clean report adds no draft mark', async () => {
    const outDir = await tempDir();
    const { io } = captureIo();
    expect(await runBuild([CLEAN, '--out', outDir, '--draft'], io, { printer: shared.session })).toBe(0);
    expect(run('pdftotext', [path.join(outDir, 'beibei-2020.pdf'), '-'])).not.toContain(DRAFT_TEXT);
  });

  it('exit 2 when the output folder cannot be made', async () => {
    const blocker = path.join(await tempDir(), 'a-file');
    await writeFile(blocker, '');
    const { out, io } = captureIo();
    expect(await runBuild([CLEAN, '--out', path.join(blocker, 'dist')], io, { printer: shared.session })).toBe(2);
    expect(out.stderr).toMatch(/^无法生成：无法创建输出文件夹 .*（ENOTDIR）\n$/);
  });

  it('exit 2 when the browser cannot start', async () => {
    const { out, io } = captureIo();
    const noBrowser: Printer = { printPdf: () => Promise.reject(new Error('无法启动浏览器（/nonexistent）：not found')) };
    expect(await runBuild([CLEAN, '--out', await tempDir()], io, { printer: noBrowser })).toBe(2);
    expect(out.stdout).toContain('无法启动浏览器（/nonexistent）');
    expect(out.stderr).toContain('未生成');
  });

  it('exit 2 for a missing file or a bad option', async () => {
    const missing = captureIo();
    expect(await runBuild(['no-such-report.md', '--out', await tempDir()], missing.io)).toBe(2);
    expect(missing.out.stderr).toContain('找不到文件或文件夹：no-such-report.md');
    const bad = captureIo();
    expect(await runBuild(['--bogus'], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain('--bogus');
  });
});

describe('offline rendering', () => {
  it('allows data: and files under the allowed folders only', () => {
    expect(isAllowedUrl('data:font/woff2;base64,AAAA', [])).toBe(true);
    expect(isAllowedUrl('file:///srv/out/a.woff2', ['/srv/out'])).toBe(true);
    expect(isAllowedUrl('file:///srv/outside/a.woff2', ['/srv/out'])).toBe(false);
    expect(isAllowedUrl('file:///srv/out/../secret', ['/srv/out'])).toBe(false);
    expect(isAllowedUrl('https://example.com/font.woff2', ['/srv/out'])).toBe(false);
  });

  it('warns about a blocked remote image but still builds', async () => {
    const outDir = await tempDir();
    // The official layout turns remote images into their alt text; the plain one keeps the <img>.
    const [result] = await buildReports(['test/fixtures/build/remote-image.md'], { outDir, draft: true, printer: shared.session, layout: devLayout });
    expect(result!.status).toBe('built');
    const warning = result!.messages.find((m) => m.ruleId === 'build-offline');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('https://example.com/screenshot.png');
  });

  it('aborts network and outside-file requests while printing', async () => {
    const workDir = await tempDir();
    const html =
      '<!DOCTYPE html><html lang="zh-CN"><head><title>离线</title>' +
      '<link rel="stylesheet" href="https://example.com/style.css"></head>' +
      '<body><h1>离线</h1><img alt="外部图片" src="http://198.51.100.7/a.png"><img alt="" src="file:///etc/hostname"></body></html>';
    const result = await shared.session.printPdf(html, { workDir });
    expect(result.blocked).toEqual(
      expect.arrayContaining(['https://example.com/style.css', 'http://198.51.100.7/a.png', 'file:///etc/hostname']),
    );
    expect(new TextDecoder().decode(result.pdf.subarray(0, 5))).toBe('%PDF-');
    expect(await readdir(workDir)).toEqual([]);
  });
});
