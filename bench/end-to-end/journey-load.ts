/**
 * The load itself: journeys of the demo's mix (cohort's pathway drivers, round-robin) started on an
 * open-loop schedule, so that their commands arrive at the step's rate in commands per second
 * whatever the services answer. Each journey runs its commands one after the other, as a person
 * would; the journeys do not wait for one another. Every command gets a correlation id of its own,
 * from which its acceptance, its first event downstream and, for a deliberation or a seal, the
 * jury's view and the listed document are joined.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { AcceptedCommandLog, type AcceptedCommand } from './accepted-commands';
import type { DownstreamProbe } from './downstream-probe';
import { LatencyHistogram, type LatencySummary } from './latency-histogram';
import { runOpenLoop } from './open-loop';
import type { ViewProbes } from './view-probes';

/** What the load needs of a driver's answer: who it was, and where documents are to be expected. */
export interface DrivenCandidate {
  readonly candidateId: string;
  readonly expected: { readonly documents: readonly { readonly region: string }[] };
}

export type LoadDriver = () => Promise<DrivenCandidate>;

export interface RegionUrls {
  readonly jury: string;
  readonly issuance: string;
}

/** One journey of a step: its place, its scenario, whether its step is over. */
interface JourneyContext {
  readonly step: number;
  readonly scenario: string;
  stopped: boolean;
  /** The candidates deliberated per session, so that a seal knows whose documents to wait for. */
  readonly deliberated: Map<string, Set<string>>;
  /** Document waits started by a seal: key → region code. */
  readonly documentWaits: Map<string, string>;
}

export interface LoadStepSettings {
  /** Commands per second offered. */
  readonly rate: number;
  readonly durationMs: number;
  /** How long the step's unfinished journeys may go on after the last arrival. */
  readonly drainMs: number;
  /** How long the probes may still wait for views once the journeys are over. */
  readonly probeDrainMs: number;
  /** Mean commands of one journey of the mix (calibrated on a first run of each driver). */
  readonly commandsPerJourney: number;
}

export interface LoadStepResult {
  readonly rate: number;
  readonly journeysPerSecond: number;
  readonly journeys: { readonly started: number; readonly finished: number; readonly failed: number; readonly unfinished: number };
  readonly firstFailures: readonly string[];
  /** Commands accepted (2xx) from the step's journeys, and per second over the arrival window. */
  readonly commands: { readonly accepted: number; readonly perSecondInWindow: number; readonly perSecondOverall: number };
  readonly serverErrors: number;
  readonly latency: {
    /** HTTP accepted → the downstream consumer receives the command's first event (many commands publish none: `withoutEvent`). */
    readonly downstream: LatencySummary & { readonly withoutEvent: number };
    /** A deliberation accepted → the jury's list of sessions counts it. */
    readonly juryView: LatencySummary & { readonly missing: number };
    /** A seal accepted → the issuance lists a document of the candidate. */
    readonly documentListed: LatencySummary & { readonly missing: number };
  };
  /** The load generator's own lag behind its schedule (large: the generator itself was starved). */
  readonly maxLagMs: number;
}

/** The worst p99 of the three paths, in ms: a step is sustained while it stays under 1 s. */
export const worstP99 = (step: LoadStepResult): number => Math.max(step.latency.downstream.p99, step.latency.juryView.p99, step.latency.documentListed.p99);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const settledWithin = async (promises: readonly Promise<unknown>[], ms: number): Promise<void> => {
  await Promise.race([Promise.allSettled(promises), sleep(ms)]);
};

export interface JourneyLoadOptions {
  readonly drivers: readonly (readonly [string, LoadDriver])[];
  readonly regions: Readonly<Record<string, RegionUrls>>;
  readonly downstream: DownstreamProbe;
  readonly views: ViewProbes;
  /** 5xx answered so far to the journeys' calls. */
  readonly serverErrors: () => number;
}

/**
 * The correlation-id source and the accepted-command log of a run: give `headers` to the cohort's
 * Journey (it is asked once per call), run steps one after the other.
 */
