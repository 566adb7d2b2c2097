/**
 * `nianbao build [files or folders…] [--out dist] [--draft] [--no-verify]`: argument parsing and
 * printing; the work is `buildReports` (src/build). Each report is verified before it is written
 * (PDF/UA-1 machine checks, the round trip against its HTML, axe-core and layout checks on the
 * page and the fragment); a report that fails gets no output file, and its failed checks are
 * printed. `--no-verify` skips the checks (faster; not for publishing). Exit codes: 0 built,
 * 1 check errors, failed verification or a failed build, 2 could not run (missing input, bad
 * arguments, output folder, browser will not start), 130 interrupted.
 */
import path from 'node:path';
import { Command } from 'commander';
import { parseSubcommand } from './parse-subcommand.js';
import { BROWSER_LAUNCH_RULE, buildReports, type BuildOptions, type BuildResult } from '../build/build.js';
import { wasInterrupted } from '../render/cleanup.js';
import { expandInputs } from './input-files.js';
import { formatHuman, type FileResult } from './format-findings.js';
import type { CliIo } from './io.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_CANNOT_RUN = 2;
/** 128 + SIGINT, as a shell reports Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

export interface BuildCliOptions {
  out: string;
  draft: boolean;
  /** False with --no-verify. */
  verify: boolean;
}

const KIND_LABEL = { pdf: 'PDF', html: '网页', fragment: '网页片段', json: '数据 JSON', csv: '数据 CSV' } as const;

/** Parses argv (the words after `build`). Returns null after printing help or a usage error. */
export function parseBuildArgs(argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>): { paths: string[]; options: BuildCliOptions } | number {
  const command = new Command('nianbao build')
    .description('生成 PDF、网页、网页片段与数据文件 (build PDF, HTML, fragment, JSON/CSV)')
    .argument('[paths...]', 'Markdown 文件或文件夹（默认 content/）')
    .option('--out <dir>', '输出文件夹', 'dist')
    .option('--draft', '校验有错误时也生成（草稿）', false)
    .option('--no-verify', '跳过生成后的 PDF/UA 与网页无障碍检查（更快，勿用于发布） (skip the accessibility checks of the outputs)');
  return parseSubcommand<BuildCliOptions>(command, argv, io);
}

export async function runBuild(
  argv: string[],
  io: Pick<CliIo, 'stdout' | 'stderr'> & { color?: boolean },
  overrides: Partial<BuildOptions> = {},
): Promise<number> {
  const args = parseBuildArgs(argv, io);
  if (typeof args === 'number') return args;
  const { paths, options } = args;
  const { files, problems } = await expandInputs(paths.length > 0 ? paths : ['content']);
  for (const problem of problems) io.stderr(`${problem.message}\n`);
  if (files.length === 0) return EXIT_CANNOT_RUN;

  let results: BuildResult[];
  try {
    results = await buildReports(files, {
      outDir: options.out,
      draft: options.draft,
      verify: options.verify,
      onOutput: ({ kind, path: written }) => io.stdout(`已生成 ${KIND_LABEL[kind]}：${relative(written)}\n`),
      ...overrides,
    });
  } catch (error) {
    if (wasInterrupted()) return EXIT_INTERRUPTED;
    io.stderr(`无法生成：${(error as Error).message.split('\n')[0]}\n`);
    return EXIT_CANNOT_RUN;
  }

  // Interrupted: the failures are ours (browser closed on purpose), not the reports'.
  if (wasInterrupted()) return EXIT_INTERRUPTED;
  // Findings of every file (warnings of built files too), and the summary over all files.
  const checked: FileResult[] = results.map((r) => ({ file: r.file, messages: r.messages }));
  io.stdout(formatHuman(checked, { color: Boolean(io.color) }));
  for (const result of results) {
    if (result.status === 'check-failed') {
      io.stderr(`未生成 ${result.file}：校验有错误（改正后重试，或用 --draft 生成草稿）\n`);
    } else if (result.status === 'verify-failed') {
      const count = result.verification?.failures.length ?? 0;
      io.stderr(`未生成 ${result.file}：${count} 项无障碍检查未通过（见上），没有写出任何文件 (failed ${count} accessibility check(s); nothing written)\n`);
    } else if (result.status === 'failed') {
      io.stderr(`未生成 ${result.file}（原因见上）\n`);
    }
  }
  const noBrowser = results.some((r) => r.messages.some((m) => m.ruleId === BROWSER_LAUNCH_RULE));
  if (problems.length > 0 || noBrowser) return EXIT_CANNOT_RUN;
  return results.every((r) => r.status === 'built') ? EXIT_OK : EXIT_FAILED;
}

function relative(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
