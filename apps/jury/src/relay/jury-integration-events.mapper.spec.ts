import { CapitalisationWindowClosedV1, CcpAwardedV1, CcsAwardedV1, DecisionRectifiedV1, MinutesSealedV1, TitleAwardedV1, TitleNotAwardedV1 } from '@titrepro/contracts';
import type { CandidateFileEvent, SessionEvent } from '@titrepro/domain-jury';
import type { RuleApplication } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import { toKafkaMessages } from '@titrepro/messaging';
import { mapJuryEvent } from './jury-integration-events.mapper';

const CANDIDATE = 'c-42';
const OTHER = 'c-43';
const SESSION = 's-7';
const HASH = 'f00d'.repeat(16);
const AT = '2026-06-17T09:59:58.000Z';
/** Free text and facts that stay in the jury's store: an officer's reason, a member's assessor id. */
const SECRETS = ['Erreur de report sur le procès-verbal', 'a-secret', 'officer@idf'];

const award = { decisionId: 'd-1', sessionId: SESSION, region: 'idf', candidateId: CANDIDATE, titleCode: 'TP-00495', pathwayId: 'p-1', decidedOn: '2026-06-16', rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'JURY-PROFESSIONALS'] };

const juryProfessionals = {
  ruleId: 'JURY-PROFESSIONALS',
  subject: CANDIDATE,
  facts: { members: [{ memberId: 'm-1', assessorId: 'a-secret' }] },
  passed: true,
  explanation: { fr: 'ok', en: 'ok' },
  details: {},
} as unknown as RuleApplication;

const sessionEvents = {
  titleAwarded: { type: 'TitleAwarded', data: { ...award, ccpCodes: ['CCP1', 'CCP2', 'CCP3'] } },
  ccpAwarded: { type: 'CcpAwarded', data: { ...award, ccpCodes: ['CCP1'] } },
  ccsAwarded: { type: 'CcsAwarded', data: { ...award, pathwayId: null, ccsCode: 'CCS1' } },
  titleNotAwarded: { type: 'TitleNotAwarded', data: { ...award, ccpCodes: ['CCP2'] } },
  minutesSealed: {
    type: 'MinutesSealed',
    data: {
      sessionId: SESSION,
      region: 'idf',
      titleCode: 'TP-00495',
      sessionKind: 'title',
      date: '2026-06-16',
      minutesHash: HASH,
      members: ['m-1', 'm-2'],
      decisions: [
        { decisionId: 'd-1', candidateId: CANDIDATE, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2'] } },
        { decisionId: 'd-2', candidateId: OTHER, outcome: { kind: 'title-awarded' } },
      ],
      sealedBy: 'officer@idf',
      sealedOn: '2026-06-17',
    },
  },
  decisionRectified: {
    type: 'DecisionRectified',
    data: {
      rectificationId: 'r-1',
      decisionId: 'd-1',
      sessionId: SESSION,
      region: 'idf',
      titleCode: 'TP-00495',
      sessionKind: 'title',
      candidateId: CANDIDATE,
      pathwayId: 'p-1',
      pathwayType: 'vae',
      previousOutcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2'] },
      outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] },
      ccpCodesAwarded: ['CCP1', 'CCP2'],
      ccsCode: null,
      reason: 'Erreur de report sur le procès-verbal',
      rulebookId: 'seed-2009',
      ruleApplications: [juryProfessionals],
      fileRef: { streamId: `jurycandidate-${CANDIDATE}`, revision: 9 },
      rectifiedBy: 'officer@idf',
      rectifiedOn: '2026-07-01',
      decidedOn: '2026-06-16',
    },
  },
} satisfies Record<string, SessionEvent>;

const windowClosed: CandidateFileEvent = {
  type: 'CapitalisationWindowClosed',
  data: { candidateId: CANDIDATE, titleCode: 'TP-00495', windowStart: '2021-05-10', windowEnd: '2026-05-09', ccpCodesHeld: ['CCP1'], missingCcpCodes: ['CCP2', 'CCP3'], closedOn: '2026-05-10', rulebookId: 'seed-2009' },
};

let revision = 0;
const recorded = (streamId: string, event: { type: string; data: object }, region = 'idf'): RecordedEvent => {
  revision += 1;
  return {
    eventId: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
    streamId,
    revision,
    globalPosition: revision,
    type: event.type,
    schemaVersion: 1,
    storedSchemaVersion: 1,
    data: event.data as Record<string, unknown>,
    metadata: { correlationId: 'corr', causationId: null, actor: { subject: 'officer@idf', role: 'regional-officer' }, region, occurredAt: AT },
    recordedAt: new Date(AT),
    prevHash: '',
    hash: '',
  };
};
const inSession = (event: SessionEvent): RecordedEvent => recorded(`jurysession-${SESSION}`, event);

/** The one message a recorded event maps to, parsed. */
const published = (event: RecordedEvent): { type: string; key: string; value: Record<string, unknown> }[] =>
  toKafkaMessages(event, mapJuryEvent).map(({ message }) => ({ type: String(message.headers?.['event-type']), key: String(message.key), value: JSON.parse(String(message.value)) as Record<string, unknown> }));

