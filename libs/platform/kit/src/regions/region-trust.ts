import type { ConsumedEvent } from '@titrepro/messaging';
import type { PoolClient } from 'pg';
import { CandidateHomes, homeAt } from './candidate-homes';
import { parseEventSource } from './event-source';
import { sourceMismatch } from './source-consistency';
import { UntrustedSourceError } from './untrusted-source.error';

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

/**
 * Admitted (whether it registered the candidate or moved their home, the candidate's home region
 * now, as far as this consumer knows, and the one it moved from), or deferred with the reason.
 */
export type Admission =
  | { readonly homeMoved: boolean; readonly home: string | undefined; readonly previousHome?: string; readonly deferred?: never }
  | { readonly deferred: string };

/**
 * Admits an event about a candidate only from the region that was the candidate's home when it
 * happened, as this consumer learnt it from the registry's events on Kafka, and learns from those:
 *
 * - `CandidateRegistered` makes its source the home; another region registering the same id is refused.
 * - `CandidateTransferred` (from the home) opens an offer to `toRegion`.
 * - `CandidateTransferAccepted` / `CandidateTransferRefused` come from the region offered the file:
 *   the one event a non-home region may publish about the candidate. A refusal closes the offer.
 * - `CandidateHandedOver` (from the home, after an acceptance) moves the home from its instant on.
 * - Any other registry event must come from the current home: the registry topic is keyed by
 *   candidate, so this consumer sees one candidate's registry events in the order they happened.
 * - Events of the other contexts are checked against the home at their `occurred-at` instant. Their
 *   topics are not ordered with the registry's, so a mismatch may only mean that the registry's news
 *   has not arrived yet (a candidate not registered here yet; the first event of a new home before
 *   the handover): such an event is deferred, not refused. The registry event that registers the
 *   candidate or moves their home readmits it (`homeMoved`); one never readmitted expires into an
 *   `untrusted-source` dead letter (ServiceConsumers).
 *
 * Before all that, a message that contradicts itself (its key is not its candidate, its source names
 * another context, or its payload another publishing region: see sourceMismatch) is refused.
 *
 * Runs in the inbox transaction, so what it learns commits with the event it learnt it from, and
 * under the candidate's lock, so a deferral and the news that readmits it never cross.
 */
export const admitBySourceRegion = async (client: PoolClient, consumer: string, event: ConsumedEvent): Promise<Admission> => {
  const { candidateId } = event.payload;
  const source = parseEventSource(event.source);
  if (!source) throw new UntrustedSourceError(`${event.type} ${event.eventId} has no valid source header (${JSON.stringify(event.source ?? null)})`);
  const refuse = (why: string): never => {
    throw new UntrustedSourceError(`${event.type} ${event.eventId} about candidate ${candidateId} from region ${source.region} refused: ${why}`);
  };
  const mismatch = sourceMismatch(event, source);
  if (mismatch !== undefined) refuse(`source-mismatch: ${mismatch}`);
  const homes = new CandidateHomes(client, consumer, candidateId);
  await homes.lock();
  const periods = await homes.periods();
  const current = periods.at(-1)?.region;
  const ADMITTED: Admission = { homeMoved: false, home: current };
  const movedTo = (home: string): Admission => ({ homeMoved: true, home, ...(current === undefined ? {} : { previousHome: current }) });

  if (source.context !== 'registry') {
    const at = event.occurredAt ? new Date(event.occurredAt) : new Date();
    const about = `${event.type} ${event.eventId} about candidate ${candidateId} from region ${source.region}`;
    if (periods.length === 0) return { deferred: `${about}: no registration of this candidate was seen` };
    const home = homeAt(periods, at);
    if (home === source.region) return ADMITTED;
    return { deferred: `${about}: their home region was ${home} at ${at.toISOString()}, as far as the registry's events seen here tell` };
  }

  const at = new Date(event.occurredAt ?? Date.now());
  const { payload } = event;
  switch (event.type) {
    case 'CandidateRegistered':
      if (periods.length > 0 && periods[0]?.region !== source.region) refuse(`candidate ${candidateId} was registered by region ${periods[0]?.region}`);
      if (periods.length > 0) return ADMITTED;
      await homes.moveHome(source.region, at, event.eventId);
      return movedTo(source.region);
    case 'CandidateTransferAccepted':
    case 'CandidateTransferRefused': {
      const offer = await homes.pendingTransfer();
      if (!offer || offer.toRegion !== source.region || text(payload['toRegion']) !== source.region || text(payload['fromRegion']) !== offer.fromRegion) {
        refuse(offer ? `the open offer is from region ${offer.fromRegion} to region ${offer.toRegion}` : 'no transfer of this candidate awaits an answer');
      }
      await (event.type === 'CandidateTransferAccepted' ? homes.accept() : homes.closeOffer());
      return ADMITTED;
    }
    default:
      if (current === undefined) refuse('no registration of this candidate was seen');
      if (current !== source.region) refuse(`their home region is ${current}`);
  }
  if (event.type === 'CandidateTransferred') {
    if (text(payload['fromRegion']) !== source.region) refuse(`it names region ${text(payload['fromRegion'])} as the sender`);
    await homes.offer(source.region, text(payload['toRegion']));
  }
  if (event.type === 'CandidateHandedOver') {
    const offer = await homes.pendingTransfer();
    if (!offer?.accepted || offer.toRegion !== text(payload['toRegion'])) refuse(`region ${text(payload['toRegion'])} did not accept an offer of this file`);
    await homes.moveHome(text(payload['toRegion']), at, event.eventId);
    await homes.closeOffer();
    return movedTo(text(payload['toRegion']));
  }
  return ADMITTED;
};
