/** Reads a report file as UTF-8 text, or explains in Chinese why it cannot. */
import { readFile } from 'node:fs/promises';

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readReportFile(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `找不到文件：${file}` };
    if (code === 'EISDIR') return { ok: false, message: `这是文件夹，不是文件：${file}` };
    return { ok: false, message: `无法读取文件 ${file}（${code ?? '未知原因'}）` };
  }
  if (bytes.includes(0)) return { ok: false, message: `${file} 不是文本文件（含有二进制内容），请提供 Markdown 文件` };
  try {
    // Offices often save as GBK from Word; say so instead of checking mojibake.
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, message: `${file} 不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8 后再试` };
  }
}
