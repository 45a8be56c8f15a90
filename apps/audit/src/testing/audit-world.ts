import { addDays, calendarDateInParis } from '@titrepro/domain-kernel';
import { applyRule, rulebooks, type RuleApplication } from '@titrepro/domain-rulebook';
import { CCP_CODES, queryDatabase } from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the audit's tests run the real jury services of two regions
import { startJuryWorld, type JuryWorld } from '../../../jury/src/testing/jury-world';
import { AuditedStores, type AuditedStoreConfig } from '@titrepro/audit';
import type { Forgery } from './forge';

const today = calendarDateInParis(new Date());
export const idfCcpDate = addDays(today, -20);
export const breCcpDate = addDays(today, -17);
export const titleDate = addDays(today, -12);

const ccpPairKeys = (ccpCode: string) => [
  { key: `ccp-pair:${ccpCode}`, en: `Assessment of ${ccpCode} by the assessor pair` },
  { key: `practical-assessment:${ccpCode}`, en: `Practical assessment for ${ccpCode}` },
  { key: `dspp:${ccpCode}`, en: `DSPP for activité type ${ccpCode}` },
];

/**
 * Two regions' real jury services (idf, bre; registries and evaluations played on Kafka) holding:
 * - `clean`: a title capitalised across the regions (CCP1 by idf's jury, the file handed over to
 *   bre, CCP2 and CCP3 by bre's, the title in bre with an interview), every decision through the APIs;
 * - `forger`: a candidate of bre holding CCP2 and CCP3, convened to a title session `sessionId`
 *   with no deliberation, for `forgedDeliberation` to forge one (then `forgeEvent` inserts it by SQL).
 * `stores` reads both juries' stores read-only; `storesJson` is AUDIT_STORES for the CLI or the service.
 */
export interface AuditWorld {
  readonly jury: JuryWorld;
  readonly storesConfig: readonly AuditedStoreConfig[];
  readonly storesJson: string;
  readonly stores: AuditedStores;
  readonly clean: { readonly candidateId: string; readonly pathwayId: string; readonly titleDecision: string; readonly titleSession: string };
  readonly forger: { readonly candidateId: string; readonly pathwayId: string; readonly sessionId: string };
  /** A title deliberation for the forger, as the service would write it, with these TITLE-BY-CAPITALISATION facts (verdict forced when `passed` is given). */
  readonly forgedDeliberation: (ccpsObtained: readonly { ccpCode: string; obtainedOn: string }[], passed: boolean | null) => Promise<Forgery>;
  readonly close: () => Promise<void>;
}

