import { count, markdownTable } from './suite';
import type { LatencySummary } from './end-to-end/latency-histogram';
import type { EndToEndFigures } from './end-to-end/run-end-to-end';

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const triple = (latency: LatencySummary): string => (latency.count === 0 ? 'n/a' : `${ms(latency.p50)} / ${ms(latency.p95)} / **${ms(latency.p99)}**`);
const times = (value: number, floor: number): string => (floor > 0 && Number.isFinite(value / floor) ? `${(value / floor).toFixed(0)}×` : 'n/a');

const latencyTable = (figures: EndToEndFigures): string =>
  markdownTable(
    ['offered cmd/s', 'accepted cmd/s (window / to the last)', 'journeys done', 'downstream event p50/p95/p99 ms', 'jury view', 'document listed', 'floor: Kafka round trip', 'floor: pg insert→select', 'downstream p50 / Kafka floor p50', '5xx'],
    figures.steps.map(({ load, floor }) => [
      load.rate,
      `${load.commands.perSecondInWindow.toFixed(1)} / ${load.commands.perSecondOverall.toFixed(1)}`,
      `${load.journeys.finished}/${load.journeys.started}${load.journeys.failed ? ` (${load.journeys.failed} failed)` : ''}`,
      `${triple(load.latency.downstream)} (n=${load.latency.downstream.count})`,
      `${triple(load.latency.juryView)} (n=${load.latency.juryView.count})`,
      `${triple(load.latency.documentListed)} (n=${load.latency.documentListed.count})`,
      triple(floor.kafkaRoundTrip.latency),
      triple(floor.pgInsertSelect.latency),
      times(load.latency.downstream.p50, floor.kafkaRoundTrip.latency.p50),
      load.serverErrors,
    ]),
  );

const usageTable = (figures: EndToEndFigures): string => {
  const names = Object.keys(figures.peakRssMb);
  return markdownTable(
    ['process', 'peak RSS during the load (MB)', 'peak RSS over its life (MB)', ...figures.steps.map(({ load }) => `CPU at ${load.rate}/s`)],
    names.map((name) => [
      name,
      count(figures.peakRssMb[name]?.duringLoad),
      count(figures.peakRssMb[name]?.lifetime),
      ...figures.steps.map(({ usage }) => {
        const share = usage.find((process) => process.name === name)?.cpuShare;
        return share === undefined ? 'n/a' : `${(share * 100).toFixed(0)} %`;
      }),
    ]),
  );
};

const profileSection = (figures: EndToEndFigures): string => {
  const profile = figures.profile;
  if (!profile || 'skipped' in profile) return `CPU profile: ${profile?.skipped ?? 'not taken'}.`;
  const { summary } = profile;
  const share = (value: number) => `${(value * 100).toFixed(1)} %`;
  return [
    `CPU profile (\`--cpu-prof\` on the ${profile.files} service processes, one step at ${profile.rate} commands/s): ${count(summary.busyMs)} ms busy, ${count(summary.idleMs)} ms idle, summed over the processes. Self time:`,
    markdownTable(['function', 'file', 'self ms', 'share of busy'], summary.functions.map((entry) => [`\`${entry.name}\``, entry.file, count(entry.selfMs), share(entry.share)])),
    markdownTable(['file', 'self ms', 'share of busy'], summary.files.map((entry) => [entry.file, count(entry.selfMs), share(entry.share)])),
  ].join('\n\n');
};

/** The end-to-end section of RESULTS.md. */
export const renderEndToEnd = (figures: EndToEndFigures): string =>
  [
    `Open loop: journeys of the demo's mix (cohort's ${Object.keys(figures.calibration.perScenario).length} pathway drivers, round-robin) start on a fixed clock so that their commands arrive at the offered rate (${figures.calibration.commandsPerJourney.toFixed(1)} commands per journey, counted on a first run of each driver); each journey's commands follow one another. Latencies run from "HTTP accepted" (the command's 2xx answer) to the downstream consumer's first event of that command (joined by its x-correlation-id), to the jury's list of sessions counting a deliberation (polled every ${figures.settings.juryPollMs} ms), and from a seal to the issuance listing the candidate's document (polled every ${figures.settings.documentsPollMs} ms). Steps of ${figures.settings.stepSeconds} s; the floor after each step, ${figures.settings.floorSeconds} s at the same rate.`,
    latencyTable(figures),
    `**Highest sustained rate (every p99 under 1 s, no 5xx, no journey left unfinished): ${figures.highestSustainedRate === null ? 'none of the rates tried' : `${figures.highestSustainedRate} commands/s`}.**`,
    usageTable(figures),
    profileSection(figures),
  ].join('\n\n');
