/**
 * Runs `task` every `intervalMs` in this process, never two at once (a run still going when the
 * next tick comes skips that tick). Which items a run handles is decided in the database by
 * each task's claims, not here: this only paces one instance. The returned stop cancels the
 * timer and resolves once the run in flight, if any, has ended, so that a graceful shutdown
 * never closes the database under a sweep's transaction.
 */
export function every(intervalMs: number, task: () => Promise<unknown>, options: { firstAfterMs?: number } = {}): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = task()
      .then(() => undefined, () => undefined)
      .finally(() => {
        running = null;
      });
  };
  const first = options.firstAfterMs === undefined ? null : setTimeout(tick, options.firstAfterMs);
  first?.unref();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    if (first) clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
