import type { ShadowRebuildProgress } from './shadow-rebuild';

const WIDTH = 30;

const duration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours}h${String(minutes).padStart(2, '0')}m` : minutes > 0 ? `${minutes}m${String(rest).padStart(2, '0')}s` : `${rest}s`;
};

/**
 * One line of a rebuild's progress bar, for an operator's terminal: how far the new tables are
 * towards the live checkpoint, the rate and the time left at that rate.
 * `tallies [██████░░░░…] 61% 120,000 events 8,412 ev/s ETA 9s (copying)`
 */
export const shadowRebuildProgressLine = (progress: ShadowRebuildProgress): string => {
  const ratio = progress.phase === 'done' ? 1 : progress.target > 0 ? Math.min(1, progress.position / progress.target) : 0;
  const filled = Math.round(ratio * WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
  const eta = progress.phase === 'done' ? `in ${duration(progress.elapsedMs / 1000)}` : progress.etaSeconds === null ? 'ETA ?' : `ETA ${duration(progress.etaSeconds)}`;
  return `${progress.projection} [${bar}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${progress.events.toLocaleString('en-GB')} events ${Math.round(progress.eventsPerSecond).toLocaleString('en-GB')} ev/s ${eta} (${progress.phase})`;
};
