/**
 * Child process for the Ctrl-C test: `nianbao build` in-process (as bin/nianbao.js runs it) with
 * a layout whose print page keeps Chromium busy for 20 s, so the test can interrupt mid-print.
 */
import { runBuild } from '../../src/cli/build-command.js';
import type { Layout } from '../../src/build/layout.js';

const outDir = process.argv[2]!;
const busy =
  '<!DOCTYPE html><html lang="zh-CN"><head><title>忙</title></head><body><p>忙</p>' +
  '<script>const end = Date.now() + 20000; while (Date.now() < end) {}</script></body></html>';
const busyLayout: Layout = { name: 'busy', assetDirs: [], render: () => ({ html: busy, printHtml: busy, fragment: '' }) };
const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) };
process.exitCode = await runBuild(['content/beibei-2020.md', '--out', outDir], io, { layout: busyLayout });
