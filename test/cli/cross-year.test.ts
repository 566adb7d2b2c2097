import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  message: string;
}

async function check(argv: string[]) {
  let stdout = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => undefined, color: false };
  const code = await main(['check', ...argv, '--format', 'json'], io);
  return { code, findings: JSON.parse(stdout) as JsonFinding[] };
}

/** Two years of the same agency: 2025 carries over 2 (not 3) 自然人 applications from 2024. */
async function twoYears() {
  const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-years-'));
  const y2024 = await readFile('test/fixtures/rules/clean-2021.md', 'utf8');
  const y2025 = y2024
    .replaceAll('2024年', '2025年')
    .replace('year: 2024', 'year: 2025')
    .replace('date: 2025-03-10', 'date: 2026-03-10')
    .replace('2025年3月10日', '2026年3月10日')
    .replace('| 二、上年结转政府信息公开申请数量 |  |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '| 二、上年结转政府信息公开申请数量 |  |  | 2 | 1 | 0 | 0 | 0 | 0 | 3 |')
    .replace('| 四、结转下年度继续办理 |  |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '| 四、结转下年度继续办理 |  |  | 2 | 1 | 0 | 0 | 0 | 0 | 3 |');
  await writeFile(path.join(dir, 'pingtan-2024.md'), y2024);
  await writeFile(path.join(dir, 'pingtan-2025.md'), y2025);
  const carriedLine = y2025.split('\n').findIndex((l) => l.startsWith('| 二、上年结转')) + 1;
  return { dir, carriedLine };
}

describe('check across years', () => {
  it('checks a report against last year’s report in the same folder and reports the carry-over at the later report’s line', async () => {
    const { dir, carriedLine } = await twoYears();
    const { code, findings } = await check([dir]);
    expect(code).toBe(1);
    const carried = findings.filter((f) => f.ruleId === 'table3-carried-over');
    expect(carried.map((f) => [path.basename(f.file), f.line, f.severity])).toEqual([
      ['pingtan-2025.md', carriedLine, 'error'],
      ['pingtan-2025.md', carriedLine, 'error'],
    ]);
    expect(carried.map((f) => f.message).join('\n')).toMatch(/「自然人」列为 2.*应为 3/);
    expect(findings.filter((f) => f.severity === 'error' && f.ruleId !== 'table3-carried-over')).toEqual([]);
  });

  it('finds last year’s report beside the file when only this year’s file is named', async () => {
    const { dir } = await twoYears();
    const { findings } = await check([path.join(dir, 'pingtan-2025.md')]);
    expect(findings.filter((f) => f.ruleId === 'table3-carried-over')).toHaveLength(2);
  });

  it('takes last year’s report from --previous', async () => {
    const { dir } = await twoYears();
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'nianbao-prev-'));
    await writeFile(path.join(elsewhere, 'this-year.md'), await readFile(path.join(dir, 'pingtan-2025.md'), 'utf8'));
    expect((await check([path.join(elsewhere, 'this-year.md')])).findings.filter((f) => f.ruleId === 'table3-carried-over')).toEqual([]);
    const { findings } = await check([path.join(elsewhere, 'this-year.md'), '--previous', path.join(dir, 'pingtan-2024.md')]);
    expect(findings.filter((f) => f.ruleId === 'table3-carried-over')).toHaveLength(2);
  });

  it('exits 2 when --previous names a missing file', async () => {
    const { dir } = await twoYears();
    const { code, findings } = await check([path.join(dir, 'pingtan-2025.md'), '--previous', path.join(dir, 'missing.md')]);
    expect(code).toBe(2);
    expect(findings.some((f) => f.message.includes('找不到') && f.file.endsWith('missing.md'))).toBe(true);
  });
});
