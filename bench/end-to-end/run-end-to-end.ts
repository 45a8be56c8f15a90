/**
 * `npm run bench -- end-to-end`: the demo's mix through HTTP against both regions' built services,
 * open loop, at 25, 50, 100, 200 commands/s and doubling until a p99 exceeds 1 s; after each load
 * step, the floor at the same rate (raw Kafka round trip, raw pg insert→select); per step each
 * service's CPU share and RSS; with `--profile`, the services started again under `--cpu-prof` for
 * one step at the highest rate reached, and the profile summarised.
 *
 * Flags: --step-seconds (20), --floor-seconds (10), --rates (25,50,100,200), --max-rate (1600),
 * --drain-seconds (60), --pool-size (DATABASE_POOL_SIZE per service; the launcher's 9 fits the shared server's 100
 * connections), --profile.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summariseProfiles, type CpuProfile, type ProfileSummary } from './cpu-profile';
import { DownstreamProbe } from './downstream-probe';
import { openFloor, type Floor } from './floor';
import { JourneyLoad, worstP99, type LoadDriver, type LoadStepResult, type LoadStepSettings } from './journey-load';
import { Journey, PATHWAY_DRIVERS, startRegions, workspaceRoot, type RunningRegions } from './journey';
import type { StepResult } from './measured-step';
import { ProcessSampler, type ProcessUsage } from './process-usage';
import { ViewProbes } from './view-probes';

/** What the suite needs of the bench runner's context (bench/suite.ts's SuiteContext fits it). */
export interface SuiteContext {
  readonly flags: Readonly<Record<string, string>>;
  number(flag: string, fallback: number): number;
  say(line: string): void;
}

export const SUSTAINED_P99_MS = 1_000;
const PORT_BASE = 5100;
const DATABASE_PREFIX = 'titrepro_bench';

export interface RateStep {
  readonly load: LoadStepResult;
  readonly floor: { readonly kafkaRoundTrip: StepResult; readonly pgInsertSelect: StepResult };
  readonly usage: readonly ProcessUsage[];
}

export interface EndToEndFigures {
  readonly settings: {
    readonly stepSeconds: number;
    readonly floorSeconds: number;
    readonly drainSeconds: number;
    readonly juryPollMs: number;
    readonly documentsPollMs: number;
    readonly poolSizePerService: number | 'default';
  };
  readonly calibration: { readonly commandsPerJourney: number; readonly perScenario: Readonly<Record<string, number>>; readonly run: LoadStepResult };
  readonly steps: readonly RateStep[];
  /** The highest rate whose three p99 stayed under 1 s with every journey finished; null when none. */
  readonly highestSustainedRate: number | null;
  /** Per process, the largest RSS sampled during the load and over its whole life, in MB. */
  readonly peakRssMb: Readonly<Record<string, { readonly duringLoad: number; readonly lifetime: number }>>;
  readonly profile?: { readonly rate: number; readonly step: LoadStepResult; readonly summary: ProfileSummary; readonly files: number } | { readonly skipped: string };
}

const settingsOf = (context: SuiteContext) => ({
  stepSeconds: context.number('step-seconds', 20),
  floorSeconds: context.number('floor-seconds', 10),
  drainSeconds: context.number('drain-seconds', 60),
  maxRate: context.number('max-rate', 1_600),
  rates: (context.flags['rates'] ?? '25,50,100,200').split(',').map(Number),
  profile: context.flags['profile'] !== undefined && context.flags['profile'] !== 'false',
  poolSize: context.flags['pool-size'] === undefined ? undefined : context.number('pool-size', 9),
  juryPollMs: 100,
  documentsPollMs: 200,
});
type Settings = ReturnType<typeof settingsOf>;

/** The rates to try: the given ones, then doubling. */
const nextRate = (settings: Settings, index: number, previous: number): number | undefined => {
  const rate = settings.rates[index] ?? previous * 2;
  return rate <= settings.maxRate ? rate : undefined;
};