export const startAuditWorld = async (): Promise<AuditWorld> => {
  const world = await startJuryWorld();

  const storesJson = JSON.stringify([
    { region: 'idf', service: 'jury', url: world.idf.service.database.url },
    { region: 'bre', service: 'jury', url: world.bre.service.database.url },
  ]);
  const stores = await AuditedStores.open(JSON.parse(storesJson));

  // CCP1 from idf's jury, the file handed over to bre, CCP2 and CCP3 from bre's, then the title in bre.
  const cleanCandidate = await world.candidate().discontinuousTraining().evidence({ missing: [...ccpPairKeys('CCP2'), ...ccpPairKeys('CCP3')] });
  const clean = { candidateId: cleanCandidate.candidateId, pathwayId: cleanCandidate.pathwayId };
  const idfMembers = await world.idf.members(2);
  const idfSession = await world.idf.session({ kind: 'ccp', date: idfCcpDate, memberIds: idfMembers });
  const ccp1 = await world.idf.decideAndSeal(idfSession, clean.candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, idfMembers, { ccpCodes: ['CCP1'] });
  await world.awards.until('idf’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === ccp1);
  await world.bre.untilHolds(clean.candidateId, ['CCP1']);
  await cleanCandidate.news().handOver('bre').evidence({ missing: ccpPairKeys('CCP1') });
  const members = await world.bre.members(2);
  const breSession = await world.bre.session({ kind: 'ccp', date: breCcpDate, memberIds: members });
  const ccp23 = await world.bre.decideAndSeal(breSession, clean.candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, members, { ccpCodes: ['CCP2', 'CCP3'] });
  await world.awards.until('bre’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === ccp23);
  await world.bre.untilHolds(clean.candidateId, CCP_CODES);
  const titleSession = await world.bre.session({ kind: 'title', date: titleDate, memberIds: members });
  const titleDecision = await world.bre.decideAndSeal(titleSession, clean.candidateId, { kind: 'title-awarded' }, members, { interview: true });
  await world.awards.until('the title awarded in bre', (message) => message.type === 'TitleAwarded' && message.payload.decisionId === titleDecision);

  // The forger's candidate: CCP2 and CCP3 in bre, convened to a title session, no deliberation.
  const forged = await world.candidate().inRegion('bre').discontinuousTraining().evidence({ missing: ccpPairKeys('CCP1') });
  const forgedCcpSession = await world.bre.session({ kind: 'ccp', date: breCcpDate, memberIds: members });
  const forgedCcps = await world.bre.decideAndSeal(forgedCcpSession, forged.candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, members, { ccpCodes: ['CCP2', 'CCP3'] });
  await world.awards.until('the forger’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === forgedCcps);
  await world.bre.untilHolds(forged.candidateId, ['CCP2', 'CCP3']);
  // Its evidence is complete: what it lacks is CCP1, which no jury awarded.
  await forged.evidenceComplete();
  const sessionId = await world.bre.session({ kind: 'title', date: titleDate, memberIds: members });
  const convened = await world.bre.service.http().post(`/sessions/${sessionId}/candidates`).set('Authorization', await world.bre.officer()).send({ candidateId: forged.candidateId });
  if (convened.status !== 201) throw new Error(`the forger's convocation: ${convened.status} ${JSON.stringify(convened.body)}`);
  const forger = { candidateId: forged.candidateId, pathwayId: forged.pathwayId, sessionId };
  const forgedDeliberation = async (ccpsObtained: readonly { ccpCode: string; obtainedOn: string }[], passed: boolean | null) => {
    const [model] = await queryDatabase<{ data: Record<string, unknown>; metadata: Record<string, unknown> }>(
      world.bre.service.database.url,
      `SELECT data, metadata FROM event_store.events WHERE type = 'DeliberationRecorded' AND data->>'decisionId' = $1`,
      [titleDecision],
    );
    if (!model) throw new Error('no model deliberation');
    const rulebook = rulebooks.findRulebook(String(model.data['rulebookId']));
    if (!rulebook) throw new Error('no rulebook');
    const recorded = model.data['ruleApplications'] as RuleApplication[];
    const capitalisation = recorded.find((each) => each.ruleId === 'TITLE-BY-CAPITALISATION');
    if (!capitalisation || capitalisation.ruleId !== 'TITLE-BY-CAPITALISATION') throw new Error('no capitalisation rule');
    const facts = { ...capitalisation.facts, ccpsObtained: [...ccpsObtained], juryInterviewHeld: false };
    const applied = applyRule(rulebook, 'TITLE-BY-CAPITALISATION', facts).application;
    const application = passed === null ? applied : { ...applied, passed };
    const [last] = await queryDatabase<{ revision: string }>(world.bre.service.database.url, `SELECT max(revision) AS revision FROM event_store.events WHERE stream_id = $1`, [`jurycandidate-${forger.candidateId}`]);
    const fileRevision = Number(last?.revision ?? -1);
    return {
      databaseUrl: world.bre.service.database.url,
      streamId: `jurysession-${forger.sessionId}`,
      type: 'DeliberationRecorded',
      data: {
        ...model.data,
        decisionId: randomUUID(),
        sessionId: forger.sessionId,
        candidateId: forger.candidateId,
        pathwayId: forger.pathwayId,
        evidence: null,
        fileRef: { streamId: `jurycandidate-${forger.candidateId}`, revision: fileRevision },
        ruleApplications: recorded.map((each) => (each.ruleId === 'TITLE-BY-CAPITALISATION' ? application : each)),
      },
      metadata: { ...model.metadata, occurredAt: new Date().toISOString(), correlationId: randomUUID() },
    };
  };

  return {
    jury: world,
    storesConfig: JSON.parse(storesJson) as AuditedStoreConfig[],
    storesJson,
    stores,
    clean: { ...clean, titleDecision, titleSession },
    forger,
    forgedDeliberation,
    close: async () => {
      await stores.close();
      await world.close();
    },
  };
};
