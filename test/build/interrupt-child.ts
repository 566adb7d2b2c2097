/**
 * Child process for the Ctrl-C tests.
 * `print <outDir>`: `nianbao build` in-process (as bin/nianbao.js runs it) with a layout whose
 * print page keeps Chromium busy for 20 s, so the test can interrupt mid-print.
 * `launch`: says "opening" and starts a browser, so the test can interrupt mid-launch.
 */
import { runBuild } from '../../src/cli/build-command.js';
import type { Layout } from '../../src/build/layout.js';
import { RenderSession } from '../../src/render/session.js';

const [mode, outDir] = process.argv.slice(2);
if (mode === 'launch') {
  process.stdout.write('opening\n');
  await RenderSession.open();
  process.stdout.write('opened\n');
  await new Promise((resolve) => setTimeout(resolve, 20_000));
} else {
  const busy =
    '<!DOCTYPE html><html lang="zh-CN"><head><title>忙</title></head><body><p>忙</p>' +
    '<script>const end = Date.now() + 20000; while (Date.now() < end) {}</script></body></html>';
  const busyLayout: Layout = { name: 'busy', assetDirs: [], render: () => ({ html: busy, printHtml: busy, fragment: '' }) };
  const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) };
  process.exitCode = await runBuild(['content/beibei-2020.md', '--out', outDir!], io, { layout: busyLayout });
}
