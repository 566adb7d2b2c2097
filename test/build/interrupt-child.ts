/**
 * Child process for the Ctrl-C test: starts a browser, begins printing a page whose script
 * keeps it busy, reports the browser pid, and waits to be interrupted.
 */
import { RenderSession } from '../../src/render/session.js';

const workDir = process.argv[2]!;
const session = await RenderSession.open();
const busy =
  '<!DOCTYPE html><html lang="zh-CN"><head><title>忙</title></head><body><p>忙</p>' +
  '<script>const end = Date.now() + 20000; while (Date.now() < end) {}</script></body></html>';
process.stdout.write(`browser ${session.browser.process()?.pid ?? 0}\n`);
await session.printPdf(busy, { workDir, timeoutMs: 30_000 });
process.stdout.write('printed (should not happen)\n');
