/** Runs a subcommand's own commander parser on its words, without ever exiting the process. */
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';

const EXIT_OK = 0;
const EXIT_CANNOT_RUN = 2;

/**
 * `command` declares `[paths...]` (or `<paths...>`) and options; returns them, or the exit code after
 * help (0) or a usage error (2, with commander's message on stderr).
 */
export function parseSubcommand<Options>(command: Command, argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>): { paths: string[]; options: Options } | number {
  let parsed: { paths: string[]; options: Options } | null = null;
  command
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action((paths: string[], options: Options) => {
      parsed = { paths, options };
    });
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_CANNOT_RUN;
    throw error;
  }
  return parsed ?? EXIT_CANNOT_RUN;
}
