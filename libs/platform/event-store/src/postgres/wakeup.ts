/** A latch: `wait` returns at the first poke since the last wait, or after the timeout. */
export class Wakeup {
  private poked = false;
  private release: (() => void) | undefined;

  poke = (): void => {
    this.poked = true;
    this.release?.();
  };

  wait(timeoutMs: number): Promise<void> {
    if (this.poked) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.release = undefined;
        this.poked = false;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.release = done;
    });
  }
}
