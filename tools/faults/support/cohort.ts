import { allCompetences, CCP_CODES, TSGERI } from '@titrepro/service-kit/testing';
import { randomBytes } from 'node:crypto';
import { Answers, call, type CallOptions } from './api';
import type { FaultWorld, Region, ServiceName } from './fault-world';

const COMPETENCES = allCompetences();

/** A day in Paris (the jury's and the DSPP's calendar), `daysAgo` before today. */
const parisDay = (daysAgo = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - daysAgo * 86_400_000));

/**
 * Dates the rules accept together, whenever the suite runs: evidence in the recent past, a DSPP
 * submitted today, so a session sitting today (EVIDENCE-DATED: nothing dated after the session
 * counts; nothing is recorded for a session before its day).
 */
const EVALUATED_ON = parisDay(17);
const ASSESSED_ON = parisDay(16);

const pdfWith = (text: string): Buffer => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');

export interface CohortProgress {
  registered: number;
  sealed: number;
  failed: string[];
}

/** A region's staff, registered once: assessors at the evaluation, members at the jury. */
interface RegionStaff {
  readonly trainer: string;
  readonly professional: string;
  readonly members: readonly string[];
}

/**
 * Candidates of both regions through the four services' public APIs, as the apps' int tests drive
 * them: registered with a continuous-training pathway, their evidence recorded (ECF per CCP, DSPP,
 * épreuve de synthèse), convened, deliberated (title awarded) and sealed in sessions of `perSession`.
 * The services learn everything else from each other through Kafka.
 */
export class Cohort {
  readonly answers = new Answers();
  readonly candidates = new Map<Region, string[]>();
  readonly progress: CohortProgress = { registered: 0, sealed: 0, failed: [] };

  constructor(
    private readonly world: FaultWorld,
    private readonly options: { readonly perRegion: number; readonly perSession: number; readonly concurrency: number },
  ) {}

  private api<Body = Record<string, unknown>>(service: ServiceName, region: Region, method: string, path: string, options: CallOptions) {
    const child = this.world.service(service, region);
    return call<Body>(this.answers, () => child.url, method, path, options);
  }

