/** The `nianbao` command: argument parsing only; each command's work lives in its own module. */
import { Command, CommanderError } from 'commander';
import { runCheck, EXIT_CANNOT_RUN } from './check-command.js';
import { processIo, type CliIo } from './io.js';

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('nianbao')
    .description('政府信息公开工作年度报告：校验、排版、生成无障碍 PDF 与网页')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check')
    .description('校验报告中的数字、模板和日期 (check numbers, template and dates)')
    .argument('[paths...]', 'Markdown 文件或文件夹（默认 content/）')
    .option('--format <format>', '输出格式：human 或 json', 'human')
    .option('--previous <file>', '上一年度的报告（用于跨年度核对，可多次使用）', (value: string, all: string[]) => [...all, value], [] as string[])
    .action(async (paths: string[], options: { format: string; previous: string[] }) => {
      exitCode = await runCheck(paths, options, io);
    });

  program
    .command('build')
    .description('生成 PDF、网页、网页片段与数据文件 (build PDF, HTML, fragment, JSON/CSV)')
    .allowUnknownOption(true)
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      // Loaded lazily: `check` must not pay for Puppeteer's start-up.
      const { runBuild } = await import('./build-command.js');
      exitCode = await runBuild(args, io);
    });

  program
    .command('verify')
    .description('检查 PDF 的无障碍要求（PDF/UA-1 机器可查项）(PDF/UA-1 machine checks)')
    .allowUnknownOption(true)
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      const { runVerify } = await import('./verify-command.js');
      exitCode = await runVerify(args, io);
    });

  program
    .command('fix')
    .description('安全的机械修正：补填空白总计、规范标签与标题、全角数字 (safe mechanical fixes)')
    .allowUnknownOption(true)
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      const { runFix } = await import('./fix-command.js');
      exitCode = await runFix(args, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 1 → our "could not run".
      return error.exitCode === 0 ? 0 : EXIT_CANNOT_RUN;
    }
    io.stderr(`nianbao：${(error as Error).message}\n`);
    return EXIT_CANNOT_RUN;
  }
  return exitCode;
}