export class JourneyLoad {
  readonly correlationPrefix = `load-${randomBytes(3).toString('hex')}-`;
  private readonly context = new AsyncLocalStorage<JourneyContext>();
  private readonly journeyOf = new Map<string, JourneyContext>();
  private readonly accepted: AcceptedCommand[] = [];
  private readonly acceptedLog = new AcceptedCommandLog(this.correlationPrefix, (command) => this.onAccepted(command));
  private readonly regionOfJury = new Map<string, string>();
  private next = 0;
  private steps = 0;

  constructor(private readonly options: JourneyLoadOptions) {
    for (const [region, urls] of Object.entries(options.regions)) this.regionOfJury.set(new URL(urls.jury).origin, region);
    this.acceptedLog.start();
  }

  /** The Journey's `headers` option: a fresh correlation id per call; a journey whose step is over stops at its next call. */
  readonly headers = (): Record<string, string> => {
    const journey = this.context.getStore();
    if (journey?.stopped) throw new Error('the load step is over');
    const correlationId = `${this.correlationPrefix}${(this.next += 1)}`;
    if (journey) this.journeyOf.set(correlationId, journey);
    return { 'x-correlation-id': correlationId };
  };

  /** Runs each driver once at the same time (the cohort), counting the commands of each: the mix's mean per journey. */
  async calibrate(): Promise<{ commandsPerJourney: number; perScenario: Record<string, number>; step: LoadStepResult }> {
    const step = await this.step({ rate: this.options.drivers.length, durationMs: 1_000, drainMs: 300_000, probeDrainMs: 60_000, commandsPerJourney: 1 });
    const perScenario: Record<string, number> = {};
    for (const command of this.accepted) {
      const journey = this.journeyOf.get(command.correlationId);
      if (journey?.step === this.steps) perScenario[journey.scenario] = (perScenario[journey.scenario] ?? 0) + 1;
    }
    const counts = Object.values(perScenario);
    return { commandsPerJourney: counts.reduce((sum, value) => sum + value, 0) / Math.max(1, counts.length), perScenario, step };
  }

  /** One rate step: journeys at `rate / commandsPerJourney` per second for `durationMs`, then their drain and the probes'. */
  async step(settings: LoadStepSettings): Promise<LoadStepResult> {
    const step = (this.steps += 1);
    const journeysPerSecond = settings.rate / settings.commandsPerJourney;
    const errorsBefore = this.options.serverErrors();
    const journeys: Promise<unknown>[] = [];
    const contexts: JourneyContext[] = [];
    const failures: string[] = [];
    let finished = 0;
    const startedAt = performance.now();
    const run = await runOpenLoop({
      rate: journeysPerSecond,
      durationMs: settings.durationMs,
      fire: ({ index }) => {
        const [scenario, drive] = this.options.drivers[index % this.options.drivers.length] as readonly [string, LoadDriver];
        const context: JourneyContext = { step, scenario, stopped: false, deliberated: new Map(), documentWaits: new Map() };
        contexts.push(context);
        journeys.push(
          this.context.run(context, drive).then(
            (candidate) => {
              finished += 1;
              this.documentsExpected(context, candidate);
            },
            (error: unknown) => void failures.push(`${scenario}: ${error instanceof Error ? error.message : String(error)}`),
          ),
        );
      },
    });
    const windowEnd = performance.now();
    await settledWithin(journeys, settings.drainMs);
    contexts.forEach((context) => (context.stopped = true));
    const lastAcceptedAt = Math.max(windowEnd, ...this.acceptedOf(step).map((command) => command.acceptedAt));
    const deadline = performance.now() + settings.probeDrainMs;
    while (this.options.views.pending > 0 && performance.now() < deadline) await sleep(100);
    // The downstream consumer may still be catching up on the last commands' events.
    await sleep(Math.min(5_000, settings.probeDrainMs));
    for (const context of contexts) for (const key of context.documentWaits.keys()) this.options.views.forget(key);
    const result = this.measure(step, settings, journeysPerSecond, startedAt, windowEnd, lastAcceptedAt);
    return {
      ...result,
      journeys: { started: run.arrivals, finished, failed: failures.length, unfinished: run.arrivals - finished - failures.length },
      firstFailures: failures.slice(0, 5),
      serverErrors: this.options.serverErrors() - errorsBefore,
      maxLagMs: run.maxLagMs,
    };
  }

