import type { ChainProgress } from '../verify/chains';

/** A progress bar with its rate on a stream (stderr): redrawn in place on a terminal, a line per store otherwise. */
export const progressBar = (out: NodeJS.WriteStream = process.stderr): ((progress: ChainProgress) => void) => {
  const started = new Map<string, number>();
  return ({ region, service, checked, total }) => {
    const key = `${region}/${service}`;
    const since = started.get(key) ?? performance.now();
    started.set(key, since);
    const seconds = (performance.now() - since) / 1000;
    const rate = seconds > 0 ? Math.round(checked / seconds) : 0;
    const share = total > 0 ? Math.min(1, checked / total) : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const eta = rate > 0 ? Math.max(0, Math.round((total - checked) / rate)) : 0;
    const line = `${key.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${checked}/${total} ${rate} events/s eta ${eta}s`;
    if (out.isTTY) out.write(`\r${line}${checked >= total ? '\n' : ''}`);
    else if (checked >= total) out.write(`${line}\n`);
  };
};
