import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../src/cli/verify-command.js';
import { buildTaggedPdf, SOURCE_HTML } from './tagged-pdf-builder.js';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runVerify(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), color: false });
  return { code, out, err };
}

describe('nianbao verify', () => {
  let dir: string;
  let good: string;
  let bad: string;
  let html: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-verify-'));
    good = join(dir, 'good.pdf');
    bad = join(dir, 'bad.pdf');
    html = join(dir, 'good.html');
    await writeFile(good, await buildTaggedPdf());
    await writeFile(bad, await buildTaggedPdf({ lang: false, linkContents: false }));
    await writeFile(html, SOURCE_HTML);
    await writeFile(join(dir, 'not.pdf'), 'hello');
  });

  it('exits 0 and prints a summary when everything passes', async () => {
    const { code, out } = await cli([good, '--html', html]);
    expect(code).toBe(0);
    expect(out).toBe('共检查 1 个 PDF：1 个全部通过，0 项未通过 (1 PDF(s): 1 passed, 0 failed check(s))\n');
  });

  it('exits 1 with one line per failed check', async () => {
    const { code, out } = await cli([bad]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toEqual([
      `${bad}  11-001  目录中没有 /Lang / the catalog has no /Lang`,
      `${bad}  28-012  第 1 页的链接注释没有 /Contents / page 1: a link annotation has no /Contents  (page 1, obj 8)`,
      '共检查 1 个 PDF：0 个全部通过，2 项未通过 (1 PDF(s): 0 passed, 2 failed check(s))',
    ]);
  });

  it('exits 2 for a missing file or a file that is not a PDF, and still checks the others', async () => {
    const { code, out } = await cli([join(dir, 'missing.pdf'), join(dir, 'not.pdf'), good]);
    expect(code).toBe(2);
    expect(out).toContain(`${join(dir, 'missing.pdf')}  error  文件不存在`);
    expect(out).toContain(`${join(dir, 'not.pdf')}  error  不是 PDF 文件（缺少 %PDF- 文件头） / not a PDF file (no %PDF- header)`);
    expect(out).toContain('1 个全部通过');
  });

  it('checks every PDF in a folder; an empty folder cannot be checked', async () => {
    const { code, out } = await cli([dir]);
    expect(code).toBe(2);
    expect(out).toContain(`${join(dir, 'bad.pdf')}  11-001`);
    expect(out).toContain('共检查 3 个 PDF：1 个全部通过');
    const empty = await mkdtemp(join(tmpdir(), 'nianbao-verify-empty-'));
    const result = await cli([empty]);
    expect(result.code).toBe(2);
    expect(result.out).toContain('这是文件夹，不是文件');
  });

  it('exits 2 on bad arguments', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli([good, '--format', 'xml'])).err).toContain('未知的输出格式：xml');
    expect((await cli([good, '--nope'])).code).toBe(2);
    expect((await cli([good, bad, '--html', html])).err).toContain('--html 的个数（1）应与 PDF 个数（2）相同');
    expect((await cli([good, '--html', join(dir, 'missing.html')])).code).toBe(2);
  });

  it('prints JSON with every item', async () => {
    const { code, out } = await cli([bad, '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: { file: string; ok: boolean; items: { checkpoint: string; status: string }[] }[]; summary: unknown };
    expect(json.summary).toEqual({ files: 1, failed: 2, couldNotRun: 0 });
    expect(json.files[0]).toMatchObject({ file: bad, ok: false });
    expect(json.files[0]!.items.find((i) => i.checkpoint === '11-001')).toMatchObject({ status: 'fail', message: { en: 'the catalog has no /Lang' } });
  });

  it('lists the checks', async () => {
    const { code, out } = await cli(['--list-checks']);
    expect(code).toBe(0);
    expect(out).toContain('06-002                  XMP 中 pdfuaid:part 为 1 / XMP declares pdfuaid:part = 1');
    expect(out).toContain('round-trip:characters');
  });
});
