import { signDevelopmentToken, type Role } from '@titrepro/platform-nest';
import { randomBytes } from 'node:crypto';
import { Answers, call, type CallOptions } from '../../faults/support/api';

export type RegionCode = 'idf' | 'bre';
export const REGIONS: readonly RegionCode[] = ['idf', 'bre'];
export type RegionService = 'registry' | 'evaluation' | 'jury' | 'issuance';

/** What the cohort needs of the running regions: the base URLs of their public APIs (launcher's JourneyEndpoints fits it). */
export interface CohortEndpoints {
  readonly regions: Readonly<Record<RegionCode, Readonly<Record<RegionService, string>>>>;
  readonly audit: string;
  readonly kafkaBrokers: string;
  /** The prefix the services' topics carry, when the run isolates its topics (tests); none in the demo. */
  readonly topicPrefix?: string;
}

export interface JourneyOptions {
  /** One line of progress. */
  readonly say?: (line: string) => void;
  /** Headers on every call (the load bench's x-correlation-id). */
  readonly headers?: () => Readonly<Record<string, string>>;
  /** How long one call keeps asking through "not yet" (news on its way through Kafka). */
  readonly withinMs?: number;
  /** How many candidates are driven at once (default 3: a region's service has two event-store connections). */
  readonly concurrency?: number;
}

type Call = Omit<CallOptions, 'token' | 'headers'> & { readonly as?: Promise<string> | string };

/**
 * One client of the public APIs of both regions and of the audit: bearer tokens per role (the
 * development key the demo's and the tests' services accept; an assessor's subject is their
 * assessorId, a jury member's their memberId, a candidate's their candidateId), "not yet" statuses
 * asked again while Kafka carries the news, every answer counted (5xx, refused connections).
 */
export class Journey {
  readonly answers = new Answers();
  readonly say: (line: string) => void;
  /** Memory of a run shared by its drivers (staff registered once per region and title). */
  readonly memo = new Map<string, Promise<unknown>>();
  /** This run's tag, in e-mail addresses and names that must not collide with another run's. */
  readonly tag = runTag();

  constructor(
    readonly endpoints: CohortEndpoints,
    private readonly options: JourneyOptions = {},
  ) {
    this.say = options.say ?? (() => undefined);
  }

  /** `Bearer …` for a role of a region. */
  async bearer(role: Role, region: RegionCode, subject = `${role}@${region}`): Promise<string> {
    return `Bearer ${await signDevelopmentToken({ subject, role, region, ...(role === 'auditor' ? { auditorScope: 'national' as const } : {}) })}`;
  }

  officer(region: RegionCode): Promise<string> {
    return this.bearer('regional-officer', region);
  }

  member(region: RegionCode, memberId: string): Promise<string> {
    return this.bearer('jury-member', region, memberId);
  }

  assessor(region: RegionCode, assessorId: string): Promise<string> {
    return this.bearer('assessor', region, assessorId);
  }

  candidate(region: RegionCode, candidateId: string): Promise<string> {
    return this.bearer('candidate', region, candidateId);
  }

  auditor(): Promise<string> {
    return this.bearer('auditor', 'idf');
  }

  url(region: RegionCode, service: RegionService): string {
    return this.endpoints.regions[region][service];
  }

  async api<Body = Record<string, unknown>>(region: RegionCode, service: RegionService, method: string, path: string, options: Call): Promise<{ status: number; body: Body }> {
    return this.at<Body>(this.url(region, service), method, path, options);
  }

  async audit<Body = Record<string, unknown>>(path: string, options: Omit<Call, 'as'>): Promise<{ status: number; body: Body }> {
    return this.at<Body>(this.endpoints.audit, 'GET', path, { ...options, as: this.auditor() });
  }

  private async at<Body>(base: string, method: string, path: string, { as, ...options }: Call): Promise<{ status: number; body: Body }> {
    const token = as === undefined ? undefined : await as;
    return call<Body>(this.answers, () => base, method, path, {
      withinMs: this.options.withinMs ?? 120_000,
      ...options,
      ...(token ? { token } : {}),
      headers: this.options.headers?.() ?? {},
    });
  }

  /**
   * 5xx answers met, each asked again, less the 503s: a 503 (PostgreSQL busy, Retry-After) stored
   * nothing and asks the client to come back, which it did.
   */
  serverErrors(): number {
    return [...this.answers.counts].filter(([what]) => /^5\d\d /.test(what) && !what.startsWith('503 ')).reduce((sum, [, count]) => sum + count, 0);
  }

  /** 503s met (back-pressure under load), for the summary. */
  busyAnswers(): number {
    return [...this.answers.counts].filter(([what]) => what.startsWith('503 ')).reduce((sum, [, count]) => sum + count, 0);
  }

  get concurrency(): number {
    return this.options.concurrency ?? 3;
  }

  /** Once per run: the first caller's promise, shared. */
  once<Value>(key: string, make: () => Promise<Value>): Promise<Value> {
    const known = this.memo.get(key);
    if (known) return known as Promise<Value>;
    const made = make();
    this.memo.set(key, made);
    made.catch(() => this.memo.delete(key));
    return made;
  }
}

/** A short random tag, so that two runs on the same databases never collide on a name. */
export const runTag = (): string => randomBytes(3).toString('hex');

/** A day in Paris (the services' calendar), `offset` days from today (negative: before). */
export const parisDay = (offset = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000));
