/**
 * `nianbao fix <file…> [--dry-run]`: argument parsing, files and printing; the work is `fixReport`
 * (src/fix). Writes `<file>.bak` first, then the fixed file atomically; `--dry-run` prints a unified
 * diff and writes nothing. Exit codes: 0 the fixed reports have no check errors, 1 errors remain,
 * 2 could not run (bad arguments, missing or unreadable file, backup or file not writable).
 */
import { Command } from 'commander';
import { parseSubcommand } from './parse-subcommand.js';
import pc from 'picocolors';
import { fixReport, unifiedDiff, type FixResult } from '../fix/index.js';
import { backupAndWrite } from '../fix/write-report.js';
import type { Position } from '../model/types.js';
import { fatalFinding } from './check-command.js';
import { CompanionReports } from './companion-reports.js';
import { formatHuman, type FileResult } from './format-findings.js';
import { expandInputs } from './input-files.js';
import type { CliIo } from './io.js';
import { readReportFile } from './read-report-file.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;

export interface FixCliOptions {
  dryRun: boolean;
}

/** Parses argv (the words after `fix`): the paths and options, or an exit code after help or a usage error. */
export function parseFixArgs(argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>): { paths: string[]; options: FixCliOptions } | number {
  const command = new Command('nianbao fix')
    .description('自动修正报告中可机械修正的问题（填写空白的总计、规范标签和标题、全角数字）(safe mechanical fixes)')
    .argument('<paths...>', 'Markdown 文件或文件夹')
    .option('--dry-run', '只显示将做的修改（diff），不改动文件', false)
    .addHelpText(
      'after',
      '\n修改前先写备份 <文件>.bak；已填写的数字从不改动，与各项之和不符的只报告。\n' +
        '退出码 (exit codes): 0 修正后无错误, 1 仍有错误, 2 无法运行\n',
    );
  return parseSubcommand<FixCliOptions>(command, argv, io);
}

export async function runFix(argv: string[], io: CliIo): Promise<number> {
  const args = parseFixArgs(argv, io);
  if (typeof args === 'number') return args;
  const { paths, options } = args;
  const { files, problems } = await expandInputs(paths);
  const results: FileResult[] = problems.map((p) => ({ file: p.file, messages: [fatalFinding('input-missing', p.message)] }));
  for (const problem of problems) io.stderr(`${problem.message}\n`);
  let cannotRun = problems.length > 0;
  for (const file of files) {
    // Fresh companions per file: a report fixed earlier in this run is read again as it is now.
    const outcome = await fixFile(file, options, new CompanionReports([]), io);
    results.push({ file, messages: outcome.messages });
    if (!outcome.ran) cannotRun = true;
  }
  io.stdout(formatHuman(results, { color: io.color }));
  if (cannotRun) return EXIT_CANNOT_RUN;
  return results.some((r) => r.messages.some((m) => m.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
}

interface FileOutcome {
  /** False when the file could not be read, fixed or written. */
  ran: boolean;
  /** Check findings of the fixed file (or the one fatal finding). */
  messages: FileResult['messages'];
}

async function fixFile(file: string, options: FixCliOptions, companions: CompanionReports, io: CliIo): Promise<FileOutcome> {
  const fatal = (ruleId: string, message: string): FileOutcome => {
    io.stderr(`${message}\n`);
    return { ran: false, messages: [fatalFinding(ruleId, message)] };
  };
  const read = await readReportFile(file);
  if (!read.ok) return fatal('input-unreadable', read.message);
  let result: FixResult;
  try {
    result = fixReport(read.text, { path: file, others: await companions.othersFor(file) });
  } catch (error) {
    return fatal('internal-error', `修正 ${file} 时发生内部错误，文件未改动：${(error as Error).message.split('\n')[0]}`);
  }
  if (options.dryRun) {
    io.stdout(unifiedDiff(read.text, result.output, file));
  } else if (result.changed) {
    const written = await backupAndWrite(file, result.output);
    if (!written.ok) return fatal(written.stage === 'backup' ? 'backup-failed' : 'output-unwritable', written.message);
  }
  printChanges(file, result, io);
  if (options.dryRun && result.changed) io.stdout(`${file}：--dry-run，文件未改动\n`);
  return { ran: true, messages: result.messages };
}

function printChanges(file: string, result: FixResult, io: CliIo): void {
  const colors = pc.createColors(io.color);
  const place = (p: Position) => colors.dim(`${file}:${p.line}:${p.column}`);
  const lines = [
    ...result.edits.map((e) => ({ p: e.position, text: `${place(e.position)}  ${colors.green('fixed  ')}  ${e.description}` })),
    ...result.refusals.map((r) => ({ p: r.position, text: `${place(r.position)}  ${colors.yellow('refused')}  ${r.message}` })),
  ].sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column);
  if (lines.length > 0) io.stdout(lines.map((l) => l.text).join('\n') + '\n');
  if (!result.changed) io.stdout(`${file}：没有可自动修正的内容，文件未改动\n`);
}
