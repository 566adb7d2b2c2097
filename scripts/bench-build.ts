/**
 * Build figures for `npm run bench` (scripts/bench.ts calls `benchBuild`): cold CLI build of the
 * sample and 20 reports through one browser, each with the build verification (PDF/UA checks,
 * round trip, HTML accessibility checks) and with `--no-verify`; and the floor: the same
 * finished print HTML printed by a bare Puppeteer script. Printed as plain lines, never asserted.
 * Needs the compiled CLI (bench.ts compiles it first).
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';
import { buildReports } from '../src/build/build.js';
import { defaultLayout } from '../src/build/layout.js';
import { reportMetadata } from '../src/build/metadata.js';
import { checkReport } from '../src/pipeline.js';
import { postProcessPdf } from '../src/pdf/postprocess.js';
import { launchOptions } from '../src/render/launch.js';

const SAMPLE = 'content/beibei-2020.md';
const BATCH = 20;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function benchCold(work: string, verify: boolean): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = path.join(work, `cold-${verify ? 'verify' : 'no-verify'}-${i}`);
    const start = performance.now();
    const args = ['bin/nianbao.js', 'build', SAMPLE, '--out', out, ...(verify ? [] : ['--no-verify'])];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`build exited with ${result.status}: ${result.stderr}`);
  }
  const how = verify ? 'with verification' : '--no-verify';
  console.log(`build, cold CLI (node bin/nianbao.js build <sample>), ${how}, median of 3: ${seconds(median(times))}`);
}

async function benchBatch(work: string, concurrency: number, verify: boolean): Promise<void> {
  const inputs: string[] = [];
  for (let i = 1; i <= BATCH; i++) {
    const file = path.join(work, 'batch-in', `report-${String(i).padStart(2, '0')}.md`);
    inputs.push(file);
  }
  await mkdir(path.join(work, 'batch-in'), { recursive: true });
  await Promise.all(inputs.map((file) => copyFile(SAMPLE, file)));
  const start = performance.now();
  const outDir = path.join(work, `batch-out-${concurrency}-${verify ? 'verify' : 'no-verify'}`);
  const results = await buildReports(inputs, { outDir, concurrency, verify });
  const total = performance.now() - start;
  const failed = results.filter((r) => r.status !== 'built').length;
  const rss = process.memoryUsage().rss / 1024 / 1024;
  const how = verify ? 'with verification' : '--no-verify';
  console.log(
    `build, ${BATCH} reports in one browser, ${concurrency} page(s) at a time, ${how}: ${seconds(total)} total, ` +
      `${seconds(total / BATCH)} per report${failed ? `, ${failed} failed` : ''} (node RSS ${rss.toFixed(0)} MB)`,
  );
  const timings = results.map((r) => r.verification?.timings).filter((t): t is { pdf: number; html: number } => t !== undefined);
  if (timings.length > 0) {
    console.log(
      `  verification per report, median: PDF checks + round trip ${seconds(median(timings.map((t) => t.pdf)))}, ` +
        `HTML checks (page + fragment) ${seconds(median(timings.map((t) => t.html)))} (run side by side)`,
    );
  }
}

/** The floor: launch, goto, pdf with nothing of ours around it, on the same print HTML. */
async function benchFloor(work: string): Promise<void> {
  const markdown = await readFile(SAMPLE, 'utf8');
  const { model } = checkReport(markdown, { path: SAMPLE });
  const layout = await defaultLayout();
  const page = await layout.render({ markdown, model, path: SAMPLE, outputName: 'sample', title: reportMetadata(model, 'sample').title, draft: false });
  const htmlFile = path.join(work, 'floor.html');
  await writeFile(htmlFile, page.printHtml);
  const launchStart = performance.now();
  const browser = await puppeteer.launch(launchOptions());
  const launched = performance.now() - launchStart;
  try {
    const times: number[] = [];
    const tab = await browser.newPage();
    let raw: Uint8Array = new Uint8Array();
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await tab.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      raw = await tab.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true, waitForFonts: true });
      times.push(performance.now() - start);
    }
    console.log(`floor, bare Puppeteer: launch ${seconds(launched)}, goto + pdf median of 5 ${seconds(median(times))} (first ${seconds(times[0]!)})`);
    const post: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const result = await postProcessPdf(raw, { title: 'sample', author: null, subject: '', keywords: [], lang: 'zh-CN', date: new Date(0) });
      post.push(performance.now() - start);
      size = result.pdf.length;
    }
    console.log(`post-processing (pdf-lib, in place), median of 5: ${seconds(median(post))} (${(raw.length / 1024).toFixed(0)} KB → ${(size / 1024).toFixed(0)} KB)`);
  } finally {
    await browser.close();
  }
}

export async function benchBuild(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'nianbao-bench-'));
  try {
    await benchCold(work, true);
    await benchCold(work, false);
    await benchBatch(work, 2, true);
    await benchBatch(work, 2, false);
    await benchBatch(work, 1, false);
    await benchFloor(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchBuild();
