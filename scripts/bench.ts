/**
 * `npm run bench`: speed and memory figures, printed, never asserted.
 * Check: median in-process time per report, cold CLI time for one file.
 * Build: delegated to bench-build.ts (cold build, 20 reports in one browser, bare-Puppeteer floor).
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { checkReport } from '../src/pipeline.js';

const SAMPLE = 'test/fixtures/beibei-2020-as-published.md';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function benchCheckInProcess(): void {
  const markdown = readFileSync(SAMPLE, 'utf8');
  for (let i = 0; i < 20; i++) checkReport(markdown); // warm-up: JIT and module caches
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    checkReport(markdown);
    times.push(performance.now() - start);
  }
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`check, in-process, one report (median of 200): ${ms(median(times))}  (p90 ${ms(times.sort((a, b) => a - b)[179]!)}, heap ${heapMb.toFixed(0)} MB)`);
}

function benchCheckCold(): void {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['bin/nianbao.js', 'check', SAMPLE], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 1) throw new Error(`unexpected exit code ${result.status}: ${result.stderr}`);
  }
  console.log(`check, cold CLI (node bin/nianbao.js check <seed>), median of 7: ${ms(median(times))}`);
}

console.log(`nianbao bench — node ${process.version}, ${process.platform}/${process.arch}`);
benchCheckInProcess();
benchCheckCold();
if (!process.argv.includes('--check-only')) {
  const { benchBuild } = await import('./bench-build.js');
  await benchBuild();
}
