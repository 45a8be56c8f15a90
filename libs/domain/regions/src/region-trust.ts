import { currentHome, homeAt, type CandidateHomes } from './candidate-homes';

/** What a registry event says of a candidate's home (the registry's protocol of transfers). */
export type RegistryNews =
  | { readonly kind: 'registered' }
  | { readonly kind: 'transferred'; readonly fromRegion: string; readonly toRegion: string }
  | { readonly kind: 'transfer-accepted'; readonly fromRegion: string; readonly toRegion: string }
  | { readonly kind: 'transfer-refused'; readonly fromRegion: string; readonly toRegion: string }
  | { readonly kind: 'handed-over'; readonly toRegion: string }
  /** Any other registry event: about the candidate, from their home. */
  | { readonly kind: 'other' };

/** An event about a candidate, as the region trust judges it. */
export interface SourcedEvent {
  readonly candidateId: string;
  readonly eventId: string;
  /** The region whose service published it (its `source`). */
  readonly region: string;
  /** When it happened. */
  readonly at: Date;
  /** What it says of homes, for a registry event; undefined for an event of another context. */
  readonly news: RegistryNews | undefined;
}

/** What the consumer learns, in order, with an event it admits. */
export type HomeChange =
  | { readonly kind: 'home-moved'; readonly region: string; readonly from: Date; readonly learntFrom: string }
  | { readonly kind: 'offer-opened'; readonly fromRegion: string; readonly toRegion: string }
  | { readonly kind: 'offer-accepted' }
  | { readonly kind: 'offer-closed' };

export type RegionTrustVerdict =
  | {
      readonly kind: 'admitted';
      /** The candidate's home now, this event's news included. */
      readonly home: string | undefined;
      /** The event registered the candidate or moved their home: what waited for it is judged again. */
      readonly homeMoved: boolean;
      /** The home it moved from, when it moved one. */
      readonly previousHome?: string;
      readonly changes: readonly HomeChange[];
    }
  /** Cannot be judged yet: the registry's news it depends on may not have arrived. */
  | { readonly kind: 'deferred'; readonly why: string }
  /** Not from a region that may say it: forged, or out of the protocol. */
  | { readonly kind: 'refused'; readonly why: string };

/**
 * Admits an event about a candidate only from the region that was the candidate's home when it
 * happened, as the registry's events seen so far tell (`homes`), and says what those events teach:
 *
 * - `registered` makes its source the home; another region registering the same id is refused.
 * - `transferred` (from the home) opens an offer to `toRegion`.
 * - `transfer-accepted` / `transfer-refused` come from the region offered the file: the one event a
 *   non-home region may publish about the candidate. A refusal closes the offer.
 * - `handed-over` (from the home, after an acceptance) moves the home from its instant on.
 * - Any other registry event must come from the current home: the registry's events of one candidate
 *   are seen in the order they happened.
 * - Events of the other contexts are checked against the home at their instant. They are not ordered
 *   with the registry's, so a mismatch may only mean that the registry's news has not arrived yet
 *   (no registration seen; the first event of a new home before the handover): deferred, not refused.
 */
export const decideRegionTrust = (homes: CandidateHomes, event: SourcedEvent): RegionTrustVerdict => {
  const current = currentHome(homes);
  const admitted = (changes: readonly HomeChange[] = []): RegionTrustVerdict => ({ kind: 'admitted', home: current, homeMoved: false, changes });
  const movedTo = (home: string, changes: readonly HomeChange[]): RegionTrustVerdict => ({
    kind: 'admitted',
    home,
    homeMoved: true,
    ...(current === undefined ? {} : { previousHome: current }),
    changes,
  });
  const refused = (why: string): RegionTrustVerdict => ({ kind: 'refused', why });
  const { news, region } = event;

  if (news === undefined) {
    if (homes.periods.length === 0) return { kind: 'deferred', why: 'no registration of this candidate was seen' };
    const home = homeAt(homes.periods, event.at);
    if (home === region) return admitted();
    return { kind: 'deferred', why: `their home region was ${home} at ${event.at.toISOString()}, as far as the registry's events seen here tell` };
  }

  const offer = homes.pendingTransfer;
  switch (news.kind) {
    case 'registered': {
      const first = homes.periods[0]?.region;
      if (first !== undefined && first !== region) return refused(`candidate ${event.candidateId} was registered by region ${first}`);
      if (first !== undefined) return admitted();
      return movedTo(region, [{ kind: 'home-moved', region, from: event.at, learntFrom: event.eventId }]);
    }
    case 'transfer-accepted':
    case 'transfer-refused':
      if (!offer || offer.toRegion !== region || news.toRegion !== region || news.fromRegion !== offer.fromRegion) {
        return refused(offer ? `the open offer is from region ${offer.fromRegion} to region ${offer.toRegion}` : 'no transfer of this candidate awaits an answer');
      }
      return admitted([{ kind: news.kind === 'transfer-accepted' ? 'offer-accepted' : 'offer-closed' }]);
    default:
  }
  if (current === undefined) return refused('no registration of this candidate was seen');
  if (current !== region) return refused(`their home region is ${current}`);
  switch (news.kind) {
    case 'transferred':
      if (news.fromRegion !== region) return refused(`it names region ${news.fromRegion} as the sender`);
      return admitted([{ kind: 'offer-opened', fromRegion: region, toRegion: news.toRegion }]);
    case 'handed-over':
      if (!offer?.accepted || offer.toRegion !== news.toRegion) return refused(`region ${news.toRegion} did not accept an offer of this file`);
      return movedTo(news.toRegion, [{ kind: 'home-moved', region: news.toRegion, from: event.at, learntFrom: event.eventId }, { kind: 'offer-closed' }]);
    default:
      return admitted();
  }
};

/** What the homes become with one change (as the kit's tables record it). */
export const evolveHomes = (homes: CandidateHomes, change: HomeChange): CandidateHomes => {
  switch (change.kind) {
    case 'home-moved':
      // One period per instant: a redelivered news changes nothing.
      if (homes.periods.some((period) => period.from.getTime() === change.from.getTime())) return homes;
      return { ...homes, periods: [...homes.periods, { region: change.region, from: change.from }].sort((a, b) => a.from.getTime() - b.from.getTime()) };
    case 'offer-opened':
      return { ...homes, pendingTransfer: { fromRegion: change.fromRegion, toRegion: change.toRegion, accepted: false } };
    case 'offer-accepted':
      return homes.pendingTransfer ? { ...homes, pendingTransfer: { ...homes.pendingTransfer, accepted: true } } : homes;
    case 'offer-closed': {
      const { pendingTransfer: _closed, ...rest } = homes;
      return rest;
    }
  }
};

/** The homes after the events admitted, in order (refused and deferred ones teach nothing). */
export const homesFrom = (events: readonly SourcedEvent[], from: CandidateHomes = { periods: [] }): CandidateHomes =>
  events.reduce((homes, event) => {
    const verdict = decideRegionTrust(homes, event);
    return verdict.kind === 'admitted' ? verdict.changes.reduce(evolveHomes, homes) : homes;
  }, from);
