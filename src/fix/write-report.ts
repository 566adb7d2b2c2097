/**
 * Writing a fixed report: the backup `<file>.bak` first (a copy of the bytes as they are), then the new
 * text atomically (temp file + rename, src/build/atomic.ts) over the real file behind a symlink, with the
 * original byte-order mark and permissions. A failed backup leaves the report untouched.
 */
import { chmod, copyFile, open, realpath, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../build/atomic.js';

export type WriteOutcome = { ok: true; backup: string } | { ok: false; stage: 'backup' | 'write'; message: string };

export async function backupAndWrite(file: string, text: string): Promise<WriteOutcome> {
  const backup = `${file}.bak`;
  try {
    await copyFile(file, backup);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, stage: 'backup', message: `无法写入备份 ${backup}${code ? `（${code}）` : ''}：为安全起见，${file} 未改动` };
  }
  try {
    const target = await realpath(file);
    const { mode } = await stat(target);
    // readReportFile drops the byte-order mark; put it back so that only the fixes change.
    const bom = await startsWithBom(target);
    await writeFileAtomic(target, (bom ? '\uFEFF' : '') + text);
    await chmod(target, mode & 0o7777).catch(() => undefined);
  } catch (error) {
    return { ok: false, stage: 'write', message: `${(error as Error).message}；原文件未改动，备份在 ${backup}` };
  }
  return { ok: true, backup };
}

async function startsWithBom(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  } finally {
    await handle.close();
  }
}