/** Everything a load needs around the running regions: the Journey, the probes, the log of commands. */
const openLoad = async (running: RunningRegions, settings: Settings) => {
  const { endpoints } = running;
  const late: { journey?: Journey } = {};
  const journeyOf = (): Journey => {
    if (!late.journey) throw new Error('the journey is not open yet');
    return late.journey;
  };
  const load = new JourneyLoad({
    drivers: Object.entries(PATHWAY_DRIVERS).map(([scenario, drive]) => [scenario, (() => drive(journeyOf())) as LoadDriver] as const),
    regions: { idf: endpoints.regions.idf, bre: endpoints.regions.bre },
    downstream: await DownstreamProbe.start(endpoints.kafkaBrokers, endpoints.topicPrefix, 'load-'),
    views: new ViewProbes({
      juryIntervalMs: settings.juryPollMs,
      documentsIntervalMs: settings.documentsPollMs,
      officerOf: (juryUrl) => journeyOf().officer(juryUrl === endpoints.regions.bre.jury ? 'bre' : 'idf'),
      auditor: () => journeyOf().auditor(),
    }),
    serverErrors: () => late.journey?.answers.serverErrors() ?? 0,
  });
  // The Journey asks the load for each call's headers: its correlation id.
  late.journey = new Journey(endpoints, { headers: load.headers, withinMs: settings.drainSeconds * 1000 });
  return { load };
};

const launch = (context: SuiteContext, settings: Settings, nodeArgs?: readonly string[]) =>
  startRegions({
    portBase: PORT_BASE,
    databasePrefix: DATABASE_PREFIX,
    logDir: 'tmp/bench/end-to-end',
    fresh: true,
    say: context.say,
    readySeconds: 300,
    ...(settings.poolSize ? { poolSizePerService: settings.poolSize } : {}),
    ...(nodeArgs ? { nodeArgs } : {}),
  });

const serviceProcesses = (running: RunningRegions) =>
  running.processes().flatMap(({ name, pid }) => (pid === undefined || name === 'oidc-provider' ? [] : [{ name, pid }]));

const stepSettings = (settings: Settings, rate: number, commandsPerJourney: number): LoadStepSettings => ({
  rate,
  durationMs: settings.stepSeconds * 1000,
  drainMs: settings.drainSeconds * 1000,
  probeDrainMs: 20_000,
  commandsPerJourney,
});

const describeStep = (step: LoadStepResult): string =>
  `${step.rate}/s offered: ${step.commands.accepted} commands (${step.commands.perSecondInWindow.toFixed(1)}/s in the window, ${step.commands.perSecondOverall.toFixed(1)}/s to the last), journeys ${step.journeys.finished}/${step.journeys.started} (failed ${step.journeys.failed}), ` +
  `p99 downstream ${step.latency.downstream.p99.toFixed(0)} ms, jury view ${step.latency.juryView.p99.toFixed(0)} ms, document ${step.latency.documentListed.p99.toFixed(0)} ms, 5xx ${step.serverErrors}`;

/** Every p99 under 1 s, no 5xx, and no journey left behind by the drain. A journey that failed on a 4xx is a driver's matter, reported apart. */
const sustained = (step: LoadStepResult): boolean => worstP99(step) < SUSTAINED_P99_MS && step.serverErrors === 0 && step.journeys.unfinished === 0;

