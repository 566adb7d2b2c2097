/**
 * Opening the HTML under test: a page of the caller's browser (or the caller's page), screen
 * media, offline. The offline guard is src/render's: only `data:` URLs (and `file:` URLs under
 * allowed folders) load; everything else is aborted and recorded.
 */
import type { Browser, Page } from 'puppeteer';
import { guardOffline, type OfflineGuard } from '../render/offline.js';

/** One guard per page: a second `request` listener on the same page would race the first. */
const guards = new WeakMap<Page, OfflineGuard>();

export interface OpenedPage {
  page: Page;
  guard: OfflineGuard;
  /** Closes the page when we opened it; leaves a caller's page blank but open. */
  release(): Promise<void>;
}

export function isPage(target: Page | Browser): target is Page {
  return typeof (target as Page).setContent === 'function';
}

export async function openPage(target: Page | Browser, allowedDirs: readonly string[]): Promise<OpenedPage> {
  const owned = !isPage(target);
  const page = isPage(target) ? target : await target.newPage();
  try {
    let guard = guards.get(page);
    if (!guard) {
      guard = await guardOffline(page, allowedDirs);
      guards.set(page, guard);
    }
    guard.setAllowedDirs(allowedDirs);
    guard.blocked.length = 0;
    // A page from a print pool may emulate print media; the portal page is read on screens.
    await page.emulateMediaType('screen');
    const release = async () => {
      if (owned) await page.close().catch(() => undefined);
      else await page.goto('about:blank').catch(() => undefined);
    };
    return { page, guard, release };
  } catch (error) {
    if (owned) await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Loads `html` into the page with `setContent` (the document's URL stays about:blank, so nothing
 * relative resolves and no file is written), at `width` CSS px, and waits for fonts.
 */
export async function loadHtml(page: Page, html: string, width: number, timeout: number): Promise<void> {
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load', timeout });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * Changes the viewport width. No waiting for animation frames (a background page may never get
 * one): every measurement reads layout, which Chromium brings up to date synchronously.
 */
export async function resize(page: Page, width: number): Promise<void> {
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
}
