/** Shared helpers for the build tests: poppler/qpdf wrappers and a minimal model for layout-only inputs. */
import { execFileSync } from 'node:child_process';
import type { ReportModel } from '../../src/model/types.js';
import { emptyModel } from '../../src/reader/index.js';

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function runBytes(command: string, args: string[]): Buffer {
  return execFileSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
}

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** Parses binary PGM (P5) as written by `pdftoppm -gray`. */
export function parsePgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header: string[] = [];
  let pos = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    if (bytes[pos] === 0x23) {
      while (bytes[pos] !== 0x0a) pos++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[pos]!))) token += String.fromCharCode(bytes[pos++]!);
    header.push(token);
  }
  pos++;
  if (header[0] !== 'P5') throw new Error(`not a binary PGM: ${header[0]}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(bytes.subarray(pos, pos + width * height)) };
}

/** A model with only a title, for tests that render hand-written Markdown. */
export function minimalModel(markdown: string): ReportModel {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? null;
  const none = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { ...emptyModel(), title: title ? { value: title, position: none } : null };
}
