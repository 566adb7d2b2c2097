import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

const SEED = 'test/fixtures/beibei-2020-as-published.md';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
}

describe('nianbao check', () => {
  it('reports exactly the published seed report’s errors, at their lines, and exits 1', async () => {
    const { code, stdout } = await run(['check', SEED, '--format', 'json']);
    expect(code).toBe(1);
    const errors = (JSON.parse(stdout) as JsonFinding[]).filter((f) => f.severity === 'error');
    const summary = errors.map((f) => `${f.line} ${f.ruleId}`).sort();
    // （七）总计 wrong in 自然人 and 商业企业, the same two columns break 一+二 = （七）+四,
    // the blank 2.重复申请 总计 cell, and the sign-off dated before the year it reports on.
    expect(summary).toEqual(
      [
        '74 cell-blank',
        '79 table3-result-total',
        '79 table3-result-total',
        '98 sign-off-date',
        ...errors.filter((f) => f.ruleId === 'table3-balance').map((f) => `${f.line} table3-balance`),
      ].sort(),
    );
    expect(errors.filter((f) => f.ruleId === 'table3-balance')).toHaveLength(2);
    const resultTotal = errors.filter((f) => f.ruleId === 'table3-result-total').map((f) => f.message).join('\n');
    expect(resultTotal).toContain('自然人');
    expect(resultTotal).toContain('商业企业');
    expect(resultTotal).toContain('17');
  });

  it('prints one human line per finding as file:line:column severity message rule-id, then a summary', async () => {
    const { code, stdout } = await run(['check', SEED]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.some((l) => /^test\/fixtures\/beibei-2020-as-published\.md:74:\d+ {2}error {3} .+ {2}cell-blank$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/共检查 1 个文件：6 个错误/);
    expect(stdout).not.toContain('\u001b['); // no colour when not a TTY
  });

  it('passes the corrected sample in content/ with exit 0', async () => {
    const { code, stdout } = await run(['check', 'content/', '--format', 'json']);
    const findings = JSON.parse(stdout) as JsonFinding[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('gives every JSON finding the documented fields', async () => {
    const { stdout } = await run(['check', SEED, '--format', 'json']);
    for (const f of JSON.parse(stdout) as JsonFinding[]) {
      expect(Object.keys(f).sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.line).toBeGreaterThan(0);
      expect(f.column).toBeGreaterThan(0);
    }
  });

  it('exits 2 for a missing file but still checks the others', async () => {
    const { code, stdout } = await run(['check', 'no-such-report.md', SEED, '--format', 'json']);
    expect(code).toBe(2);
    const findings = JSON.parse(stdout) as JsonFinding[];
    expect(findings.find((f) => f.file === 'no-such-report.md')?.message).toContain('找不到');
    expect(findings.some((f) => f.file === SEED && f.ruleId === 'cell-blank')).toBe(true);
  });

  it('explains a GBK-encoded file instead of checking garbage, and exits 2', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-gbk-'));
    const file = path.join(dir, 'report.md');
    // "一、总体情况" in GBK
    await writeFile(file, Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6]));
    const { code, stdout } = await run(['check', file]);
    expect(code).toBe(2);
    expect(stdout).toContain('不是 UTF-8 编码');
  });

  it('checks every Markdown file in a folder, in name order', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-dir-'));
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'b.md'), '# 空报告\n');
    await writeFile(path.join(dir, 'sub', 'a.md'), '| 1 | 2 |\n|---|---|\n| x | y |\n');
    await writeFile(path.join(dir, 'notes.txt'), 'not a report');
    const { stdout } = await run(['check', dir, '--format', 'json']);
    const files = [...new Set((JSON.parse(stdout) as JsonFinding[]).map((f) => path.relative(dir, f.file)))];
    expect(files).toEqual(['b.md', path.join('sub', 'a.md')]);
  });

  it('exits 2 on an unknown output format or an unknown command', async () => {
    expect((await run(['check', SEED, '--format', 'xml'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});
