/** Expands the command line's files and folders into Markdown files, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'lib', '.git']);

export interface InputProblem {
  file: string;
  message: string;
}

export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      problems.push({ file: input, message: `找不到文件或文件夹：${input}` });
      continue;
    }
    if (info.isDirectory()) {
      const found = await markdownFilesIn(input);
      if (found.length === 0) problems.push({ file: input, message: `文件夹中没有 Markdown 文件（*.md）：${input}` });
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], problems };
}

async function markdownFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) files.push(...(await markdownFilesIn(full)));
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}
