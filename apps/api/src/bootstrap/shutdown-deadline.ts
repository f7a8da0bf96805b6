/**
 * Nest's shutdown hooks drain in-flight requests and active jobs on SIGTERM/SIGINT; this caps how
 * long that may take, so a stuck request or job cannot keep a deploy waiting forever.
 */
export function exitAfterGrace(graceMs: number, log: (message: string) => void): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal}: draining (at most ${graceMs} ms)`);
      setTimeout(() => {
        log(`still busy after ${graceMs} ms: exiting`);
        process.exit(1);
      }, graceMs).unref();
    });
  }
}
