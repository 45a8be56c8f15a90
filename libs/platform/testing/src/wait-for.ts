/** Polls `condition` until it holds; fails with `what` after `timeoutMs` (a bound on the test, not a timed assertion). */
export const waitFor = async (what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 60_000, everyMs = 100): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};
