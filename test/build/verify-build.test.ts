/**
 * The build proves what it builds, with one shared Chromium: the clean fixtures of both formats,
 * a report with links and lists and a multi-page table pass `verify` (and the round trip against
 * the HTML, like `verify --html`); a build whose post-processing leaves one fix out fails with
 * exit 1 and writes nothing; `--no-verify` skips the checks. The tagged-decoration fix changes no
 * pixel.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReports, type BuildResult, type Printer } from '../../src/build/build.js';
import { defaultLayout, packageRoot } from '../../src/build/layout.js';
import { reportMetadata } from '../../src/build/metadata.js';
import { runBuild } from '../../src/cli/build-command.js';
import { verifyFile } from '../../src/cli/verify-command.js';
import { postProcessPdf } from '../../src/pdf/postprocess.js';
import { checkReport } from '../../src/pipeline.js';
import { captureIo, useSharedSession } from './shared-session.js';
import { pdfinfo, run, runBytes } from './helpers.js';

const CLEAN = 'content/beibei-2020.md';
const FIXTURES = [
  'test/fixtures/rules/clean-2019.md',
  'test/fixtures/rules/clean-2021.md',
  'test/fixtures/build/links-and-list.md',
  'test/fixtures/build/long-table.md',
];

const shared = useSharedSession('nianbao-verify-build-');
const tempDir = () => shared.tempDir();

describe('every kind of report nianbao builds passes verify', () => {
  let results: BuildResult[];
  beforeAll(async () => {
    // long-table.md is not a whole report: built as a draft (the draft mark is checked too).
    results = await buildReports(FIXTURES, { outDir: await tempDir(), draft: true, printer: shared.session });
  }, 180_000);

  it.each(FIXTURES.map((file, index) => [file, index] as const))('%s: built, verified, 0 failures (verify --html)', async (file, index) => {
    const result = results[index]!;
    expect(result.messages.filter((m) => m.ruleId.startsWith('verify')), file).toEqual([]);
    expect(result.status).toBe('built');
    expect(result.verification?.ok).toBe(true);
    expect(result.verification?.counts.html).toBeGreaterThan(4);
    // The same checks as `nianbao verify <pdf> --html <page>`, read back from the written files.
    const checked = await verifyFile(result.outputs.pdf!, result.outputs.html!);
    expect(checked.error).toBeUndefined();
    expect(checked.items.filter((i) => i.status === 'fail')).toEqual([]);
    expect(checked.items.some((i) => i.check === 'rt-tables')).toBe(true);
  });

  it('reads a header repeated on continuation pages once (the repeats are Pagination artifacts)', () => {
    const pdf = results[3]!.outputs.pdf!;
    expect(Number(pdfinfo(pdf).Pages)).toBeGreaterThanOrEqual(2);
    const structure = run('pdfinfo', ['-struct-text', pdf]);
    expect(structure.match(/"事项名称"/g)).toHaveLength(1);
    // Still painted on page 2, outside the structure tree.
    expect(run('pdftotext', ['-f', '2', '-l', '2', pdf, '-'])).toContain('事项名称');
  });

  it('tags the links (with /Contents) and both lists', () => {
    const structure = run('pdfinfo', ['-struct-text', results[2]!.outputs.pdf!]);
    expect(structure.match(/^\s*Link\b/gm)).toHaveLength(2);
    expect(structure.match(/^\s*L\b/gm)).toHaveLength(2);
    expect(structure.match(/^\s*LBody\b/gm)).toHaveLength(6);
  });
});

describe('build fails when verification fails', () => {
  it('exit 1, the failing checks printed, no output written, older files untouched', async () => {
    const outDir = await tempDir();
    await writeFile(path.join(outDir, 'beibei-2020.pdf'), 'previous build');
    const { out, io } = captureIo();
    // The real build path with one post-processing fix left out: table borders stay content.
    const code = await runBuild([CLEAN, '--out', outDir], io, { printer: shared.session, skipFixes: ['container-artifacts'] });
    expect(code).toBe(1);
    expect(out.stdout).toMatch(/beibei-2020\.md:1:1 {2}error {4}PDF\/UA house:container-content 未通过：Table 直接包含页面内容.* \/ Table owns page content directly/);
    expect(out.stdout).toContain('verify-pdf');
    expect(out.stderr).toMatch(/未生成 content\/beibei-2020\.md：\d+ 项无障碍检查未通过/);
    expect(out.stdout).not.toContain('已生成');
    expect(await readdir(outDir)).toEqual(['beibei-2020.pdf']);
    expect(await readFile(path.join(outDir, 'beibei-2020.pdf'), 'utf8')).toBe('previous build');
  });

  it('--no-verify skips the checks and writes the outputs', async () => {
    const outDir = await tempDir();
    const { out, io } = captureIo();
    const code = await runBuild([CLEAN, '--out', outDir, '--no-verify'], io, { printer: shared.session, skipFixes: ['container-artifacts'] });
    expect(code).toBe(0);
    expect(out.stdout).not.toMatch(/verify-(pdf|round-trip|html)|未通过/);
    expect((await readdir(outDir)).sort()).toContain('beibei-2020.pdf');
  });

  it('a printer without a browser cannot run the HTML checks: failed, with a clear message', async () => {
    const bare: Printer = { printPdf: (html, options) => shared.session.printPdf(html, options) };
    const outDir = await tempDir();
    const [result] = await buildReports([CLEAN], { outDir, printer: bare });
    expect(result!.status).toBe('failed');
    expect(result!.messages.at(-1)!.message).toContain('没有可用的浏览器');
    expect(await readdir(outDir)).toEqual([]);
  });
});

describe('tagged decoration as artifacts', () => {
  it('changes no pixel and is deterministic (clean-2019: borders and a repeated 表三 header)', async () => {
    const file = FIXTURES[0]!;
    const markdown = await readFile(file, 'utf8');
    const { model } = checkReport(markdown, { path: file });
    const layout = await defaultLayout();
    const meta = reportMetadata(model, 'clean-2019');
    const page = await layout.render({ markdown, model, path: file, outputName: 'clean-2019', title: meta.title, draft: false });
    const workDir = await tempDir();
    const printed = await shared.session.printPdf(page.printHtml, { workDir, allowedDirs: [...layout.assetDirs, packageRoot()] });
    const options = { ...meta, date: new Date(Date.UTC(2020, 0, 1)) };
    const without = await postProcessPdf(printed.pdf, { ...options, skipFixes: ['container-artifacts', 'repeated-headers'] });
    const fixed = await postProcessPdf(printed.pdf, options);
    const again = await postProcessPdf(printed.pdf, options);
    expect(fixed.taggedArtifacts.container).toBeGreaterThan(3);
    expect(fixed.taggedArtifacts['repeated-header']).toBeGreaterThan(3);
    expect(Buffer.compare(fixed.pdf, again.pdf)).toBe(0);
    const a = path.join(workDir, 'without.pdf');
    const b = path.join(workDir, 'fixed.pdf');
    await writeFile(a, without.pdf);
    await writeFile(b, fixed.pdf);
    for (let p = 1; p <= fixed.pages; p++) {
      const range = ['-r', '50', '-f', String(p), '-l', String(p)];
      expect(Buffer.compare(runBytes('pdftoppm', [...range, a]), runBytes('pdftoppm', [...range, b])), `page ${p}`).toBe(0);
    }
  });
});
