import { type CandidateEvent, candidateEvents } from '@titrepro/domain-registry';
import { type DecisionTrace, FACTS_UNKNOWN, type RuleId } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import { toKafkaMessages } from '@titrepro/messaging';
import { mapRegistryEvent } from './registry-integration-events.mapper';

/** A trace whose rule passed (its facts do not matter to the mapping). */
const traceOf = (ruleId: RuleId): DecisionTrace => ({
  rulebookId: 'seed-2009',
  rules: [{ ruleId, subject: null, facts: FACTS_UNKNOWN, passed: true, explanation: { fr: 'ok', en: 'ok' }, details: null }],
  evidence: [],
  reads: [],
});

const CANDIDATE = 'c-42';
const SECRETS = ['Durandeau', 'Camille', '1990-04-12', 'camille@example.org', 'Hôpital Nord', 'not motivated', 'moved to Lille'];

const events: CandidateEvent[] = [
  {
    type: 'CandidateRegistered',
    data: {
      candidateId: CANDIDATE,
      region: 'idf',
      registeredOn: '2025-03-01',
      familyName: 'Durandeau',
      givenNames: ['Camille'],
      birthDate: '1990-04-12',
      contact: { email: 'camille@example.org' },
    },
  },
  {
    type: 'PathwayOpened',
    data: { candidateId: CANDIDATE, pathwayId: 'p-1', titleCode: 'TP-00495', titleVersion: 1, pathwayType: 'vae', openedOn: '2025-03-01', trace: traceOf('PATHWAY') },
  },
  {
    type: 'VaeAdmissibilityRequested',
    data: {
      candidateId: CANDIDATE,
      pathwayId: 'p-1',
      titleCode: 'TP-00495',
      requestedOn: '2025-03-02',
      experiencePeriods: [{ start: '2021-01-01', end: '2023-12-31', capacity: 'employee', relatedToTitle: true }],
      experienceDescriptions: [{ organisation: 'Hôpital Nord', role: 'Technicien' }],
    },
  },
  {
    type: 'VaeAdmissibilityDecided',
    data: {
      candidateId: CANDIDATE,
      pathwayId: 'p-1',
      titleCode: 'TP-00495',
      decidedOn: '2025-03-03',
      outcome: 'not-admissible',
      reason: 'not motivated',
      experienceMonths: 36,
      requiredMonths: 36,
      trace: traceOf('VAE-EXPERIENCE'),
    },
  },
  { type: 'PathwayWithdrawn', data: { candidateId: CANDIDATE, pathwayId: 'p-1', titleCode: 'TP-00495', withdrawnOn: '2025-03-04' } },
  { type: 'CandidateTransferred', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', transferredOn: '2025-03-05' } },
  // In the receiving region's stream: its answer.
  {
    type: 'IncomingTransferRefused',
    data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', refusedOn: '2025-03-05', reason: 'not-resident', explanation: 'moved to Lille' },
  },
  { type: 'IncomingTransferAccepted', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', acceptedOn: '2025-03-05' } },
  { type: 'CandidateHandedOver', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', handedOverOn: '2025-03-05' } },
  { type: 'CandidatePersonalDataErased', data: { candidateId: CANDIDATE, erasedOn: '2025-03-06' } },
];

/** A region's own bookkeeping of a handover, not published. */
const unpublished: CandidateEvent[] = [
  { type: 'IncomingTransferOpened', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', requestedOn: '2025-03-05' } },
  { type: 'OutgoingTransferRefused', data: { candidateId: CANDIDATE, toRegion: 'ara', refusedOn: '2025-03-05', reason: 'other' } },
  {
    type: 'CandidateFileReceived',
    data: {
      candidateId: CANDIDATE,
      fromRegion: 'idf',
      region: 'ara',
      receivedOn: '2025-03-05',
      registeredOn: '2025-03-01',
      familyName: 'Durandeau',
      givenNames: ['Camille'],
      birthDate: '1990-04-12',
      contact: { email: 'camille@example.org' },
      pathways: [],
      source: { region: 'idf', streamId: `candidate-${CANDIDATE}`, revision: 6, hash: 'h' },
      sourceHistory: [],
    },
  },
];

const recorded = (event: CandidateEvent, revision: number): RecordedEvent => ({
  eventId: `00000000-0000-4000-8000-00000000000${revision}`,
  streamId: `candidate-${CANDIDATE}`,
  revision,
  globalPosition: revision + 1,
  type: event.type,
  schemaVersion: candidateEvents.storageOf(event).schemaVersion,
  storedSchemaVersion: candidateEvents.storageOf(event).schemaVersion,
  data: event.data as unknown as Record<string, unknown>,
  metadata: { correlationId: 'corr', causationId: null, actor: { subject: 'officer', role: 'regional-officer' }, region: 'idf', occurredAt: '2025-03-06T09:59:58.000Z' },
  recordedAt: new Date('2025-03-06T10:00:00Z'),
  prevHash: '',
  hash: '',
});

describe('registry integration events mapper', () => {
  const messages = events.flatMap((event, revision) => toKafkaMessages(recorded(event, revision), mapRegistryEvent));

  it('maps every candidate event to one integration event that satisfies its contract, keyed by candidate id', () => {
    expect(messages).toHaveLength(events.length);
    for (const { message } of messages) expect(message.key).toBe(CANDIDATE);
  });

  it('publishes no name, birth date, contact, experience description or officer free text', () => {
    for (const { message } of messages) for (const secret of SECRETS) expect(String(message.value)).not.toContain(secret);
  });

  it('says "inadmissible" with a code, not the officer\'s reason, when the office refused', () => {
    const decided = JSON.parse(String(messages[3]?.message.value));
    expect(decided).toMatchObject({ outcome: 'inadmissible', reasonCode: 'OFFICE-DECISION', ruleIds: ['VAE-EXPERIENCE'] });
  });

  it('publishes a decision stored before the trace (schema version 1) as it did: the descriptors upcast it on the relay\'s read', () => {
    const current = recorded(events[3] as CandidateEvent, 3);
    const { trace: _trace, ...data } = current.data as Record<string, unknown>;
    const v1 = {
      ...current,
      schemaVersion: 1,
      storedSchemaVersion: 1,
      data: { ...data, rulebookId: 'seed-2009', ruleIds: ['VAE-EXPERIENCE'], ruleOutcomes: [{ ruleId: 'VAE-EXPERIENCE', passed: false, explanation: { fr: 'non', en: 'no' } }] },
    };
    expect(JSON.parse(String(toKafkaMessages(v1, mapRegistryEvent)[0]?.message.value))).toMatchObject({
      outcome: 'inadmissible',
      reasonCode: 'VAE-EXPERIENCE',
      rulebookId: 'seed-2009',
      ruleIds: ['VAE-EXPERIENCE'],
    });
  });

  it('publishes a refusal with its reason code only, and the handover that moves the home region', () => {
    expect(JSON.parse(String(messages[6]?.message.value))).toEqual({ candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', reasonCode: 'not-resident', refusedAt: '2025-03-06T09:59:58.000Z' });
    expect(messages.slice(7, 9).map(({ message }) => String(message.headers?.['event-type']))).toEqual(['CandidateTransferAccepted', 'CandidateHandedOver']);
  });

  it("keeps a region's own bookkeeping of a handover, and the received file, off Kafka", () => {
    for (const [revision, event] of unpublished.entries()) expect(mapRegistryEvent(recorded(event, revision))).toBeNull();
  });

  it('ignores events of other types', () => {
    expect(mapRegistryEvent({ ...recorded(events[0] as CandidateEvent, 0), type: 'SomethingElse' })).toBeNull();
  });
});
