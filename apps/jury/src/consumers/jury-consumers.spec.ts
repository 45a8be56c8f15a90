import { PermanentHandlerError, type ConsumedEvent } from '@titrepro/messaging';
import type { JuryConfig } from '../config/jury-config';
import { evaluationEvidence } from './evaluation-evidence.consumer';
import { JuryAwardsConsumer } from './jury-awards.consumer';
import { registryFacts } from './registry-facts.consumer';

const CANDIDATE = 'c-1';
const consumed = (type: string, payload: Record<string, unknown>, source = 'titrepro.registry/idf'): ConsumedEvent => ({
  eventId: '0190a5b8-0000-7000-8000-000000000001',
  type,
  schemaVersion: 1,
  payload: { candidateId: CANDIDATE, ...payload } as ConsumedEvent['payload'],
  key: CANDIDATE,
  correlationId: 'corr',
  causationId: undefined,
  traceparent: undefined,
  occurredAt: '2025-03-01T10:00:00.000Z',
  source,
  topic: 'titrepro.registry.events',
  partition: 0,
  offset: '0',
});
const commandsOf = async (commands: unknown) => ((await commands) as readonly { command: unknown }[] | undefined)?.map(({ command }) => command);

describe("the jury's consumers (contract payloads → the candidate file's commands)", () => {
  it('records the home region a registration names, and a handover moves', async () => {
    expect(await commandsOf(registryFacts.commandsFor?.(consumed('CandidateRegistered', { region: 'idf', registeredAt: '2025-01-10T09:00:00.000Z' })))).toEqual([
      { type: 'RecordCandidateHome', data: expect.objectContaining({ candidateId: CANDIDATE, region: 'idf', source: { eventId: expect.any(String), region: 'idf' } }) },
    ]);
    expect(await commandsOf(registryFacts.commandsFor?.(consumed('CandidateHandedOver', { fromRegion: 'idf', toRegion: 'bre', handedOverAt: '2025-03-01T10:00:00.000Z' })))).toEqual([
      { type: 'RecordCandidateHome', data: expect.objectContaining({ region: 'bre' }) },
    ]);
  });

  it("takes a pathway's region from its source when the payload names none, and a VAE decision's day in Paris", async () => {
    const opened = await commandsOf(registryFacts.commandsFor?.(consumed('PathwayOpened', { pathwayId: 'p-1', titleCode: 'TP-00495', pathway: 'vae', openedAt: '2025-01-10T09:00:00.000Z' }, 'titrepro.registry/bre')));
    expect(opened).toEqual([{ type: 'RecordPathway', data: expect.objectContaining({ pathwayId: 'p-1', region: 'bre', pathwayType: 'vae' }) }]);
    const decided = await commandsOf(
      registryFacts.commandsFor?.(consumed('VaeAdmissibilityDecided', { pathwayId: 'p-1', titleCode: 'TP-00495', outcome: 'admissible', reasonCode: 'ok', rulebookId: 'vae-2024', ruleIds: ['VAE-ADMISSIBILITY'], decidedAt: '2025-01-10T23:30:00.000Z' })),
    );
    expect(decided).toEqual([{ type: 'RecordAdmissibility', data: expect.objectContaining({ outcome: 'admissible', decidedOn: '2025-01-11' }) }]);
  });

  it("records the day a VAE dossier was filed, in Paris: the office's silence counts from it", async () => {
    const requested = await commandsOf(registryFacts.commandsFor?.(consumed('VaeAdmissibilityRequested', { pathwayId: 'p-1', titleCode: 'TP-00495', requestedAt: '2025-01-10T23:30:00.000Z' })));
    expect(requested).toEqual([{ type: 'RecordAdmissibilityRequest', data: expect.objectContaining({ pathwayId: 'p-1', requestedOn: '2025-01-11' }) }]);
  });

  it('ignores the events it has no use for, and refuses a payload that breaks its contract (a dead letter)', async () => {
    expect(await registryFacts.commandsFor?.(consumed('CandidateTransferred', { fromRegion: 'idf', toRegion: 'bre', transferredAt: '2025-03-01T10:00:00.000Z' }))).toBeUndefined();
    expect(() => registryFacts.commandsFor?.(consumed('CandidateRegistered', { region: 42 }))).toThrow(PermanentHandlerError);
  });

  it("records a practical assessment's target and outcome as evidence", async () => {
    const commands = await commandsOf(
      evaluationEvidence.commandsFor?.(
        consumed(
          'PracticalAssessmentRecorded',
          {
            pathwayId: 'p-1',
            titleCode: 'TP-00495',
            assessmentId: 'a-1',
            target: { kind: 'ccp', ccpCode: 'CCP2' },
            heldOn: '2025-02-10',
            outcomes: [{ competence: 'Installer un poste.', outcome: 'acquired' }],
            assessorIds: ['as-1'],
            recordedAt: '2025-02-10T16:00:00.000Z',
          },
          'titrepro.evaluation/idf',
        ),
      ),
    );
    expect(commands).toEqual([{ type: 'RecordEvidence', data: expect.objectContaining({ kind: 'practical-assessment', ccpCode: 'CCP2', ccsCode: null, referenceId: 'a-1', passed: true, on: '2025-02-10' }) }]);
  });

  it('records an award, then asks whether the capitalisation window has run out, in this deployment', async () => {
    const awards = new JuryAwardsConsumer({ REGION: 'bre' } as JuryConfig);
    const commands = await commandsOf(
      awards.commandsFor(
        consumed(
          'CcpAwarded',
          { decisionId: 'd-1', sessionId: 's-1', region: 'idf', titleCode: 'TP-00495', pathwayId: null, ccpCodes: ['CCP1'], decidedOn: '2025-02-10', rulebookId: 'vae-jury-2024', ruleIds: ['JURY-OUTCOME'], awardedAt: '2025-02-10T16:00:00.000Z' },
          'titrepro.jury/idf',
        ),
      ),
    );
    expect(commands).toEqual([
      { type: 'RecordAward', data: expect.objectContaining({ decisionId: 'd-1', award: { kind: 'ccps', ccpCodes: ['CCP1'] }, awardedOn: '2025-02-10' }) },
      { type: 'CloseCapitalisationWindow', data: { candidateId: CANDIDATE, titleCode: 'TP-00495', deploymentRegion: 'bre' } },
    ]);
  });
});
