import { randomUUID } from 'node:crypto';
import { Journey, type CohortEndpoints } from '../../journey/cohort';
import { serviceDatabaseUrl } from '../../journey/launch/databases';
import { SqlForger, type ForgedEvent, type StoredEvent } from '@titrepro/event-store/testing';

/** What the forgeries read of the audit's answers (their schemas: libs/platform/audit's model). */
interface Flag {
  readonly kind: string;
  readonly ruleId: string | null;
  readonly subject: string | null;
  readonly message: { readonly fr: string; readonly en: string };
  readonly recorded: unknown;
  readonly rederived: unknown;
}
interface CandidateReplay {
  readonly ok: boolean;
  readonly decisions: readonly { readonly eventId: string; readonly streamId: string; readonly revision: number; readonly flags: readonly Flag[] }[];
}
interface Verification {
  readonly ok: boolean;
  readonly brokenLinks: readonly { region: string; service: string; streamId: string; revision: number; reason: string }[];
}
interface RuleApplication {
  readonly ruleId: string;
  readonly subject: string | null;
  readonly passed: boolean;
  readonly facts: Record<string, unknown>;
}

/** The launched world the journey spec ran its cohort in, and the candidate whose title was capitalised across idf and bre. */
export interface ForgeriesWorld {
  readonly endpoints: CohortEndpoints;
  readonly databasePrefix: string;
  readonly candidateId: string;
}

const ccpCodesOf = (facts: unknown): string[] => ((facts as { ccpsObtained?: { ccpCode: string }[] } | null)?.ccpsObtained ?? []).map((held) => held.ccpCode).sort();
const key = (application: { ruleId: string | null; subject?: string | null }) => `${application.ruleId}|${application.subject ?? ''}`;

/**
 * Issue 20's forgeries, on the history the cohort built through the public APIs: a forger with SQL
 * access to bre's jury store copies the candidate's title session up to its deliberation into new
 * session streams (convocation and interview as they were) and appends deliberations there, citing
 * bre's file of the candidate at the revision its CCP session read (CCP1 held, CCP2 and CCP3 not
 * yet). The audit service's replay and verify (HTTP, role auditor) must catch each. Called after the
 * journey's own tests: the cohort's report was taken before any forgery.
 */
