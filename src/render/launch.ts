/** Starts the browser: system Chromium when present, quiet flags, no sandbox when root. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer';

/** Flags that keep Chromium from phoning home or doing work a print job never needs. */
export const QUIET_FLAGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * `PUPPETEER_EXECUTABLE_PATH`, else Debian's Chromium when it exists, else undefined
 * (Puppeteer then uses the browser it downloaded).
 */
export function resolveExecutablePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export function launchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  const args = [...QUIET_FLAGS];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  const executablePath = resolveExecutablePath(env);
  return {
    headless: true,
    args,
    ...(executablePath ? { executablePath } : {}),
    // We close the browser ourselves (cleanup registry); Puppeteer's own handlers would race it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
}

export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const options = launchOptions(env);
  try {
    return await puppeteer.launch(options);
  } catch (error) {
    const where = options.executablePath ?? 'Puppeteer 自带浏览器';
    throw new Error(`无法启动浏览器（${where}）：${firstLine(error)}`, { cause: error });
  }
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