  private async staff(region: Region): Promise<RegionStaff> {
    const officer = await this.world.bearer('regional-officer', region);
    const assessor = async (kind: 'trainer' | 'professional') =>
      (
        await this.api('evaluation', region, 'POST', '/assessors', {
          token: officer,
          body: { kind, ...(kind === 'trainer' ? { specialtyTitleCode: TSGERI } : {}), qualifiedTitleCodes: [TSGERI], familyName: `Évaluateur${randomBytes(3).toString('hex')}`, givenNames: ['Jean'] },
          expect: [201],
        })
      ).body['assessorId'] as string;
    const members: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const { body } = await this.api('jury', region, 'POST', '/jury-members', {
        token: officer,
        body: { titleCodes: [TSGERI], familyName: `Jurée${randomBytes(3).toString('hex')}`, givenNames: ['Claire'] },
        expect: [201],
      });
      members.push(body['memberId'] as string);
    }
    return { trainer: await assessor('trainer'), professional: await assessor('professional'), members };
  }

  /** Registers the candidate, opens the pathway and records every piece of evidence. */
  private async prepare(region: Region, staff: RegionStaff): Promise<string> {
    const officer = await this.world.bearer('regional-officer', region);
    const unique = randomBytes(4).toString('hex');
    const { body: registered } = await this.api('candidate-registry', region, 'POST', '/candidates', {
      token: officer,
      body: { familyName: `Durand${unique}`, givenNames: ['Camille'], birthDate: '1990-04-12', contact: { email: `camille.${unique}@example.org` } },
      expect: [201],
    });
    const candidateId = registered['candidateId'] as string;
    this.candidates.get(region)?.push(candidateId);
    this.progress.registered += 1;
    const { body: opened } = await this.api('candidate-registry', region, 'POST', `/candidates/${candidateId}/pathways`, {
      token: officer,
      body: { titleCode: TSGERI, pathwayType: 'continuous-training' },
      expect: [201],
    });
    const pathwayId = opened['pathwayId'] as string;
    const evidence = `/candidates/${candidateId}/pathways/${pathwayId}`;
    const asTrainer = await this.world.bearer('assessor', region, staff.trainer);
    const asProfessional = await this.world.bearer('assessor', region, staff.professional);
    for (const ccpCode of CCP_CODES) {
      // The evaluation learns the pathway from the registry's topic: until then, the pathway is unknown there.
      await this.api('evaluation', region, 'POST', `/candidates/${candidateId}/assignments`, {
        token: officer,
        body: { pathwayId, assessorId: staff.trainer, scope: { kind: 'ecf', ccpCode } },
        expect: [201],
        notYet: [404, 409, 422],
      });
      await this.api('evaluation', region, 'POST', `${evidence}/training-evaluations`, {
        token: asTrainer,
        body: { ccpCode, evaluatedOn: EVALUATED_ON, result: 'passed' },
        expect: [201],
      });
    }
    const files = Object.fromEntries(CCP_CODES.map((ccpCode) => [ccpCode, [pdfWith(`DSPP ${ccpCode}`), `${ccpCode}.pdf`] as const]));
    await this.api('evaluation', region, 'POST', `${evidence}/dspp`, { token: await this.world.bearer('candidate', region, candidateId), files, expect: [201] });
    const { body: scheduled } = await this.api('evaluation', region, 'POST', `${evidence}/practical-assessments`, {
      token: officer,
      body: { target: { kind: 'title-synthesis' }, scheduledOn: ASSESSED_ON },
      expect: [201],
    });
    const assessmentId = scheduled['assessmentId'] as string;
    await this.api('evaluation', region, 'POST', `/candidates/${candidateId}/assignments`, {
      token: officer,
      body: { pathwayId, assessorId: staff.professional, scope: { kind: 'practical-assessment', assessmentId } },
      expect: [201],
    });
    await this.api('evaluation', region, 'POST', `/candidates/${candidateId}/practical-assessments/${assessmentId}/result`, {
      token: asProfessional,
      body: { heldOn: ASSESSED_ON, outcomes: COMPETENCES.map((competence) => ({ competence, outcome: 'acquired' })) },
      expect: [201],
    });
    return candidateId;
  }

  /** Convenes (once the jury learnt the complete evidence from Kafka) and deliberates: title awarded. */
  private async decide(region: Region, staff: RegionStaff, sessionId: string, candidateId: string): Promise<void> {
    await this.api('jury', region, 'POST', `/sessions/${sessionId}/candidates`, {
      token: await this.world.bearer('regional-officer', region),
      body: { candidateId },
      expect: [201],
      notYet: [403, 404, 409, 422],
    });
    const [first] = staff.members;
    await this.api('jury', region, 'POST', `/sessions/${sessionId}/candidates/${candidateId}/deliberation`, {
      token: await this.world.bearer('jury-member', region, first),
      body: { outcome: { kind: 'title-awarded' } },
      expect: [201],
    });
  }

  private async session(region: Region, staff: RegionStaff, count: number): Promise<void> {
    const officer = await this.world.bearer('regional-officer', region);
    const { body: created } = await this.api('jury', region, 'POST', '/sessions', { token: officer, body: { titleCode: TSGERI, date: parisDay(), kind: 'title' }, expect: [201] });
    const sessionId = created['sessionId'] as string;
    await this.api('jury', region, 'PUT', `/sessions/${sessionId}/jury`, { token: officer, body: { memberIds: staff.members }, expect: [200] });
    const queue = Array.from({ length: count }, (_, index) => index);
    const worker = async () => {
      while (queue.shift() !== undefined) {
        try {
          const candidateId = await this.prepare(region, staff);
          await this.decide(region, staff, sessionId, candidateId);
        } catch (error) {
          this.progress.failed.push(`${region}: ${String(error).slice(0, 400)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
    const { body: minutes } = await this.api('jury', region, 'GET', `/sessions/${sessionId}/minutes`, { token: officer, expect: [200] });
    for (const memberId of staff.members) {
      await this.api('jury', region, 'POST', `/sessions/${sessionId}/minutes/approvals`, {
        token: await this.world.bearer('jury-member', region, memberId),
        body: { minutesHash: minutes['minutesHash'] },
        expect: [201],
      });
    }
    await this.api('jury', region, 'POST', `/sessions/${sessionId}/minutes/seal`, { token: officer, expect: [200] });
    this.progress.sealed += count;
  }

  /**
   * Runs the cohort, both regions at once, session after session: at least `perRegion` candidates
   * each, and more sessions for as long as `more()` says (the faults are still being injected).
   * Resolves when every session is sealed.
   */
  async run(more: () => boolean = () => false): Promise<void> {
    await Promise.all(
      (['idf', 'bre'] as const).map(async (region) => {
        this.candidates.set(region, []);
        const staff = await this.staff(region);
        for (let done = 0; done < this.options.perRegion || more(); done += this.options.perSession) {
          await this.session(region, staff, this.options.perSession);
        }
      }),
    );
  }

  /** The candidate's documents at their region's issuance, as an auditor lists them. */
  async documents(region: Region, candidateId: string): Promise<Array<{ kind: string; status: string }>> {
    const { body } = await this.api<Array<{ kind: string; status: string }>>('document-issuance', region, 'GET', `/candidates/${candidateId}/documents`, {
      token: await this.world.bearer('auditor', region),
      expect: [200],
      notYet: [404],
    });
    return body;
  }
}
