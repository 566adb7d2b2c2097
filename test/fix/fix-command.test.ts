import { describe, expect, it } from 'vitest';
import { chmod, lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runFix } from '../../src/cli/fix-command.js';
import { BLANK_TOTALS_2021, CLEAN_2021, SEED, memoryIo, tempReport } from './helpers.js';

async function fix(argv: string[]) {
  const io = memoryIo();
  const code = await runFix(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('nianbao fix', () => {
  it('writes a backup, then the fixed file; prints each fix and the check of the result; exit 0 when clean', async () => {
    const { dir, file } = await tempReport('2021.md', BLANK_TOTALS_2021);
    const { code, stdout } = await fix([file]);
    expect(code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(CLEAN_2021);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(BLANK_TOTALS_2021);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('  fixed  '))).toHaveLength(34);
    expect(lines).toContain(`${file}:48:52  fixed    填写空白的表三「一、本年新收政府信息公开申请数量」行「总计」列：218（各类申请人之和）`);
    expect(lines.at(-1)).toMatch(/^共检查 1 个文件：0 个错误/);
    // No temp file left behind.
    expect((await readdir(dir)).sort()).toEqual(['2021.md', '2021.md.bak']);
  });

  it('on the seed: fills, refuses the conflicting totals, prints the remaining errors and exits 1', async () => {
    const { file } = await tempReport('beibei.md', SEED);
    const { code, stdout } = await fix([file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:74:40  fixed    填写空白的表三「（五）不予处理 2.重复申请」行「总计」列：0（各类申请人之和）`);
    expect(stdout).toContain(`${file}:79:15  refused  第79行表三（七）总计「自然人」列为 18，与（一）至（六）之和 17 不一致`);
    expect(stdout).toMatch(/beibei\.md:79:15 {2}error {3} 表三（七）总计「自然人」列为 18.+table3-result-total/);
    expect(stdout).not.toContain('cell-blank');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(SEED);
  });

  it('--dry-run prints a unified diff and changes nothing, writes no backup', async () => {
    const { dir, file } = await tempReport('beibei.md', SEED);
    const { code, stdout } = await fix([file, '--dry-run']);
    expect(code).toBe(1);
    expect(stdout).toContain(`--- ${file}\n+++ ${file}\n@@ -23,6 +23,6 @@\n`);
    expect(stdout).toContain('\n@@ -72,5 +72,5 @@\n');
    expect(stdout).toContain('-|  |  | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 |  |\n+|  |  | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n');
    expect(stdout).toContain('--dry-run，文件未改动');
    expect(await readFile(file, 'utf8')).toBe(SEED);
    expect(await readdir(dir)).toEqual(['beibei.md']);
  });

  it('is idempotent: a second run has nothing to fix, does not rewrite the file and writes no new backup', async () => {
    const { file } = await tempReport('2021.md', BLANK_TOTALS_2021);
    expect((await fix([file])).code).toBe(0);
    const written = await stat(file);
    await writeFile(`${file}.bak`, 'first backup');
    const second = await fix([file]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('没有可自动修正的内容，文件未改动');
    expect(second.stdout).not.toContain('  fixed  ');
    expect((await stat(file)).mtimeMs).toBe(written.mtimeMs);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('first backup');
  });

  it('a clean file is left alone without a backup', async () => {
    const { dir, file } = await tempReport('clean.md', CLEAN_2021);
    expect((await fix([file])).code).toBe(0);
    expect(await readdir(dir)).toEqual(['clean.md']);
  });

  it('exit 2 for a missing file, a file that is not UTF-8, and no arguments', async () => {
    const missing = await fix(['/nonexistent/report.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件或文件夹');
    const { file } = await tempReport('gbk.md', new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0x0a]));
    const gbk = await fix([file]);
    expect(gbk.code).toBe(2);
    expect(gbk.stderr).toContain('不是 UTF-8 编码');
    expect((await fix([])).code).toBe(2);
  });

  it('refuses with exit 2 and leaves the file untouched when the backup cannot be written', async () => {
    const { file } = await tempReport('2021.md', BLANK_TOTALS_2021);
    await mkdir(`${file}.bak`); // a folder where the backup should go
    const { code, stderr } = await fix([file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`无法写入备份 ${file}.bak`);
    expect(await readFile(file, 'utf8')).toBe(BLANK_TOTALS_2021);
  });

  it('keeps a byte-order mark and fixes every report of a folder', async () => {
    const { dir, file } = await tempReport('a.md', '\uFEFF' + BLANK_TOTALS_2021);
    await writeFile(path.join(dir, 'b.md'), BLANK_TOTALS_2021);
    const { code } = await fix([dir]);
    expect(code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('\uFEFF' + CLEAN_2021);
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toBe(CLEAN_2021);
  });
});

describe('writing the fixed file', () => {
  it('keeps the permissions, and writes through a symlink instead of replacing it', async () => {
    const { dir, file } = await tempReport('real.md', BLANK_TOTALS_2021);
    await chmod(file, 0o640);
    const link = path.join(dir, 'link.md');
    await symlink(file, link);
    expect((await fix([link])).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(CLEAN_2021);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readFile(`${link}.bak`, 'utf8')).toBe(BLANK_TOTALS_2021);
  });
});

describe('nianbao fix --help', () => {
  it('prints usage with the exit codes and exits 0', async () => {
    const { code, stdout } = await fix(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--dry-run');
    expect(stdout).toContain('退出码');
  });
});
