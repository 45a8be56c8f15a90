import { addDays, calendarDateInParis, foldEvents } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { applyRule, decisionTrace, rulebooks } from '@titrepro/domain-rulebook';
import { candidateEvents, createCandidateDecider, type CandidateEvent } from '@titrepro/domain-registry';
import { PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { AuditedStores } from '../stores/audited-stores';
import { candidateReplay } from './candidate-replay';

const today = calendarDateInParis(new Date());
const TITLE = 'TP-00495';
const decider = createCandidateDecider({ referential, rulebooks });
const rulebookOf = (day: string) => {
  const rulebook = rulebooks.rulebookInForceAt(day);
  if (!rulebook) throw new Error(`no rulebook on ${day}`);
  return rulebook;
};

/**
 * Replay of the registry's decisions on a real PostgreSQL store: a VAE admissibility and the
 * pathway it is about, re-derived from the candidate's stream before them (VAE-EXPERIENCE on the
 * request's periods, PATHWAY on the pathways open), replay clean; an admissibility forged with its
 * facts edited to fit (four years of experience unrelated to the title recorded as related) is flagged for its facts and for the
 * rule that refuses it on the stream's.
 */
describe('audit replay of registry decisions (real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let stores: AuditedStores;

  /** Appends events as the registry does (descriptors' versions, a metadata per event), personal fields in clear: no key here. */
  const append = async (candidateId: string, events: readonly CandidateEvent[], at: string) =>
    store.appendToStream(
      `candidate-${candidateId}`,
      events.map((event) => ({
        eventId: randomUUID(),
        type: event.type,
        schemaVersion: candidateEvents.storageOf(event).schemaVersion,
        data: event.data as unknown as Record<string, unknown>,
        metadata: { occurredAt: `${at}T10:00:00.000Z`, correlationId: randomUUID(), causationId: null, actor: { subject: 'officer-1', role: 'officer' }, region: 'idf' } as never,
      })),
    );

  /** A VAE candidate whose dossier declares `months` of experience (related to the title or not), pending. */
  const aVaeRequest = async (months: number, relatedToTitle = true) => {
    const candidateId = randomUUID();
    const openedOn = addDays(today, -60);
    const requestedOn = addDays(today, -30);
    const periods = [{ start: addDays(requestedOn, -Math.round(months * 30.5)), end: addDays(requestedOn, -1), capacity: 'employee' as const, relatedToTitle }];
    const pathway = decisionTrace(rulebookOf(openedOn), [applyRule(rulebookOf(openedOn), 'PATHWAY', { titleCode: TITLE, requestedType: 'vae', openPathways: [] })]);
    const history: CandidateEvent[] = [
      { type: 'CandidateRegistered', data: { candidateId, region: 'idf', registeredOn: openedOn, familyName: 'Martin', givenNames: ['Camille'], birthDate: '1990-04-12', contact: { email: 'c@example.org' } } },
      { type: 'PathwayOpened', data: { candidateId, pathwayId: 'p-vae', titleCode: TITLE, titleVersion: 1, pathwayType: 'vae', openedOn, trace: pathway } },
      {
        type: 'VaeAdmissibilityRequested',
        data: { candidateId, pathwayId: 'p-vae', titleCode: TITLE, requestedOn, experiencePeriods: periods, experienceDescriptions: periods.map(() => ({ organisation: 'Hôpital Nord', role: 'Technicien' })) },
      },
    ] as CandidateEvent[];
    await append(candidateId, history, requestedOn);
    return { candidateId, history, requestedOn };
  };

  beforeAll(async () => {
    database = await createTestDatabase('audit_registry');
    store = await PostgresEventStore.create({ connectionString: database.url, notify: false, poolConfig: { max: 2 } });
    stores = await AuditedStores.open([{ region: 'idf', service: 'candidate-registry', url: database.url }], { maxConnections: 1 });
  }, 60_000);

  afterAll(async () => {
    await stores?.close();
    await store?.close();
    await database?.drop();
  });

  it('replays a pathway opening and a VAE admissibility decided by the registry with no flag, both re-derived from the stream', async () => {
    const { candidateId, history } = await aVaeRequest(48);
    const decided = decider.decide({ type: 'DecideVaeAdmissibility', data: { candidateId, actingRegion: 'idf', pathwayId: 'p-vae', outcome: 'admissible' } }, foldEvents(decider, history), {
      now: new Date(`${today}T10:00:00Z`),
    });
    if (!decided.ok) throw new Error(decided.error.message);
    await append(candidateId, decided.value, today);

    const replay = await candidateReplay(stores, candidateId);
    expect(replay.decisions.flatMap((each) => each.flags)).toEqual([]);
    expect(replay.decisions.map((each) => [each.type, each.status, each.rederived])).toEqual([
      ['PathwayOpened', 'consistent', ['PATHWAY']],
      ['VaeAdmissibilityDecided', 'consistent', ['VAE-EXPERIENCE']],
    ]);
  });

  it('flags an admissibility forged with its facts edited to fit: the periods differ from the request, and VAE-EXPERIENCE refuses it on the stream’s', async () => {
    const { candidateId } = await aVaeRequest(48, false);
    const rulebook = rulebookOf(addDays(today, -30));
    const invented = [{ start: addDays(today, -1500), end: addDays(today, -31), capacity: 'employee' as const, relatedToTitle: true }];
    const applied = applyRule(rulebook, 'VAE-EXPERIENCE', { periods: invented, on: today });
    expect(applied.outcome.passed).toBe(true);
    const forged = {
      type: 'VaeAdmissibilityDecided',
      data: {
        candidateId,
        pathwayId: 'p-vae',
        titleCode: TITLE,
        decidedOn: today,
        outcome: 'admissible',
        reason: null,
        experienceMonths: applied.outcome.details.experienceMonths,
        requiredMonths: applied.outcome.details.requiredMonths,
        trace: decisionTrace(rulebook, [applied]),
      },
    } as CandidateEvent;
    await append(candidateId, [forged], today);

    const replay = await candidateReplay(stores, candidateId);
    expect(replay.ok).toBe(false);
    const flagged = replay.decisions.find((each) => each.type === 'VaeAdmissibilityDecided');
    expect(flagged?.flags.map((flag) => [flag.kind, flag.ruleId]).sort()).toEqual([
      ['facts-differ', 'VAE-EXPERIENCE'],
      ['rule-refuses', 'VAE-EXPERIENCE'],
    ]);
    expect(flagged?.flags.find((flag) => flag.kind === 'rule-refuses')?.message.en).toMatch(/^On the facts of stream candidate-.* before revision 3 \(idf, registry\), VAE-EXPERIENCE refuses this decision: /);
  });
});