const runSteps = async (context: SuiteContext, settings: Settings, running: RunningRegions, floor: Floor) => {
  const { load } = await openLoad(running, settings);
  const lifetime = new ProcessSampler(serviceProcesses(running), 1_000);
  lifetime.start();
  context.say('▶ calibration: each driver of the mix once');
  const calibration = await load.calibrate();
  context.say(`  ${calibration.commandsPerJourney.toFixed(1)} commands per journey (${JSON.stringify(calibration.perScenario)}); ${describeStep(calibration.step)}`);
  const steps: RateStep[] = [];
  for (let index = 0, rate = nextRate(settings, 0, 0); rate !== undefined; index += 1, rate = nextRate(settings, index, rate)) {
    context.say(`▶ ${rate} commands/s for ${settings.stepSeconds} s`);
    const sampler = new ProcessSampler(serviceProcesses(running));
    sampler.start();
    const step = await load.step(stepSettings(settings, rate, calibration.commandsPerJourney));
    const usage = sampler.stop();
    context.say(`  ${describeStep(step)}`);
    const floorStep = { rate, durationMs: settings.floorSeconds * 1000, drainMs: 30_000 };
    const kafkaRoundTrip = await floor.kafkaRoundTrip(floorStep);
    const pgInsertSelect = await floor.pgInsertSelect(floorStep);
    context.say(`  floor: kafka p99 ${kafkaRoundTrip.latency.p99.toFixed(1)} ms, pg p99 ${pgInsertSelect.latency.p99.toFixed(1)} ms`);
    steps.push({ load: step, floor: { kafkaRoundTrip, pgInsertSelect }, usage });
    if (worstP99(step) > SUSTAINED_P99_MS) break;
  }
  await load.stop();
  const whole = lifetime.stop();
  return { calibration, steps, whole };
};

/** Starts the regions again under --cpu-prof, runs one step at `rate`, stops them (the profiles are written at exit) and sums them up. */
const profiledStep = async (context: SuiteContext, settings: Settings, rate: number, commandsPerJourney: number): Promise<NonNullable<EndToEndFigures['profile']>> => {
  const directory = join(workspaceRoot, 'tmp', 'bench', 'end-to-end-profiles');
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  context.say(`▶ profile: the services again under --cpu-prof, one step at ${rate} commands/s`);
  const running = await launch(context, settings, ['--cpu-prof', `--cpu-prof-dir=${directory}`, '--require', join(__dirname, 'exit-cleanly-on-signal.js')]);
  let step: LoadStepResult;
  try {
    const { load } = await openLoad(running, settings);
    await load.calibrate(); // warm: the staff of the run, the JIT
    step = await load.step(stepSettings(settings, rate, commandsPerJourney));
    await load.stop();
    context.say(`  ${describeStep(step)}`);
  } finally {
    await running.stop();
  }
  const files = readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'));
  const profiles = files.map((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile);
  return { rate, step, summary: summariseProfiles(profiles, 20), files: files.length };
};

export const runEndToEndBench = async (context: SuiteContext): Promise<EndToEndFigures> => {
  const settings = settingsOf(context);
  const floor = await openFloor([process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092']);
  try {
    context.say(`▶ both regions, built, on ports ${PORT_BASE + 1}–${PORT_BASE + 104}, databases ${DATABASE_PREFIX}_*`);
    const running = await launch(context, settings);
    let measured: Awaited<ReturnType<typeof runSteps>>;
    try {
      measured = await runSteps(context, settings, running, floor);
    } finally {
      await running.stop();
    }
    const sustainedSteps = measured.steps.filter((step) => sustained(step.load));
    const highestSustainedRate = sustainedSteps.length > 0 ? Math.max(...sustainedSteps.map((step) => step.load.rate)) : null;
    const peakRssMb = Object.fromEntries(measured.whole.map((usage) => [usage.name, { duringLoad: usage.peakRssMb, lifetime: usage.lifetimePeakRssMb }]));
    const highestRate = measured.steps[measured.steps.length - 1]?.load.rate;
    const profile =
      !settings.profile || highestRate === undefined
        ? { skipped: settings.profile ? 'no step ran' : 'not asked (--profile)' }
        : await profiledStep(context, settings, highestRate, measured.calibration.commandsPerJourney);
    return {
      settings: { stepSeconds: settings.stepSeconds, floorSeconds: settings.floorSeconds, drainSeconds: settings.drainSeconds, juryPollMs: settings.juryPollMs, documentsPollMs: settings.documentsPollMs, poolSizePerService: settings.poolSize ?? 'default' },
      calibration: { commandsPerJourney: measured.calibration.commandsPerJourney, perScenario: measured.calibration.perScenario, run: measured.calibration.step },
      steps: measured.steps,
      highestSustainedRate,
      peakRssMb,
      profile,
    };
  } finally {
    await floor.close();
  }
};
