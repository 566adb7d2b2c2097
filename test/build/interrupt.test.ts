/** Ctrl-C during a print closes the browser and removes the temp HTML (a real child process). */
import { spawn } from 'node:child_process';
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
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const browserPid = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /browser (\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
  });
  expect(alive(browserPid)).toBe(true);
  // Wait until the temp print file exists (the print has started).
  for (let i = 0; i < 50 && (await readdir(workDir)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect((await readdir(workDir)).some((f) => f.endsWith('.html'))).toBe(true);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toContain('已中断');
  expect(stdout).not.toContain('printed');
  expect(await readdir(workDir)).toEqual([]);
  for (let i = 0; i < 20 && alive(browserPid); i++) await new Promise((r) => setTimeout(r, 100));
  expect(alive(browserPid)).toBe(false);
}, 30_000);
