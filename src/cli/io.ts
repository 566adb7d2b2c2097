/** Where a command writes; tests pass their own to capture output in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour only on a TTY (and never when NO_COLOR is set). */
  color: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  };
}
