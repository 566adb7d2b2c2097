/** Ctrl-C during a print closes the browser and removes the temp HTML (a real child process). */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

let workDir = '';

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it('SIGINT closes the browser and deletes temp files', async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'nianbao-sigint-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/build/interrupt-child.ts', workDir], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  for (let i = 0; i < 20 && browserPids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  expect(browserPids.filter(alive)).toEqual([]);
}, 30_000);
