/**
 * A tiny resource pool: at most `size` items exist; `use` borrows one, creating it lazily,
 * and returns it afterwards. An item whose job threw is destroyed rather than reused (a page
 * that failed may be in any state).
 */
export class PagePool<T> {
  private readonly idle: T[] = [];
  private readonly all = new Set<T>();
  private readonly waiters: Array<() => void> = [];
  private creating = 0;

  constructor(
    private readonly size: number,
    private readonly create: () => Promise<T>,
    private readonly destroy: (item: T) => Promise<void>,
  ) {}

  async use<R>(job: (item: T) => Promise<R>): Promise<R> {
    const item = await this.acquire();
    let ok = false;
    try {
      const result = await job(item);
      ok = true;
      return result;
    } finally {
      if (ok) this.release(item);
      else await this.discard(item);
    }
  }

  /** Destroys every item. Borrowed items are destroyed too (the browser is closing anyway). */
  async drain(): Promise<void> {
    const items = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(items.map((item) => this.destroy(item).catch(() => undefined)));
  }

  private async acquire(): Promise<T> {
    for (;;) {
      const idle = this.idle.pop();
      if (idle !== undefined) return idle;
      if (this.all.size + this.creating < this.size) {
        this.creating += 1;
        try {
          const item = await this.create();
          this.all.add(item);
          return item;
        } catch (error) {
          this.waiters.shift()?.();
          throw error;
        } finally {
          this.creating -= 1;
        }
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private release(item: T): void {
    if (!this.all.has(item)) return;
    this.idle.push(item);
    this.waiters.shift()?.();
  }

  private async discard(item: T): Promise<void> {
    this.all.delete(item);
    await this.destroy(item).catch(() => undefined);
    this.waiters.shift()?.();
  }
}
