import { homeAt, type CandidateHomes } from './candidate-homes';
import { decideRegionTrust, homesFrom, type RegistryNews, type SourcedEvent } from './region-trust';

const CANDIDATE = 'c-1';
const at = (day: string): Date => new Date(`${day}T10:00:00.000Z`);
let ids = 0;
const registry = (region: string, day: string, news: RegistryNews): SourcedEvent => ({ candidateId: CANDIDATE, eventId: `e-${(ids += 1)}`, region, at: at(day), news });
const elsewhere = (region: string, day: string): SourcedEvent => ({ candidateId: CANDIDATE, eventId: `e-${(ids += 1)}`, region, at: at(day), news: undefined });

const registered = (region = 'idf', day = '2025-01-10') => registry(region, day, { kind: 'registered' });
const transferred = (fromRegion = 'idf', toRegion = 'bre', day = '2025-03-01') => registry(fromRegion, day, { kind: 'transferred', fromRegion, toRegion });
const accepted = (fromRegion = 'idf', toRegion = 'bre', day = '2025-03-02') => registry(toRegion, day, { kind: 'transfer-accepted', fromRegion, toRegion });
const refusedBy = (fromRegion = 'idf', toRegion = 'bre', day = '2025-03-02') => registry(toRegion, day, { kind: 'transfer-refused', fromRegion, toRegion });
const handedOver = (fromRegion = 'idf', toRegion = 'bre', day = '2025-03-03') => registry(fromRegion, day, { kind: 'handed-over', toRegion });

/** given the registry's events seen, when one more arrives, then the verdict. */
const given = (...events: SourcedEvent[]) => {
  const homes: CandidateHomes = homesFrom(events);
  return { homes, when: (event: SourcedEvent) => decideRegionTrust(homes, event) };
};

describe('region trust (a candidate home over time, from the registry events)', () => {
  it('makes the registering region the home, from the registration on', () => {
    const event = registered();
    expect(given().when(event)).toEqual({ kind: 'admitted', home: 'idf', homeMoved: true, changes: [{ kind: 'home-moved', region: 'idf', from: event.at, learntFrom: event.eventId }] });
  });

  it('admits a redelivered registration, learning nothing, and refuses another region registering the same id', () => {
    expect(given(registered()).when(registered())).toEqual({ kind: 'admitted', home: 'idf', homeMoved: false, changes: [] });
    expect(given(registered()).when(registered('bre'))).toEqual({ kind: 'refused', why: `candidate ${CANDIDATE} was registered by region idf` });
  });

  it("admits the home's other registry events, refuses another region's, and any before a registration", () => {
    expect(given(registered()).when(registry('idf', '2025-02-01', { kind: 'other' }))).toMatchObject({ kind: 'admitted', home: 'idf', changes: [] });
    expect(given(registered()).when(registry('bre', '2025-02-01', { kind: 'other' }))).toEqual({ kind: 'refused', why: 'their home region is idf' });
    expect(given().when(registry('idf', '2025-02-01', { kind: 'other' }))).toEqual({ kind: 'refused', why: 'no registration of this candidate was seen' });
  });

  it('moves the home through the protocol: offer from the home, acceptance by the region offered, handover from the home', () => {
    const offer = transferred();
    expect(given(registered()).when(offer)).toMatchObject({ kind: 'admitted', home: 'idf', homeMoved: false, changes: [{ kind: 'offer-opened', fromRegion: 'idf', toRegion: 'bre' }] });
    expect(given(registered(), offer).when(accepted())).toMatchObject({ kind: 'admitted', home: 'idf', changes: [{ kind: 'offer-accepted' }] });
    const handover = handedOver();
    expect(given(registered(), offer, accepted()).when(handover)).toEqual({
      kind: 'admitted',
      home: 'bre',
      homeMoved: true,
      previousHome: 'idf',
      changes: [{ kind: 'home-moved', region: 'bre', from: handover.at, learntFrom: handover.eventId }, { kind: 'offer-closed' }],
    });
    expect(given(registered(), offer, accepted(), handover).homes).toEqual({ periods: [{ region: 'idf', from: at('2025-01-10') }, { region: 'bre', from: at('2025-03-03') }] });
  });

  it('refuses an answer from another region than the one offered, one naming another sender, and one with no offer open', () => {
    expect(given(registered(), transferred()).when(accepted('idf', 'occ'))).toEqual({ kind: 'refused', why: 'the open offer is from region idf to region bre' });
    expect(given(registered(), transferred()).when(registry('bre', '2025-03-02', { kind: 'transfer-accepted', fromRegion: 'occ', toRegion: 'bre' }))).toMatchObject({ kind: 'refused' });
    expect(given(registered()).when(accepted())).toEqual({ kind: 'refused', why: 'no transfer of this candidate awaits an answer' });
  });

  it('refuses an offer naming another sender than its source, and one from a region not home', () => {
    expect(given(registered()).when(registry('idf', '2025-03-01', { kind: 'transferred', fromRegion: 'occ', toRegion: 'bre' }))).toEqual({ kind: 'refused', why: 'it names region occ as the sender' });
    expect(given(registered()).when(transferred('bre', 'occ'))).toEqual({ kind: 'refused', why: 'their home region is idf' });
  });

  it('refuses a handover not accepted, or to another region than the one that accepted; a refusal closes the offer', () => {
    expect(given(registered(), transferred()).when(handedOver())).toEqual({ kind: 'refused', why: 'region bre did not accept an offer of this file' });
    expect(given(registered(), transferred(), accepted()).when(handedOver('idf', 'occ'))).toEqual({ kind: 'refused', why: 'region occ did not accept an offer of this file' });
    expect(given(registered(), transferred(), refusedBy()).homes.pendingTransfer).toBeUndefined();
    expect(given(registered(), transferred(), refusedBy()).when(handedOver())).toMatchObject({ kind: 'refused' });
  });

  it("judges another context's event by the home at its instant, and defers what the registry's news has not explained yet", () => {
    const history = [registered(), transferred(), accepted(), handedOver()];
    expect(given(...history).when(elsewhere('idf', '2025-02-15'))).toEqual({ kind: 'admitted', home: 'bre', homeMoved: false, changes: [] });
    expect(given(...history).when(elsewhere('bre', '2025-04-01'))).toMatchObject({ kind: 'admitted', home: 'bre' });
    expect(given(...history).when(elsewhere('idf', '2025-04-01'))).toEqual({
      kind: 'deferred',
      why: "their home region was bre at 2025-04-01T10:00:00.000Z, as far as the registry's events seen here tell",
    });
    // bre's first event, before the handover reached this consumer.
    expect(given(registered(), transferred(), accepted()).when(elsewhere('bre', '2025-04-01'))).toMatchObject({ kind: 'deferred' });
    expect(given().when(elsewhere('idf', '2025-04-01'))).toEqual({ kind: 'deferred', why: 'no registration of this candidate was seen' });
  });

  it('takes the first home for an instant before the registration', () => {
    expect(homeAt([{ region: 'idf', from: at('2025-01-10') }, { region: 'bre', from: at('2025-03-03') }], at('2024-12-31'))).toBe('idf');
    expect(homeAt([], at('2024-12-31'))).toBeUndefined();
  });
});
