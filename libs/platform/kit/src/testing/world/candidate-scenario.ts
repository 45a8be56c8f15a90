import {
  CandidatePersonalDataErasedV1,
  CandidateRegisteredV1,
  CandidateTrainersChangedV1,
  CcpAwardedV1,
  DsppSubmittedV1,
  EvidenceCompletenessChangedV1,
  PathwayOpenedV1,
  TitleAwardedV1,
  VaeAdmissibilityDecidedV1,
  type IntegrationContract,
} from '@titrepro/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { CCP_CODES, TSGERI } from './referential';
import type { CandidateName, RegistryIdentities } from './registry-identities';

export type PathwayType = 'continuous-training' | 'vae' | 'discontinuous-training';

/** A piece of evidence as the evaluation names it (`fr` is taken from `en`). */
export interface EvidenceItem {
  readonly key: string;
  readonly en: string;
}

/** A jury decision's identity, as an award carries it. */
export interface Award {
  readonly decisionId: string;
  readonly sessionId: string;
  readonly decidedOn: string;
}

/** What a scenario needs of its world: publishing as another service would, taken in by the services under test. */
export interface WorldNews {
  readonly publish: <Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region: string) => Promise<string>;
  readonly handOver: (candidateId: string, from: string, to: string) => Promise<void>;
  readonly now: () => string;
  readonly identities: RegistryIdentities | undefined;
}

interface CandidateState {
  readonly candidateId: string;
  pathwayId: string;
  pathway: PathwayType | undefined;
  home: string;
  registered: boolean;
  readonly published: { readonly type: string; readonly payload: Record<string, unknown> }[];
}

type Step = (state: CandidateState) => Promise<void>;

const EVIDENCE_RULE: Record<PathwayType, string> = { vae: 'EVIDENCE-VAE', 'continuous-training': 'EVIDENCE-CONTINUOUS', 'discontinuous-training': 'CCP-PAIR' };

/**
 * What the other services say about one candidate, in order, each waited for until the services
 * under test took it in: `await world.candidate().inRegion('bre').vae().evidenceComplete().admissible()`.
 * The registry registers them (in the world's first region unless `inRegion`); every pathway is
 * towards TSGERI. Awaited, it plays its steps and gives the candidate, whose own methods go on.
 */
export class CandidateScenario implements PromiseLike<WorldCandidate> {
  private readonly steps: Step[] = [];

  constructor(
    private readonly world: WorldNews,
    private readonly state: CandidateState,
  ) {}

  /** The region the registry registers them in (before they are registered). */
  inRegion(region: string): this {
    if (this.state.registered) throw new Error('inRegion: the candidate is registered already; hand them over instead');
    this.state.home = region;
    return this;
  }

  /** Their name at the registry's identity route (the world's, when it runs one). */
  named(name: CandidateName): this {
    if (!this.world.identities) throw new Error('named: this world runs no registry identity route (registryIdentities)');
    this.world.identities.names.set(this.state.candidateId, name);
    return this;
  }

  /** The registry opens a pathway towards TSGERI (a new one, after the first). */
  pathway(type: PathwayType): this {
    return this.step(async (state) => {
      if (state.pathway !== undefined) state.pathwayId = randomUUID();
      state.pathway = type;
      await this.publish(state, PathwayOpenedV1, { candidateId: state.candidateId, pathwayId: state.pathwayId, titleCode: TSGERI, pathway: type, region: state.home, openedAt: this.world.now() });
    });
  }

  vae(): this {
    return this.pathway('vae');
  }

  continuousTraining(): this {
    return this.pathway('continuous-training');
  }

  discontinuousTraining(): this {
    return this.pathway('discontinuous-training');
  }

