import { CcpAwardedV1 } from '@titrepro/contracts';
import { addDays, calendarDateInParis } from '@titrepro/domain-kernel';
import { randomUUID } from 'node:crypto';
import { CCP_CODES, TSGERI } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { startJuryWorld, type JuryWorld } from '../testing/jury-world';
import { CapitalisationSweep } from './capitalisation-sweep';

/** Session dates follow the real day (the services read the clock), so they stay within DATE_RANGES.sessionDate. */
const today = calendarDateInParis(new Date());
const ccpSessionDate = addDays(today, -17);
const titleSessionDate = addDays(today, -12);

const ccpPairKeys = (ccpCode: string) => [
  { key: `ccp-pair:${ccpCode}`, en: `Assessment of ${ccpCode} by the assessor pair` },
  { key: `practical-assessment:${ccpCode}`, en: `Practical assessment for ${ccpCode}` },
  { key: `dspp:${ccpCode}`, en: `DSPP for activité type ${ccpCode}` },
];

// Capitalisation across regions, on two real jury services (idf, bre) sharing one Kafka: CCP1 from
// an idf jury, the file handed over to bre, CCP2 and CCP3 from a bre jury, then the title in bre.
describe('capitalisation across regions (two jury services, real PostgreSQL and Kafka)', () => {
  let world: JuryWorld;

  beforeAll(async () => {
    world = await startJuryWorld();
  });

  afterAll(async () => {
    await world?.close();
  });


  /**
   * idf's jury awarded CCP1 on `date`, years ago (further back than a session can be scheduled
   * today: DATE_RANGES.sessionDate), as idf's relay published it; then the file moves to bre.
   */
  const ccp1InIdfThenMoveToBre = async (date: string, beforeHandover: (candidateId: string) => Promise<void> = async () => undefined) => {
    const candidate = await world.candidate().discontinuousTraining().evidence({ missing: [...ccpPairKeys('CCP2'), ...ccpPairKeys('CCP3')] });
    await world.world.send(
      CcpAwardedV1,
      {
        candidateId: candidate.candidateId,
        decisionId: randomUUID(),
        sessionId: randomUUID(),
        region: 'idf',
        titleCode: TSGERI,
        pathwayId: candidate.pathwayId,
        ccpCodes: ['CCP1'],
        decidedOn: date,
        rulebookId: 'seed-2009',
        ruleIds: ['JURY-OUTCOME'],
        awardedAt: `${date}T16:00:00.000Z`,
      },
      'idf',
    );
    await world.bre.untilHolds(candidate.candidateId, ['CCP1']);
    await beforeHandover(candidate.candidateId);
    await candidate.handOver('bre');
    // bre's evaluation now holds the file: CCP2 and CCP3 are complete there (CCP1's evidence stayed in idf).
    await candidate.evidence({ missing: ccpPairKeys('CCP1') });
    return candidate;
  };

  it('awards the title in bre from CCP1 (idf) and CCP2, CCP3 (bre) within the window', async () => {
    const { candidateId } = await ccp1InIdfThenMoveToBre('2022-06-01');
    const officer = await world.bre.officer();
    const { body: afterCcp1 } = await world.bre.service.http().get(`/candidates/${candidateId}`).set('Authorization', officer).expect(200);
    // Today's rules (since tp-2016): a CCP counts as long as the title exists, so no deadline to show.
    expect(afterCcp1.capitalisation).toEqual([]);
    const breMembers = await world.bre.members(2);
    const ccpSession = await world.bre.session({ kind: 'ccp', date: ccpSessionDate, memberIds: breMembers });
    const ccpDecision = await world.bre.decideAndSeal(ccpSession, candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, breMembers, { ccpCodes: ['CCP2', 'CCP3'] });
    await world.awards.until('bre’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === ccpDecision);
    await world.bre.untilHolds(candidateId, CCP_CODES);

    const titleSession = await world.bre.session({ kind: 'title', date: titleSessionDate, memberIds: breMembers });
    const titleDecision = await world.bre.decideAndSeal(titleSession, candidateId, { kind: 'title-awarded' }, breMembers, { interview: true });
    const awarded = await world.awards.until('the title awarded in bre', (message) => message.type === 'TitleAwarded' && message.payload.decisionId === titleDecision);
    expect(awarded).toMatchObject({ key: candidateId, source: expect.stringMatching(/\/bre$/), payload: { region: 'bre', titleCode: 'TP-00495', ccpCodes: CCP_CODES, decidedOn: titleSessionDate } });
    expect(awarded.payload.ruleIds).toEqual(expect.arrayContaining(['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION']));

    await waitFor('bre’s file to hold the title', async () => {
      const { body } = await world.bre.service.http().get(`/candidates/${candidateId}`).set('Authorization', officer);
      return (body.titlesHeld ?? []).length > 0;
    }, 30_000, 100);
    const { body: view } = await world.bre.service.http().get(`/candidates/${candidateId}`).set('Authorization', officer).expect(200);
    expect(view.homeRegion).toBe('bre');
    expect(view.ccpsHeld).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ccpCode: 'CCP1', region: 'idf', obtainedOn: '2022-06-01' }),
        expect.objectContaining({ ccpCode: 'CCP2', region: 'bre', obtainedOn: ccpSessionDate }),
        expect.objectContaining({ ccpCode: 'CCP3', region: 'bre', obtainedOn: ccpSessionDate }),
      ]),
    );
    expect(view.titlesHeld).toEqual([expect.objectContaining({ titleCode: 'TP-00495', region: 'bre', awardedOn: titleSessionDate, decisionId: titleDecision })]);

    // An auditor re-runs every decision of the title session from its events, and checks the chain.
    const auditor = await world.bre.service.bearer('auditor');
    const { body: audit } = await world.bre.service.http().get(`/sessions/${titleSession}/audit`).set('Authorization', auditor).expect(200);
    expect(audit.integrity).toMatchObject({ ok: true });
    const reruns = audit.entries.filter((entry: { rerun: unknown }) => entry.rerun !== null);
    expect(reruns.map((entry: { type: string }) => entry.type)).toEqual(expect.arrayContaining(['JuryConstituted', 'CandidateConvened', 'DeliberationRecorded']));
    expect(reruns.every((entry: { rerun: { consistent: boolean } }) => entry.rerun.consistent)).toBe(true);
  });

  it('awards CCP2 and CCP3 in bre more than five years after CCP1 (2021-11-20): under today’s rules no window closes', async () => {
    // The seed's five years from CCP1 ended on 2026-11-20; since 1 June 2016 CCPs count as long as the title exists.
    const { candidateId } = await ccp1InIdfThenMoveToBre('2021-11-20');
    const breMembers = await world.bre.members(2);
    const session = await world.bre.session({ kind: 'ccp', date: addDays(ccpSessionDate, 1), memberIds: breMembers });
    const decisionId = await world.bre.decideAndSeal(session, candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, breMembers, { ccpCodes: ['CCP2', 'CCP3'] });
    const awarded = await world.awards.until('bre’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === decisionId);
    expect(awarded.payload).toMatchObject({ ccpCodes: ['CCP2', 'CCP3'], rulebookId: 'vae-jury-2024', ruleIds: expect.arrayContaining(['CAPITALISATION-WINDOW']) });
    await world.bre.untilHolds(candidateId, CCP_CODES);
    expect(await world.bre.service.app.get(CapitalisationSweep).sweep()).toBe(0);
    expect(world.awards.messages.filter((message) => message.type === 'CapitalisationWindowClosed' && message.key === candidateId)).toHaveLength(0);
  });
});