export const describeForgeries = (world: () => ForgeriesWorld): void =>
  describe('forgeries by SQL in bre’s jury store, caught by the audit service', () => {
    let journey: Journey;
    let forger: SqlForger;
    let candidateId: string;
    let titleSession: StoredEvent[];
    let titleDeliberation: StoredEvent;
    /** bre's file of the candidate as its CCP session's deliberation cited it: CCP1 held, not CCP2 nor CCP3. */
    let earlierFileRef: { streamId: string; revision: number };
    let editedFactsFlags: readonly Flag[];

    const replayOf = async () => (await journey.audit<CandidateReplay>(`/candidates/${candidateId}/replay`, { expect: [200] })).body;
    const flagsOf = (replay: CandidateReplay, eventId: string) => replay.decisions.find((decision) => decision.eventId === eventId)?.flags ?? [];
    const verify = async () => (await journey.audit<Verification>('/verify?region=bre&service=jury', { expect: [200] })).body;

    /** A new session stream holding the title session's events before its deliberation, as they were (this candidate's only). */
    const copyTitleSession = async (): Promise<{ streamId: string; sessionId: string }> => {
      const original = String(titleDeliberation.data['sessionId']);
      const sessionId = randomUUID();
      const before = titleSession.filter((event) => event.revision < titleDeliberation.revision && (event.data['candidateId'] === undefined || event.data['candidateId'] === candidateId));
      const streamId = `jurysession-${sessionId}`;
      const copied = before.map((event): ForgedEvent => ({ type: event.type, schemaVersion: event.schemaVersion, metadata: event.metadata, data: JSON.parse(JSON.stringify(event.data).split(original).join(sessionId)) as Record<string, unknown> }));
      await forger.append(streamId, copied, { recomputeChain: true });
      return { streamId, sessionId };
    };
    const deliberation = (sessionId: string, ruleApplications: readonly RuleApplication[]): ForgedEvent => ({
      type: titleDeliberation.type,
      schemaVersion: titleDeliberation.schemaVersion,
      data: { ...titleDeliberation.data, sessionId, decisionId: randomUUID(), fileRef: earlierFileRef, ruleApplications },
      metadata: { ...titleDeliberation.metadata, occurredAt: new Date().toISOString(), correlationId: randomUUID() },
    });
    const recordedApplications = () => titleDeliberation.data['ruleApplications'] as RuleApplication[];

    beforeAll(async () => {
      const { endpoints, databasePrefix } = world();
      candidateId = world().candidateId;
      journey = new Journey(endpoints);
      forger = await SqlForger.connect(serviceDatabaseUrl(databasePrefix, 'bre', 'jury'));
      const deliberations = await forger.events(`type = 'DeliberationRecorded' AND data->>'candidateId' = $1`, [candidateId]);
      const title = deliberations.find((event) => recordedApplicationsOf(event).some((application) => application.ruleId === 'TITLE-BY-CAPITALISATION'));
      const ccps = deliberations.find((event) => (event.data['outcome'] as { kind: string }).kind === 'title-not-awarded');
      if (!title || !ccps) throw new Error(`bre's jury holds no title and CCP deliberations of ${candidateId}`);
      titleDeliberation = title;
      titleSession = await forger.events('stream_id = $1', [title.streamId]);
      earlierFileRef = ccps.data['fileRef'] as { streamId: string; revision: number };
    });

    afterAll(async () => {
      await forger?.close();
    });

    it('forged facts: the title deliberation’s facts (CCP1–3 held) recorded on a file revision holding CCP1 alone are flagged facts-differ', async () => {
      const { streamId, sessionId } = await copyTitleSession();
      const [forged] = await forger.append(streamId, [deliberation(sessionId, recordedApplications())], { recomputeChain: true });
      if (!forged) throw new Error('nothing forged');
      editedFactsFlags = flagsOf(await replayOf(), forged.eventId);
      const capitalisation = editedFactsFlags.find((flag) => flag.kind === 'facts-differ' && flag.ruleId === 'TITLE-BY-CAPITALISATION');
      expect(capitalisation?.message.en).toContain(`differ from those of ${earlierFileRef.streamId}@${earlierFileRef.revision}`);
      expect([ccpCodesOf(capitalisation?.recorded), ccpCodesOf(capitalisation?.rederived)]).toEqual([['CCP1', 'CCP2', 'CCP3'], ['CCP1']]);
      // The rule, re-run on the facts it recorded, gives the verdict recorded: only the facts betray it.
      expect(editedFactsFlags.filter((flag) => flag.kind === 'verdict-differs' && flag.ruleId === 'TITLE-BY-CAPITALISATION')).toEqual([]);
    });

    it('a forged deliberation on the cited facts (a CCP missing), chain recomputed: verify passes, replay names TITLE-BY-CAPITALISATION', async () => {
      // The facts the audit re-derived from the cited streams, recorded as such; the title's verdict kept "passed".
      const rederived = new Map(editedFactsFlags.filter((flag) => flag.kind === 'facts-differ' && flag.rederived !== null).map((flag) => [key(flag), flag.rederived as Record<string, unknown>]));
      const applications = recordedApplications().map((application) => ({ ...application, facts: rederived.get(key(application)) ?? application.facts }));
      const { streamId, sessionId } = await copyTitleSession();
      const [forged] = await forger.append(streamId, [deliberation(sessionId, applications)], { recomputeChain: true });
      if (!forged) throw new Error('nothing forged');

      expect(await verify()).toMatchObject({ ok: true, brokenLinks: [] });
      const replay = await replayOf();
      expect(replay.ok).toBe(false);
      const flags = flagsOf(replay, forged.eventId);
      expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'verdict-differs', ruleId: 'TITLE-BY-CAPITALISATION' }), expect.objectContaining({ kind: 'rule-refuses', ruleId: 'TITLE-BY-CAPITALISATION' })]));
      expect(flags.filter((flag) => flag.kind === 'facts-differ')).toEqual([]);
      expect(replay.decisions.find((decision) => decision.eventId === forged.eventId)).toMatchObject({ streamId, revision: forged.revision });
    });

    it('the same insertion without recomputing the chain: verify fails at service jury, that stream and revision', async () => {
      const { streamId, sessionId } = await copyTitleSession();
      const [forged] = await forger.append(streamId, [deliberation(sessionId, recordedApplications())], { recomputeChain: false });
      if (!forged) throw new Error('nothing forged');
      const verification = await verify();
      expect(verification.ok).toBe(false);
      expect(verification.brokenLinks).toEqual([{ region: 'bre', service: 'jury', streamId, revision: forged.revision, reason: 'hash does not match the stored event' }]);
    });
  });

const recordedApplicationsOf = (event: StoredEvent): RuleApplication[] => (event.data['ruleApplications'] as RuleApplication[] | undefined) ?? [];
