import type { CandidateEvent } from '../events/candidate-event-catalogue';
import { CANDIDATE, on, pathwayOpened, registered, spec, transferred } from '../spec-support/candidate-fixtures';
import type { CandidateCommand } from '../candidate.command';

// The handover between two regions' registries, one stream in each: idf (home) offers, ara answers.
const offered: CandidateEvent = { type: 'IncomingTransferOpened', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', requestedOn: '2024-07-01' } };
const accepted: CandidateEvent = { type: 'IncomingTransferAccepted', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', acceptedOn: '2024-07-02' } };
const handedOver: CandidateEvent = { type: 'CandidateHandedOver', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', handedOverOn: '2024-07-02' } };

const openIncoming = (fromRegion = 'idf'): CandidateCommand => ({
  type: 'OpenIncomingTransfer',
  data: { candidateId: CANDIDATE, fromRegion, toRegion: 'ara', requestedOn: '2024-07-01' },
});
const accept = (actingRegion = 'ara'): CandidateCommand => ({ type: 'AcceptIncomingTransfer', data: { candidateId: CANDIDATE, actingRegion } });
const refuse: CandidateCommand = { type: 'RefuseIncomingTransfer', data: { candidateId: CANDIDATE, actingRegion: 'ara', reason: 'not-resident', explanation: 'habite Lille' } };
const recordHandover = (toRegion = 'ara'): CandidateCommand => ({ type: 'RecordHandover', data: { candidateId: CANDIDATE, actingRegion: 'idf', toRegion } });
const recordRefusal: CandidateCommand = { type: 'RecordTransferRefusal', data: { candidateId: CANDIDATE, actingRegion: 'idf', toRegion: 'ara', reason: 'not-resident' } };
const file = (fromRegion = 'idf'): CandidateCommand => ({
  type: 'ReceiveCandidateFile',
  data: {
    candidateId: CANDIDATE,
    actingRegion: 'ara',
    fromRegion,
    registeredOn: '2024-01-10',
    familyName: 'Martin',
    givenNames: ['Camille'],
    birthDate: '1990-04-12',
    contact: { email: 'c@example.org' },
    pathways: [],
    source: { region: 'idf', streamId: `candidate-${CANDIDATE}`, revision: 3, hash: 'h3' },
    sourceHistory: [],
  },
});
const openPathway = (actingRegion: string): CandidateCommand => ({
  type: 'OpenPathway',
  data: { candidateId: CANDIDATE, actingRegion, pathwayId: 'p-2', titleCode: 'TP-00002', pathwayType: 'continuous-training' },
});

describe('transfer handover (decider)', () => {
  describe('in the receiving region', () => {
    it('opens an incoming file for an offer, once: the same offer again decides nothing', () => {
      expect(spec.given([]).when(openIncoming(), on('2024-07-01'))).toEqual({ ok: true, value: [offered] });
      expect(spec.given([offered]).when(openIncoming(), on('2024-07-01'))).toEqual({ ok: true, value: [] });
    });

    it('refuses an offer for a file it holds, or one from a second region while the first is open', () => {
      expect(spec.given([registered({ region: 'ara' })]).when(openIncoming('bre'), on('2024-07-01'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('already held by region ara') } });
      expect(spec.given([offered]).when(openIncoming('bre'), on('2024-07-01'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('on its way from region idf') } });
    });

    it('accepts, then cannot act until the file is received; receiving makes it the home region', () => {
      expect(spec.given([offered]).when(accept(), on('2024-07-02'))).toEqual({ ok: true, value: [accepted] });
      expect(spec.given([offered, accepted]).when(openPathway('ara'), on('2024-07-02'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('on its way from region idf') } });
      const received = spec.given([offered, accepted]).when(file(), on('2024-07-03'));
      expect(received).toMatchObject({ ok: true, value: [{ type: 'CandidateFileReceived', data: { region: 'ara', fromRegion: 'idf', receivedOn: '2024-07-03' } }] });
      const after = [offered, accepted, ...(received.ok ? received.value : [])];
      expect(spec.given(after).state()).toMatchObject({ status: 'registered', region: 'ara' });
      expect(spec.given(after).when(openPathway('ara'), on('2024-07-04')).ok).toBe(true);
      // A redelivered file changes nothing.
      expect(spec.given(after).when(file(), on('2024-07-04'))).toEqual({ ok: true, value: [] });
    });

    it('refuses a file nobody accepted, or one from another region than the accepted offer', () => {
      expect(spec.given([]).when(file(), on('2024-07-03'))).toMatchObject({ ok: false, error: { kind: 'not-found' } });
      expect(spec.given([offered]).when(file(), on('2024-07-03'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('not awaited') } });
      expect(spec.given([offered, accepted]).when(file('bre'), on('2024-07-03'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('comes from region idf, not bre') } });
    });

    it('refuses with a reason code and the sealed explanation; an answered offer cannot be answered again', () => {
      expect(spec.given([offered]).when(refuse, on('2024-07-02'))).toEqual({
        ok: true,
        value: [{ type: 'IncomingTransferRefused', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', refusedOn: '2024-07-02', reason: 'not-resident', explanation: 'habite Lille' } }],
      });
      expect(spec.given([offered, accepted]).when(refuse, on('2024-07-02'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('was accepted on 2024-07-02') } });
      expect(spec.given([]).when(accept(), on('2024-07-02'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'incoming transfer' } });
    });

    it('only the region the file is offered to answers', () => {
      expect(spec.given([offered]).when(accept('bre'), on('2024-07-02'))).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    });
  });

  describe('in the sending region', () => {
    const offeredFromIdf = [registered(), pathwayOpened('p-1'), transferred('ara')];

    it('hands the file over on acceptance: the receiving region is home, and this region is forbidden to act, naming it', () => {
      expect(spec.given(offeredFromIdf).when(recordHandover(), on('2024-07-02'))).toEqual({ ok: true, value: [handedOver] });
      const after = [...offeredFromIdf, handedOver];
      expect(spec.given(after).state()).toMatchObject({ status: 'handed-over', region: 'ara', outgoingTransfer: null });
      expect(spec.given(after).when(openPathway('idf'), on('2024-07-03'))).toEqual({
        ok: false,
        error: { kind: 'forbidden', message: `candidate ${CANDIDATE}'s home region is ara since 2024-07-02; region idf may not act for them` },
      });
      expect(spec.given(after).when(recordHandover(), on('2024-07-03'))).toEqual({ ok: true, value: [] });
    });

    it('keeps the file on refusal: the offer is closed and this region acts and may offer again', () => {
      const refused = spec.given(offeredFromIdf).when(recordRefusal, on('2024-07-02'));
      expect(refused).toEqual({ ok: true, value: [{ type: 'OutgoingTransferRefused', data: { candidateId: CANDIDATE, toRegion: 'ara', refusedOn: '2024-07-02', reason: 'not-resident' } }] });
      const after = [...offeredFromIdf, ...(refused.ok ? refused.value : [])];
      expect(spec.given(after).state()).toMatchObject({ status: 'registered', region: 'idf', outgoingTransfer: null });
      expect(spec.given(after).when(openPathway('idf'), on('2024-07-03')).ok).toBe(true);
      expect(spec.given(after).when({ type: 'TransferRegion', data: { candidateId: CANDIDATE, actingRegion: 'idf', toRegion: 'bre' } }, on('2024-07-03')).ok).toBe(true);
    });

    it('refuses an answer from a region it made no offer to', () => {
      expect(spec.given(offeredFromIdf).when(recordHandover('bre'), on('2024-07-02'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('no transfer to region bre') } });
      expect(spec.given([registered()]).when(recordRefusal, on('2024-07-02'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    });
  });
});
