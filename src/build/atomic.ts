/**
 * Atomic output: each file is written to a temp file in the same folder and renamed over the
 * target, so a reader never sees half a file. `writeAllAtomic` stages every file first and only
 * renames when all staged writes succeeded: one failure leaves no new file behind.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { onCleanup } from '../render/cleanup.js';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeAllAtomic([{ path: target, data }]);
}

/** Writes all files or none of them (as far as the file system allows: renames are last). */
export async function writeAllAtomic(files: readonly OutputFile[]): Promise<void> {
  const staged: Array<{ temp: string; target: string }> = [];
  const drop = onCleanup(() => removeAll(staged.map((s) => s.temp)));
  try {
    for (const file of files) {
      const temp = tempPathFor(file.path);
      staged.push({ temp, target: file.path });
      await writeFile(temp, file.data).catch((error: unknown) => Promise.reject(writeError(file.path, error)));
    }
    for (const { temp, target } of staged) {
      await rename(temp, target).catch((error: unknown) => Promise.reject(writeError(target, error)));
    }
  } catch (error) {
    await removeAll(staged.map((s) => s.temp));
    throw error;
  } finally {
    drop();
  }
}

const REASONS: Record<string, string> = {
  ENOENT: '文件夹不存在',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EISDIR: '同名的文件夹已存在',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统只读',
};

/** A Chinese message that names the file, with the system code for searching. */
function writeError(target: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new Error(`无法写入 ${target}：${REASONS[code] ?? '写入失败'}${code ? `（${code}）` : ''}`, { cause: error });
}

async function removeAll(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file, { force: true })));
}