  /** Stops listening, and the probes. */
  async stop(): Promise<void> {
    this.acceptedLog.stop();
    await this.options.views.stop();
    await this.options.downstream.stop();
  }

  private acceptedOf(step: number): AcceptedCommand[] {
    return this.accepted.filter((command) => this.journeyOf.get(command.correlationId)?.step === step);
  }

  private measure(step: number, settings: LoadStepSettings, journeysPerSecond: number, startedAt: number, windowEnd: number, lastAcceptedAt: number) {
    const commands = this.acceptedOf(step);
    const downstream = new LatencyHistogram();
    const juryView = new LatencyHistogram();
    const documentListed = new LatencyHistogram();
    let missing = { downstream: 0, juryView: 0, documentListed: 0 };
    for (const command of commands) {
      const received = this.options.downstream.firstEventAt.get(command.correlationId);
      if (received === undefined) missing = { ...missing, downstream: missing.downstream + 1 };
      else downstream.record(received - command.acceptedAt);
      if (command.command.kind === 'deliberation') {
        const seen = this.options.views.observedAt.get(`jury:${command.correlationId}`);
        if (seen === undefined) missing = { ...missing, juryView: missing.juryView + 1 };
        else juryView.record(seen - command.acceptedAt);
      }
    }
    const journeys = new Set(commands.map((command) => this.journeyOf.get(command.correlationId)));
    for (const journey of journeys) {
      for (const [key, acceptedAt] of this.documentWaitStarts(journey)) {
        const seen = this.options.views.observedAt.get(key);
        if (seen === undefined) missing = { ...missing, documentListed: missing.documentListed + 1 };
        else documentListed.record(seen - acceptedAt);
      }
    }
    const inWindow = commands.filter((command) => command.acceptedAt <= windowEnd).length;
    return {
      rate: settings.rate,
      journeysPerSecond,
      commands: {
        accepted: commands.length,
        perSecondInWindow: inWindow / ((windowEnd - startedAt) / 1000),
        perSecondOverall: commands.length / ((lastAcceptedAt - startedAt) / 1000),
      },
      latency: {
        downstream: { ...downstream.summary(), withoutEvent: missing.downstream },
        juryView: { ...juryView.summary(), missing: missing.juryView },
        documentListed: { ...documentListed.summary(), missing: missing.documentListed },
      },
    };
  }

  private readonly waitStartedAt = new Map<string, number>();

  private documentWaitStarts(journey: JourneyContext | undefined): [string, number][] {
    if (!journey) return [];
    return [...journey.documentWaits.keys()].flatMap((key) => {
      const at = this.waitStartedAt.get(key);
      return at === undefined ? [] : [[key, at] as [string, number]];
    });
  }

  private onAccepted(command: AcceptedCommand): void {
    this.accepted.push(command);
    const journey = this.journeyOf.get(command.correlationId);
    const region = this.regionOfJury.get(command.origin);
    if (!journey || !region) return;
    const urls = this.options.regions[region] as RegionUrls;
    if (command.command.kind === 'deliberation') {
      const { sessionId, candidateId } = command.command;
      journey.deliberated.set(sessionId, (journey.deliberated.get(sessionId) ?? new Set()).add(candidateId));
      this.options.views.awaitDeliberation(`jury:${command.correlationId}`, urls.jury, sessionId, candidateId);
    }
    if (command.command.kind === 'seal') {
      for (const candidateId of journey.deliberated.get(command.command.sessionId) ?? []) {
        const key = `documents:${region}:${candidateId}`;
        // The first seal that concerns the candidate in the region: later ones (a rectification's reissue) are not this measure.
        if (this.waitStartedAt.has(key)) continue;
        this.waitStartedAt.set(key, command.acceptedAt);
        journey.documentWaits.set(key, region);
        this.options.views.awaitDocument(key, urls.issuance, candidateId);
      }
    }
  }

  /** A journey over: the document waits in regions where its pathway issues nothing are not measures. */
  private documentsExpected(journey: JourneyContext, candidate: DrivenCandidate): void {
    const regions = new Set(candidate.expected.documents.map((document) => document.region));
    for (const [key, region] of journey.documentWaits) {
      if (regions.has(region)) continue;
      this.options.views.forget(key);
      journey.documentWaits.delete(key);
    }
  }
}
