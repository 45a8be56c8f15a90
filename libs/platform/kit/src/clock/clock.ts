/** Where the time of a decision comes from: injected, so that tests and replays can set it. */
export interface Clock {
  readonly now: () => Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
