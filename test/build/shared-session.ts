/** One Chromium per build test file, temp output folders cleaned up after it, and captured CLI output. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { RenderSession } from '../../src/render/session.js';

export interface SharedSession {
  /** The file's browser session (valid inside tests, after beforeAll). */
  readonly session: RenderSession;
  /** A fresh temp folder, removed after the file's tests. */
  tempDir(): Promise<string>;
}

export function useSharedSession(prefix: string): SharedSession {
  let session: RenderSession | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    session = await RenderSession.open();
  });
  afterAll(async () => {
    await session?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return {
    get session() {
      if (!session) throw new Error('the render session is opened in beforeAll');
      return session;
    },
    async tempDir() {
      const dir = await mkdtemp(path.join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
  };
}

export function captureIo() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), color: false } };
}
