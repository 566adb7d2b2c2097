/**
 * A process-wide cleanup registry: temp files and browsers register a closer; normal code
 * unregisters it after cleaning up itself. On SIGINT/SIGTERM every pending closer runs once,
 * then the process exits with 130 (143 for SIGTERM).
 */

type Closer = () => Promise<void> | void;

const pending = new Set<Closer>();
let installed = false;
let interrupted = false;

/** Registers `closer`; the returned function unregisters it (call it after a normal cleanup). */
export function onCleanup(closer: Closer): () => void {
  pending.add(closer);
  installHandlers();
  return () => {
    pending.delete(closer);
  };
}

/** Runs and clears every pending closer (newest first). Errors are swallowed: cleanup is best effort. */
export async function runCleanup(): Promise<void> {
  const closers = [...pending].reverse();
  pending.clear();
  for (const closer of closers) {
    try {
      await closer();
    } catch {
      // best effort
    }
  }
}

export function pendingCleanupCount(): number {
  return pending.size;
}

/** True once a signal arrived; long loops check it to stop early. */
export function wasInterrupted(): boolean {
  return interrupted;
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  const handle = (signal: NodeJS.Signals, code: number) => {
    process.once(signal, () => {
      interrupted = true;
      process.stderr.write(`\n已中断（${signal}），正在关闭浏览器并删除临时文件…\n`);
      void runCleanup().finally(() => process.exit(code));
    });
  };
  handle('SIGINT', 130);
  handle('SIGTERM', 143);
}
