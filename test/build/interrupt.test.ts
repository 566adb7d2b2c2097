/** Ctrl-C during a print closes the browser and removes the temp HTML (a real child process). */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

let workDir = '';

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Running (a zombie waiting for init to reap it counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

it('SIGINT closes the browser and deletes temp files', async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'nianbao-sigint-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/build/interrupt-child.ts', 'print', workDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Wait until the temp print file exists (the browser runs and the print has started).
  for (let i = 0; i < 100 && (await readdir(workDir)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect((await readdir(workDir)).some((f) => f.endsWith('.html')), stderr).toBe(true);
  // Chromium is a direct child of the build process.
  const browserPids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
  expect(browserPids.length).toBeGreaterThan(0);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toContain('已中断');
  expect(stdout).not.toContain('已生成');
  expect(stderr).not.toContain('未生成');
  expect(await readdir(workDir)).toEqual([]);
  for (let i = 0; i < 100 && browserPids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  expect(browserPids.filter(alive)).toEqual([]);
}, 30_000);

/** Every Chromium main process whose parent is `pid` (Chromium's children hang below it). */
function browsersOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((p) => p > 0);
  } catch {
    return [];
  }
}

it('SIGINT while Chromium starts still closes it', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/build/interrupt-child.ts', 'launch'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), stdout.includes('opening') && resolve())));
  // Wait until Chromium exists, then interrupt before the launch resolves (or just after).
  let browsers: number[] = [];
  for (let i = 0; i < 100 && browsers.length === 0; i++) {
    browsers = browsersOf(child.pid!);
    if (browsers.length === 0) await new Promise((r) => setTimeout(r, 20));
  }
  expect(browsers.length).toBeGreaterThan(0);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  for (let i = 0; i < 100 && browsers.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  expect(browsers.filter(alive)).toEqual([]);
}, 30_000);
