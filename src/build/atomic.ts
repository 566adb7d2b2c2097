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
      await writeFile(temp, file.data);
    }
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (error) {
    await removeAll(staged.map((s) => s.temp));
    throw error;
  } finally {
    drop();
  }
}

async function removeAll(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file, { force: true })));
}
