/**
 * The probes that read the services' views, as a person's screen would: the jury's list of sessions
 * (its read model, projected from the session's events) until it counts a deliberation, and the
 * issuance's list of a candidate's documents until it lists one. Polled: the interval bounds their
 * resolution and is reported with them.
 */
export interface ViewProbeSettings {
  readonly juryIntervalMs: number;
  readonly documentsIntervalMs: number;
  /** Authorization header values: an officer of the jury's region, an auditor. */
  readonly officerOf: (juryUrl: string) => Promise<string>;
  readonly auditor: () => Promise<string>;
}

interface PendingView {
  readonly key: string;
  readonly base: string;
  readonly id: string;
  readonly candidateId: string;
}

interface SessionListed {
  readonly sessionId: string;
  readonly decidedCandidateIds?: readonly string[];
}

const DOCUMENT_READS_AT_ONCE = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ViewProbes {
  /** performance.now() at which each awaited view was first seen updated, by key. */
  readonly observedAt = new Map<string, number>();
  readonly errors = new Map<string, number>();
  private readonly juryPending = new Map<string, PendingView>();
  private readonly documentsPending = new Map<string, PendingView>();
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(private readonly settings: ViewProbeSettings) {
    this.loops = [this.loop(settings.juryIntervalMs, () => this.pollJury()), this.loop(settings.documentsIntervalMs, () => this.pollDocuments())];
  }

  /** Waits for the jury at `juryUrl` to list the candidate among the session's decided ones. */
  awaitDeliberation(key: string, juryUrl: string, sessionId: string, candidateId: string): void {
    this.juryPending.set(key, { key, base: juryUrl, id: sessionId, candidateId });
  }

  /** Waits for the issuance at `issuanceUrl` to list a document of the candidate. */
  awaitDocument(key: string, issuanceUrl: string, candidateId: string): void {
    this.documentsPending.set(key, { key, base: issuanceUrl, id: candidateId, candidateId });
  }

  /** Stops waiting for a view that will not come (a candidate whose pathway issues no document there). */
  forget(key: string): void {
    this.juryPending.delete(key);
    this.documentsPending.delete(key);
  }

  get pending(): number {
    return this.juryPending.size + this.documentsPending.size;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(intervalMs: number, poll: () => Promise<void>): Promise<void> {
    while (this.running) {
      const started = performance.now();
      await poll().catch((error: unknown) => this.count(error instanceof Error ? error.message : String(error)));
      await sleep(Math.max(0, intervalMs - (performance.now() - started)));
    }
  }

  private count(error: string): void {
    this.errors.set(error, (this.errors.get(error) ?? 0) + 1);
  }

  private async getJson<Body>(url: string, authorization: string): Promise<Body | undefined> {
    const response = await fetch(url, { headers: { authorization }, signal: AbortSignal.timeout(10_000) });
    const text = await response.text();
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw new Error(`GET ${new URL(url).pathname.replace(/[0-9a-f-]{36}/g, ':id')} answered ${response.status}`);
    return JSON.parse(text) as Body;
  }

  private async pollJury(): Promise<void> {
    const bases = new Set([...this.juryPending.values()].map((pending) => pending.base));
    await Promise.all(
      [...bases].map(async (base) => {
        const sessions = (await this.getJson<SessionListed[]>(`${base}/sessions`, await this.settings.officerOf(base))) ?? [];
        const at = performance.now();
        const decided = new Map(sessions.map((session) => [session.sessionId, new Set(session.decidedCandidateIds ?? [])]));
        for (const pending of this.juryPending.values()) {
          if (pending.base === base && decided.get(pending.id)?.has(pending.candidateId)) this.observed(pending.key, at);
        }
      }),
    );
  }

  private async pollDocuments(): Promise<void> {
    const auditor = await this.settings.auditor();
    const pending = [...this.documentsPending.values()];
    // A few at a time: the probe is a reader among others, not a second load.
    for (let from = 0; from < pending.length; from += DOCUMENT_READS_AT_ONCE) {
      await Promise.all(
        pending.slice(from, from + DOCUMENT_READS_AT_ONCE).map(async ({ key, base, candidateId }) => {
          const documents = await this.getJson<unknown[]>(`${base}/candidates/${candidateId}/documents`, auditor).catch((error: unknown) => {
            this.count(error instanceof Error ? error.message : String(error));
            return undefined;
          });
          if (documents && documents.length > 0) this.observed(key, performance.now());
        }),
      );
    }
  }

  private observed(key: string, at: number): void {
    if (!this.observedAt.has(key)) this.observedAt.set(key, at);
    this.forget(key);
  }
}
