/**
 * One browser, a small pool of pages (2 by default), and `printPdf`: print-media, offline,
 * fonts loaded, tagged PDF with an outline. Temp HTML files and the browser are closed on
 * errors and on Ctrl-C (cleanup registry).
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { onCleanup } from './cleanup.js';
import { firstLine, launchBrowser } from './launch.js';
import { guardOffline, type OfflineGuard } from './offline.js';
import { PagePool } from './pool.js';

export interface PrintOptions {
  /** Folder for the temporary print HTML (the output folder), so relative and file:// URLs resolve. */
  workDir: string;
  /** Folders the page may read `file:` URLs from, besides `workDir` (fonts, styles). */
  allowedDirs?: readonly string[];
  timeoutMs?: number;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the offline guard refused. */
  blocked: string[];
  /** Font families whose files failed to load. */
  failedFonts: string[];
}

interface PooledPage {
  page: Page;
  guard: OfflineGuard;
}

export class RenderError extends Error {
  override name = 'RenderError';
}

export class RenderSession {
  private readonly pool: PagePool<PooledPage>;
  private closing: Promise<void> | null = null;
  private tempCounter = 0;

  private constructor(
    readonly browser: Browser,
    concurrency: number,
    private readonly unregister: () => void,
  ) {
    this.pool = new PagePool<PooledPage>(concurrency, () => this.newPage(), async (p) => {
      await p.page.close().catch(() => undefined);
    });
  }

  static async open(options: { concurrency?: number } = {}): Promise<RenderSession> {
    // Registered before the launch: Ctrl-C while Chromium starts must not leave it running.
    let session: RenderSession | null = null;
    const launching = launchBrowser();
    const unregister = onCleanup(async () => {
      if (session) return session.close();
      const browser = await launching.catch(() => null);
      if (browser) await closeBrowser(browser);
    });
    let browser: Browser;
    try {
      browser = await launching;
    } catch (error) {
      unregister();
      throw error;
    }
    // Last resort when Node exits without closing us (uncaught error, process.exit elsewhere).
    const killOnExit = () => void browser.process()?.kill('SIGKILL');
    process.on('exit', killOnExit);
    session = new RenderSession(browser, Math.max(1, options.concurrency ?? 2), () => {
      unregister();
      process.off('exit', killOnExit);
    });
    return session;
  }

  async printPdf(printHtml: string, options: PrintOptions): Promise<PrintResult> {
    if (this.closing) throw new RenderError('PDF 渲染失败：浏览器已关闭');
    const tempFile = path.join(
      options.workDir,
      `.nianbao-print-${process.pid}-${++this.tempCounter}-${randomBytes(4).toString('hex')}.html`,
    );
    const dropTemp = onCleanup(() => rm(tempFile, { force: true }));
    try {
      await writeFile(tempFile, printHtml);
      return await this.pool.use(async (pooled) => {
        pooled.guard.setAllowedDirs([options.workDir, ...(options.allowedDirs ?? [])]);
        pooled.guard.blocked.length = 0;
        return await printOnPage(pooled, tempFile, options.timeoutMs ?? 60_000);
      });
    } catch (error) {
      if (error instanceof RenderError) throw error;
      throw new RenderError(`PDF 渲染失败：${firstLine(error)}`, { cause: error });
    } finally {
      await rm(tempFile, { force: true });
      dropTemp();
    }
  }

  /**
   * Closes the pages and the browser; every caller waits for the same close. The cleanup
   * registration lasts until Chromium is gone, so Ctrl-C during a close still ends it.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await withTimeout(this.pool.drain(), 3000);
      await closeBrowser(this.browser);
    })().finally(() => this.unregister());
    return this.closing;
  }

  private async newPage(): Promise<PooledPage> {
    const page = await this.browser.newPage();
    const guard = await guardOffline(page, []);
    await page.emulateMediaType('print');
    return { page, guard };
  }
}

/** `browser.close()`, and SIGKILL when Chromium has not gone after a few seconds. */
async function closeBrowser(browser: Browser): Promise<void> {
  const closed = await withTimeout(browser.close().then(() => true), 5000);
  if (!closed) browser.process()?.kill('SIGKILL');
}

/** The promise's value, or undefined after `ms` (errors count as undefined too). */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function printOnPage(pooled: PooledPage, htmlFile: string, timeout: number): Promise<PrintResult> {
  const { page, guard } = pooled;
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout });
  const failedFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const failed: string[] = [];
    document.fonts.forEach((face) => {
      if (face.status === 'error') failed.push(face.family);
    });
    return [...new Set(failed)];
  });
  const pdf = await page.pdf({
    tagged: true,
    outline: true,
    preferCSSPageSize: true,
    printBackground: true,
    waitForFonts: true,
    timeout,
  });
  // Leave the page empty so a pooled page holds no report between jobs.
  await page.goto('about:blank').catch(() => undefined);
  return { pdf: new Uint8Array(pdf), blocked: [...guard.blocked], failedFonts };
}
