/** Anything with a graceful stop: relays, consumers, servers. */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Stops everything given, in order, on the first SIGTERM or SIGINT, then lets the process exit
 * (Nest services call `stop()` from their shutdown hooks instead). Returns a function removing the listeners.
 */
export const stopOnSignals = (
  stoppables: readonly Stoppable[],
  options: { readonly signals?: readonly NodeJS.Signals[]; readonly exit?: boolean; readonly onError?: (error: unknown) => void } = {},
): (() => void) => {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let stopping = false;
  const onSignal = async () => {
    if (stopping) return;
    stopping = true;
    let code = 0;
    for (const stoppable of stoppables) {
      try {
        await stoppable.stop();
      } catch (error) {
        code = 1;
        options.onError?.(error);
      }
    }
    if (options.exit ?? true) process.exit(code);
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
};
