/** `nianbao check [files or folders…] [--format human|json]`: thin layer over checkFiles. */
import { checkReport } from '../pipeline.js';
import type { Finding } from '../model/findings.js';
import { expandInputs } from './input-files.js';
import { CompanionReports } from './companion-reports.js';
import { readReportFile } from './read-report-file.js';
import { formatHuman, formatJson, type FileResult } from './format-findings.js';
import type { CliIo } from './io.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export interface CheckRun {
  results: FileResult[];
  /** True when some input could not be read: the run is incomplete. */
  incomplete: boolean;
}

/** A whole-file problem (unreadable input, internal failure) as a finding at 1:1. */
export function fatalFinding(ruleId: string, message: string): Finding {
  return { ruleId, severity: 'error', message, position: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

export interface CheckFilesOptions {
  /** Reports of earlier years to compare with (besides the inputs and the files beside them). */
  previous?: readonly string[];
}

/** Checks every Markdown file under the inputs; one broken file never stops the others. */
export async function checkFiles(inputs: readonly string[], options: CheckFilesOptions = {}): Promise<CheckRun> {
  const { files, problems } = await expandInputs(inputs);
  const companions = new CompanionReports(options.previous ?? []);
  const results: FileResult[] = problems.map((p) => ({ file: p.file, messages: [fatalFinding('input-missing', p.message)] }));
  for (const previous of options.previous ?? []) {
    const read = await readReportFile(previous);
    if (!read.ok) results.push({ file: previous, messages: [fatalFinding('input-unreadable', read.message)] });
  }
  let incomplete = results.length > 0;
  for (const file of files) {
    const read = await readReportFile(file);
    if (!read.ok) {
      incomplete = true;
      results.push({ file, messages: [fatalFinding('input-unreadable', read.message)] });
      continue;
    }
    try {
      const others = await companions.othersFor(file);
      results.push({ file, messages: checkReport(read.text, { path: file, others }).messages });
    } catch (error) {
      incomplete = true;
      results.push({ file, messages: [fatalFinding('internal-error', `检查时发生内部错误：${(error as Error).message}`)] });
    }
  }
  return { results, incomplete };
}

export function exitCodeFor(run: CheckRun): number {
  if (run.incomplete) return EXIT_CANNOT_RUN;
  return run.results.some((r) => r.messages.some((m) => m.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCheck(paths: string[], options: { format: string; previous?: string[] }, io: CliIo): Promise<number> {
  if (options.format !== 'human' && options.format !== 'json') {
    io.stderr(`未知的输出格式：${options.format}（可选 human 或 json）\n`);
    return EXIT_CANNOT_RUN;
  }
  const run = await checkFiles(paths.length > 0 ? paths : ['content'], { previous: options.previous ?? [] });
  io.stdout(options.format === 'json' ? formatJson(run.results) : formatHuman(run.results, { color: io.color }));
  return exitCodeFor(run);
}
