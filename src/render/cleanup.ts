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
    if (pending.size === 0) removeHandlers();
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

const SIGNALS: ReadonlyArray<[NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
];

function onSignal(signal: NodeJS.Signals): void {
  interrupted = true;
  removeHandlers();
  process.stderr.write(`\n已中断，正在关闭浏览器并删除临时文件…\n`);
  const code = SIGNALS.find(([s]) => s === signal)?.[1] ?? 130;
  void runCleanup().finally(() => process.exit(code));
}

/** Handlers are installed only while something needs cleaning up; otherwise signals act as usual. */
function installHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal] of SIGNALS) process.on(signal, onSignal);
}

function removeHandlers(): void {
  if (!installed) return;
  installed = false;
  for (const [signal] of SIGNALS) process.off(signal, onSignal);
}