describe('jury integration events mapper (contract mappings)', () => {
  it.each([
    ['TitleAwarded', sessionEvents.titleAwarded, TitleAwardedV1.type, { ccpCodes: ['CCP1', 'CCP2', 'CCP3'], awardedAt: AT }],
    ['CcpAwarded', sessionEvents.ccpAwarded, CcpAwardedV1.type, { ccpCodes: ['CCP1'], awardedAt: AT }],
    ['CcsAwarded', sessionEvents.ccsAwarded, CcsAwardedV1.type, { ccsCode: 'CCS1', pathwayId: null, awardedAt: AT }],
    ['TitleNotAwarded', sessionEvents.titleNotAwarded, TitleNotAwardedV1.type, { ccpCodesAwarded: ['CCP2'], decidedAt: AT }],
  ])('publishes %s as its contract, keyed by the candidate, with the rulebook and rule ids', (_name, event, type, fields) => {
    const [message, ...more] = published(inSession(event));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ type, key: CANDIDATE });
    expect(message?.value).toMatchObject({ candidateId: CANDIDATE, decisionId: 'd-1', sessionId: SESSION, region: 'idf', titleCode: 'TP-00495', decidedOn: '2026-06-16', rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'JURY-PROFESSIONALS'], ...fields });
  });

  it('publishes sealed minutes once per candidate, keyed by each, with a stable id per candidate', () => {
    const event = inSession(sessionEvents.minutesSealed);
    const messages = published(event);
    expect(messages.map(({ type, key }) => [type, key])).toEqual([
      [MinutesSealedV1.type, CANDIDATE],
      [MinutesSealedV1.type, OTHER],
    ]);
    expect(messages[0]?.value).toEqual({
      candidateId: CANDIDATE,
      sessionId: SESSION,
      region: 'idf',
      titleCode: 'TP-00495',
      sessionKind: 'title',
      sessionDate: '2026-06-16',
      decisionId: 'd-1',
      outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2'] },
      minutesHash: HASH,
      memberIds: ['m-1', 'm-2'],
      sealedAt: AT,
    });
    expect(messages[1]?.value).toMatchObject({ decisionId: 'd-2', outcome: { kind: 'title-awarded' } });
    const ids = toKafkaMessages(event, mapJuryEvent).map(({ message }) => String(message.headers?.['event-id']));
    expect(ids).toEqual([`${event.eventId}:${CANDIDATE}`, `${event.eventId}:${OTHER}`]);
  });

  it('publishes a rectification with both outcomes and the ids of the rules it applied, never the reason nor the rules\' facts', () => {
    const [message] = published(inSession(sessionEvents.decisionRectified));
    expect(message).toMatchObject({ type: DecisionRectifiedV1.type, key: CANDIDATE });
    expect(message?.value).toEqual({
      candidateId: CANDIDATE,
      rectificationId: 'r-1',
      decisionId: 'd-1',
      sessionId: SESSION,
      region: 'idf',
      titleCode: 'TP-00495',
      previousOutcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2'] },
      outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] },
      ccpCodesAwarded: ['CCP1', 'CCP2'],
      ccsCode: null,
      decidedOn: '2026-06-16',
      rectifiedOn: '2026-07-01',
      rulebookId: 'seed-2009',
      ruleIds: ['JURY-PROFESSIONALS'],
      rectifiedAt: AT,
    });
  });

  it('publishes no free text, no member facts and no actor', () => {
    const everything = [...Object.values(sessionEvents).map(inSession), recorded(`jurycandidate-${CANDIDATE}`, windowClosed)].flatMap((event) => published(event));
    for (const { value } of everything) for (const secret of SECRETS) expect(JSON.stringify(value)).not.toContain(secret);
  });

  it("announces a closed capitalisation window in the region that recorded it (the candidate's home)", () => {
    const [message, ...more] = published(recorded(`jurycandidate-${CANDIDATE}`, windowClosed, 'bre'));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ type: CapitalisationWindowClosedV1.type, key: CANDIDATE });
    expect(message?.value).toEqual({ candidateId: CANDIDATE, titleCode: 'TP-00495', region: 'bre', windowStart: '2021-05-10', windowEnd: '2026-05-09', ccpCodesHeld: ['CCP1'], missingCcpCodes: ['CCP2', 'CCP3'], rulebookId: 'seed-2009', closedAt: AT });
  });

  it("keeps the rest of a session's life, the files' other facts and the members' records off Kafka", () => {
    const approved: SessionEvent = { type: 'MinutesApproved', data: { sessionId: SESSION, memberId: 'm-1', minutesHash: HASH, approvedOn: '2026-06-16' } };
    expect(mapJuryEvent(inSession(approved))).toBeNull();
    const home: CandidateFileEvent = { type: 'CandidateHomeRecorded', data: { candidateId: CANDIDATE, source: { eventId: 'e-1', region: 'idf' }, recordedOn: '2026-01-02', region: 'idf' } };
    expect(mapJuryEvent(recorded(`jurycandidate-${CANDIDATE}`, home))).toBeNull();
    expect(mapJuryEvent(recorded('jurymember-m-1', { type: 'JuryMemberRegistered', data: {} }))).toBeNull();
  });
});
