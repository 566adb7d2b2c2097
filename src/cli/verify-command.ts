/**
 * `nianbao verify <pdf or folder…> [--html <file>…] [--format human|json] [--list-checks]`: nianbao's own
 * PDF/UA-1 machine checks, plus a round trip against the source HTML when --html is given.
 * Exit codes: 0 all pass, 1 some check failed, 2 could not run (bad arguments, missing or
 * unreadable file, not a PDF). One bad file never stops the others.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { CHECKS, ROUND_TRIP_CHECKS } from '../verify/checks.js';
import { roundTrip, verifyPdf } from '../verify/index.js';
import { VerifyInputError, type VerifyItem } from '../verify/types.js';

export interface VerifyIo {
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
}

export interface FileVerification {
  file: string;
  html?: string;
  /** Set when the file could not be checked at all. */
  error?: { zh: string; en: string };
  items: VerifyItem[];
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_CANNOT_RUN = 2;

export async function runVerify(argv: string[], io: VerifyIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        html: { type: 'string', multiple: true },
        format: { type: 'string', default: 'human' },
        'list-checks': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`nianbao verify：参数错误 (bad arguments): ${(error as Error).message}\n${USAGE}`);
    return EXIT_CANNOT_RUN;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') {
    io.stderr(`未知的输出格式：${format}（可选 human 或 json） (unknown format; use human or json)\n`);
    return EXIT_CANNOT_RUN;
  }
  if (values['list-checks']) {
    io.stdout(format === 'json' ? JSON.stringify({ checks: CHECKS, roundTrip: ROUND_TRIP_CHECKS }, null, 2) + '\n' : listChecks());
    return EXIT_OK;
  }
  const htmls = values.html ?? [];
  if (positionals.length === 0) {
    io.stderr(`nianbao verify：请给出至少一个 PDF 文件 (give at least one PDF)\n${USAGE}`);
    return EXIT_CANNOT_RUN;
  }
  const files = htmls.length > 0 ? positionals : await expandFolders(positionals);
  if (htmls.length > 0 && htmls.length !== files.length) {
    io.stderr(`--html 的个数（${htmls.length}）应与 PDF 个数（${files.length}）相同，按顺序配对 (give one --html per PDF, paired in order)\n`);
    return EXIT_CANNOT_RUN;
  }
  const results: FileVerification[] = [];
  for (const [index, file] of files.entries()) {
    results.push(await verifyFile(file, htmls[index]));
  }
  io.stdout(format === 'json' ? formatJson(results) : formatHuman(results, io.color));
  if (results.some((r) => r.error)) return EXIT_CANNOT_RUN;
  return results.some((r) => r.items.some((i) => i.status === 'fail')) ? EXIT_FAILED : EXIT_OK;
}

/** A folder stands for the PDFs directly inside it (sorted); anything else is kept as given. */
async function expandFolders(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(path);
      continue;
    }
    const pdfs = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.pdf')).sort();
    // An empty folder stays in the list and is reported as "a folder, not a file".
    out.push(...(pdfs.length > 0 ? pdfs.map((name) => join(path, name)) : [path]));
  }
  return out;
}

export async function verifyFile(file: string, html: string | undefined): Promise<FileVerification> {
  const result: FileVerification = html === undefined ? { file, items: [] } : { file, html, items: [] };
  try {
    const bytes = new Uint8Array(await readFile(file));
    result.items = (await verifyPdf(bytes)).items;
    if (html !== undefined) {
      const source = await readFile(html, 'utf8');
      result.items.push(...(await roundTrip(bytes, source)));
    }
  } catch (error) {
    result.error = describeError(error);
  }
  return result;
}

function describeError(error: unknown): { zh: string; en: string } {
  if (error instanceof VerifyInputError) return { zh: error.zh, en: error.message };
  const err = error as NodeJS.ErrnoException;
  const path = err.path ?? '';
  if (err.code === 'ENOENT') return { zh: `文件不存在：${path}`, en: `no such file: ${path}` };
  if (err.code === 'EISDIR') return { zh: `这是文件夹，不是文件：${path}`, en: `is a folder, not a file: ${path}` };
  if (err.code === 'EACCES') return { zh: `没有读取权限：${path}`, en: `permission denied: ${path}` };
  const message = err.message?.split('\n')[0] ?? String(error);
  return { zh: `无法检查：${message}`, en: `could not check: ${message}` };
}

export function formatHuman(results: readonly FileVerification[], color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  let failed = 0;
  for (const result of results) {
    if (result.error) {
      lines.push(`${result.file}  ${c.red('error')}  ${result.error.zh} / ${result.error.en}`);
      continue;
    }
    for (const item of result.items.filter((i) => i.status === 'fail')) {
      failed++;
      const detail = item.detail ? c.dim(`  (${item.detail})`) : '';
      lines.push(`${result.file}  ${c.red(item.checkpoint)}  ${item.message.zh} / ${item.message.en}${detail}`);
    }
  }
  const broken = results.filter((r) => r.error).length;
  const passedFiles = results.filter((r) => !r.error && r.items.every((i) => i.status === 'pass')).length;
  const summary =
    `共检查 ${results.length} 个 PDF：${passedFiles} 个全部通过，${failed} 项未通过${broken ? `，${broken} 个无法检查` : ''}` +
    ` (${results.length} PDF(s): ${passedFiles} passed, ${failed} failed check(s)${broken ? `, ${broken} could not be checked` : ''})`;
  lines.push(failed > 0 || broken > 0 ? c.red(summary) : c.green(summary));
  return lines.join('\n') + '\n';
}

export function formatJson(results: readonly FileVerification[]): string {
  const files = results.map((r) => ({
    file: r.file,
    ...(r.html === undefined ? {} : { html: r.html }),
    ok: !r.error && r.items.every((i) => i.status === 'pass'),
    ...(r.error ? { error: r.error } : {}),
    items: r.items,
  }));
  const failed = results.reduce((n, r) => n + r.items.filter((i) => i.status === 'fail').length, 0);
  return JSON.stringify({ files, summary: { files: results.length, failed, couldNotRun: results.filter((r) => r.error).length } }, null, 2) + '\n';
}

function listChecks(): string {
  const rows = [...CHECKS.map((c) => [c.checkpoint, c.requirement] as const), ...ROUND_TRIP_CHECKS.map((c) => [`round-trip:${c.id.slice(3)}`, c.requirement] as const)];
  return rows.map(([id, r]) => `${id.padEnd(24)}${r.zh} / ${r.en}`).join('\n') + '\n';
}

const USAGE = `用法 (usage): nianbao verify <pdf 或文件夹…> [--html <file>…] [--format human|json] [--list-checks]
  --html <file>    与 PDF 按顺序配对的源网页，做往返比对 (source HTML per PDF, for the round trip)
  --format         human（默认）或 json
  --list-checks    列出全部检查项 (list every check)
退出码 (exit codes): 0 全部通过, 1 有未通过项, 2 无法运行
`;