  /** The evaluation's completeness of the pathway: `missing` lists what still lacks (none: complete). */
  evidence(evidence: { readonly missing?: readonly EvidenceItem[]; readonly present?: readonly EvidenceItem[]; readonly region?: string } = {}): this {
    return this.step(async (state) => {
      const pathway = this.pathwayOf(state, 'evidence');
      const { missing = [], present = [] } = evidence;
      await this.publish(
        state,
        EvidenceCompletenessChangedV1,
        {
          candidateId: state.candidateId,
          pathwayId: state.pathwayId,
          titleCode: TSGERI,
          pathwayType: pathway,
          rulebookId: 'seed-2009',
          ruleIds: [EVIDENCE_RULE[pathway]],
          complete: missing.length === 0,
          present: present.map((item) => ({ ...item, fr: item.en })),
          missing: missing.map((item) => ({ ...item, fr: item.en })),
          changedAt: this.world.now(),
        },
        evidence.region,
      );
    });
  }

  evidenceComplete(): this {
    return this.evidence();
  }

  /** The evaluation's DSPP submission: one document per CCP of TSGERI, made at `submittedAt`. */
  dspp(submittedAt: Date = new Date()): this {
    return this.step(async (state) => {
      const documents = CCP_CODES.map((ccpCode) => ({ ccpCode, documentId: randomUUID(), sha256: randomBytes(32).toString('hex'), size: 1024, mediaType: 'application/pdf' }));
      await this.publish(state, DsppSubmittedV1, { candidateId: state.candidateId, pathwayId: state.pathwayId, titleCode: TSGERI, submissionId: randomUUID(), supersedes: null, documents, submittedAt: submittedAt.toISOString() });
    });
  }

  /** The evaluation's list of the candidate's trainers (assessor ids). */
  trainers(trainerIds: readonly string[]): this {
    return this.step(async (state) => {
      await this.publish(state, CandidateTrainersChangedV1, { candidateId: state.candidateId, trainerIds: [...trainerIds], changedAt: this.world.now() });
    });
  }

  /** The registry's VAE admissibility decision. */
  admissibility(outcome: 'admissible' | 'inadmissible'): this {
    return this.step(async (state) => {
      await this.publish(state, VaeAdmissibilityDecidedV1, {
        candidateId: state.candidateId,
        pathwayId: state.pathwayId,
        titleCode: TSGERI,
        outcome,
        reasonCode: 'VAE-EXPERIENCE',
        rulebookId: 'seed-2009',
        ruleIds: ['VAE-EXPERIENCE'],
        decidedAt: this.world.now(),
      });
    });
  }

  admissible(): this {
    return this.admissibility('admissible');
  }

  inadmissible(): this {
    return this.admissibility('inadmissible');
  }

