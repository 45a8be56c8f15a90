import { markdownTable } from './suite';

/** The per-step latency tables of the service suites (dspp, jury, issuance): a row per step, a column per figure. */
export const stepsTable = (steps: readonly Readonly<Record<string, string | number>>[]): string => {
  const columns = [...new Set(steps.flatMap((step) => Object.keys(step)))];
  return markdownTable(columns, steps.map((step) => columns.map((column) => step[column] ?? '')));
};
