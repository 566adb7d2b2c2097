/** Offline rendering: a page may load `data:` URLs and `file:` URLs under allowed folders, nothing else. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';

/** True when `url` may be loaded: `data:`, or a `file:` URL inside one of `allowedDirs`. */
export function isAllowedUrl(url: string, allowedDirs: readonly string[]): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  return allowedDirs.some((dir) => {
    const root = path.resolve(dir);
    const rel = path.relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

export interface OfflineGuard {
  /** URLs that were refused, in order (for diagnostics and tests). */
  blocked: string[];
  /** Swaps the allowed folders (a pooled page renders reports for different output folders). */
  setAllowedDirs(dirs: readonly string[]): void;
}

/** Turns on request interception for `page`; every request outside the allowed set is aborted. */
export async function guardOffline(page: Page, allowedDirs: readonly string[]): Promise<OfflineGuard> {
  let allowed = [...allowedDirs];
  const guard: OfflineGuard = {
    blocked: [],
    setAllowedDirs(dirs) {
      allowed = [...dirs];
    },
  };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (isAllowedUrl(url, allowed)) {
      void request.continue().catch(() => undefined);
    } else {
      guard.blocked.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  return guard;
}