  /** A jury of the home region awards TSGERI (every CCP). */
  titleAwarded(award: Partial<Award> = {}): this {
    return this.step(async (state) => {
      await this.publish(state, TitleAwardedV1, { candidateId: state.candidateId, ...anAward(award), region: state.home, titleCode: TSGERI, pathwayId: null, ccpCodes: [...CCP_CODES], rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME'], awardedAt: this.world.now() });
    });
  }

  /** A jury of the home region awards these CCPs of TSGERI, without the title. */
  ccpsAwarded(ccpCodes: readonly string[], award: Partial<Award> = {}): this {
    return this.step(async (state) => {
      await this.publish(state, CcpAwardedV1, {
        candidateId: state.candidateId,
        ...anAward(award),
        region: state.home,
        titleCode: TSGERI,
        pathwayId: null,
        ccpCodes: [...ccpCodes],
        rulebookId: 'seed-2009',
        ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'],
        awardedAt: this.world.now(),
      });
    });
  }

  /** The registries move the file from the home region to `to` (the world's one handover script). */
  handOver(to: string): this {
    return this.step(async (state) => {
      await this.world.handOver(state.candidateId, state.home, to);
      state.home = to;
    });
  }

  /** The registry erases the candidate's personal data (and its identity route answers 410). */
  erased(): this {
    return this.step(async (state) => {
      this.world.identities?.erased.add(state.candidateId);
      await this.publish(state, CandidatePersonalDataErasedV1, { candidateId: state.candidateId, erasedAt: this.world.now() });
    });
  }

  then<Result1 = WorldCandidate, Result2 = never>(
    onfulfilled?: ((value: WorldCandidate) => Result1 | PromiseLike<Result1>) | null,
    onrejected?: ((reason: unknown) => Result2 | PromiseLike<Result2>) | null,
  ): PromiseLike<Result1 | Result2> {
    return this.play().then(onfulfilled, onrejected);
  }

  private async play(): Promise<WorldCandidate> {
    const steps = this.steps.splice(0);
    if (!this.state.registered) {
      await this.publish(this.state, CandidateRegisteredV1, { candidateId: this.state.candidateId, region: this.state.home, registeredAt: this.world.now() });
      this.state.registered = true;
    }
    for (const step of steps) await step(this.state);
    return new WorldCandidate(this.world, this.state);
  }

  private step(step: Step): this {
    this.steps.push(step);
    return this;
  }

  private pathwayOf(state: CandidateState, what: string): PathwayType {
    if (state.pathway === undefined) throw new Error(`${what}: open a pathway first (vae(), continuousTraining(), discontinuousTraining())`);
    return state.pathway;
  }

  private async publish(state: CandidateState, contract: IntegrationContract, payload: Record<string, unknown>, region = state.home): Promise<string> {
    const eventId = await this.world.publish(contract, payload, region);
    state.published.push({ type: contract.type, payload });
    return eventId;
  }
}

const anAward = (award: Partial<Award>): Award => ({ decisionId: randomUUID(), sessionId: `s-${randomUUID().slice(0, 8)}`, decidedOn: '2026-11-20', ...award });

/** A candidate the world's services know; each method starts a scenario of further news about them. */
export class WorldCandidate {
  constructor(
    private readonly world: WorldNews,
    private readonly state: CandidateState,
  ) {}

  get candidateId(): string {
    return this.state.candidateId;
  }

  /** Their latest pathway (generated even when none was opened: a payload may name one). */
  get pathwayId(): string {
    return this.state.pathwayId;
  }

  get pathway(): PathwayType | undefined {
    return this.state.pathway;
  }

  /** The region whose registry holds their file now. */
  get home(): string {
    return this.state.home;
  }

  /** The payload of the last `type` the world published about them (a test re-publishing it, as a duplicate). */
  lastPublished(type: string): Record<string, unknown> {
    const found = [...this.state.published].reverse().find((each) => each.type === type);
    if (!found) throw new Error(`nothing of type ${type} was published about ${this.state.candidateId}`);
    return found.payload;
  }

  /** Further news about them, to chain: `await candidate.news().handOver('bre').evidenceComplete()`. */
  news(): CandidateScenario {
    return new CandidateScenario(this.world, this.state);
  }

  pathwayOpened(type: PathwayType): CandidateScenario {
    return this.news().pathway(type);
  }

  evidence(evidence?: Parameters<CandidateScenario['evidence']>[0]): CandidateScenario {
    return this.news().evidence(evidence);
  }

  evidenceComplete(): CandidateScenario {
    return this.news().evidenceComplete();
  }

  dspp(submittedAt?: Date): CandidateScenario {
    return this.news().dspp(submittedAt);
  }

  trainers(trainerIds: readonly string[]): CandidateScenario {
    return this.news().trainers(trainerIds);
  }

  admissibility(outcome: 'admissible' | 'inadmissible'): CandidateScenario {
    return this.news().admissibility(outcome);
  }

  admissible(): CandidateScenario {
    return this.news().admissible();
  }

  inadmissible(): CandidateScenario {
    return this.news().inadmissible();
  }

  titleAwarded(award?: Partial<Award>): CandidateScenario {
    return this.news().titleAwarded(award);
  }

  ccpsAwarded(ccpCodes: readonly string[], award?: Partial<Award>): CandidateScenario {
    return this.news().ccpsAwarded(ccpCodes, award);
  }

  handOver(to: string): CandidateScenario {
    return this.news().handOver(to);
  }

  erased(): CandidateScenario {
    return this.news().erased();
  }
}

/** A candidate no service has heard of yet. */
export const newCandidate = (world: WorldNews, home: string): CandidateScenario =>
  new CandidateScenario(world, { candidateId: randomUUID(), pathwayId: randomUUID(), pathway: undefined, home, registered: false, published: [] });
