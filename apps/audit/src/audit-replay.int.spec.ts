import { addDays, calendarDateInParis } from '@titrepro/domain-kernel';
import { applyRule, rulebooks, type RuleApplication } from '@titrepro/domain-rulebook';
import { CCP_CODES, queryDatabase } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the audit's test runs the real jury services of two regions
import { startJuryWorld, type JuryWorld } from '../../jury/src/testing/jury-world';
import { runAuditCli } from './cli/audit-cli';
import { candidateHistory } from './history/candidate-history';
import type { CandidateReplay } from './model';
import { candidateReplay } from './replay/candidate-replay';
import { AuditedStores } from './stores/audited-stores';
import { forgeEvent } from './testing/forge';
import { verifyStores } from './verify/verification';

const today = calendarDateInParis(new Date());
const idfCcpDate = addDays(today, -20);
const breCcpDate = addDays(today, -17);
const titleDate = addDays(today, -12);

const ccpPairKeys = (ccpCode: string) => [
  { key: `ccp-pair:${ccpCode}`, en: `Assessment of ${ccpCode} by the assessor pair` },
  { key: `practical-assessment:${ccpCode}`, en: `Practical assessment for ${ccpCode}` },
  { key: `dspp:${ccpCode}`, en: `DSPP for activité type ${ccpCode}` },
];

const cli = async (argv: string[], storesJson: string) => {
  let out = '';
  let err = '';
  const status = await runAuditCli(argv, {
    stdout: (text) => void (out += text),
    stderr: { write: (text: string) => ((err += text), true), isTTY: false } as unknown as NodeJS.WriteStream,
    env: { AUDIT_STORES: storesJson },
  });
  return { status, out, err };
};

const flagsOf = (replay: CandidateReplay, eventId: string) => replay.decisions.find((decision) => decision.eventId === eventId)?.flags ?? [];

/**
 * The audit's "done when", on two regions' real jury services (idf, bre; the registries and
 * evaluations played on Kafka by the world's publisher): a title capitalised across the regions
 * replays clean; forged deliberations inserted by SQL are caught by replay (chain recomputed) or by
 * verify (chain not recomputed); --as-of shows the state before the title. One world for the file.
 */
describe('audit: history, replay and verify across two regions (real PostgreSQL and Kafka)', () => {
  let world: JuryWorld;
  let stores: AuditedStores;
  let storesJson: string;
  let members: string[];
  let clean: { candidateId: string; pathwayId: string };
  let titleDecision: string;
  let forger: { candidateId: string; pathwayId: string; sessionId: string };

  beforeAll(async () => {
    world = await startJuryWorld();
    storesJson = JSON.stringify([
      { region: 'idf', service: 'jury', url: world.idf.service.database.url },
      { region: 'bre', service: 'jury', url: world.bre.service.database.url },
    ]);
    stores = await AuditedStores.open(JSON.parse(storesJson));

    // CCP1 from idf's jury, the file handed over to bre, CCP2 and CCP3 from bre's, then the title in bre.
    const cleanCandidate = await world.candidate().discontinuousTraining().evidence({ missing: [...ccpPairKeys('CCP2'), ...ccpPairKeys('CCP3')] });
    clean = { candidateId: cleanCandidate.candidateId, pathwayId: cleanCandidate.pathwayId };
    const idfMembers = await world.idf.members(2);
    const idfSession = await world.idf.session({ kind: 'ccp', date: idfCcpDate, memberIds: idfMembers });
    const ccp1 = await world.idf.decideAndSeal(idfSession, clean.candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, idfMembers, { ccpCodes: ['CCP1'] });
    await world.awards.until('idf’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === ccp1);
    await untilHeld(clean.candidateId, ['CCP1']);
    await cleanCandidate.news().handOver('bre').evidence({ missing: ccpPairKeys('CCP1') });
    members = await world.bre.members(2);
    const breSession = await world.bre.session({ kind: 'ccp', date: breCcpDate, memberIds: members });
    const ccp23 = await world.bre.decideAndSeal(breSession, clean.candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, members, { ccpCodes: ['CCP2', 'CCP3'] });
    await world.awards.until('bre’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === ccp23);
    await untilHeld(clean.candidateId, CCP_CODES);
    const titleSession = await world.bre.session({ kind: 'title', date: titleDate, memberIds: members });
    titleDecision = await world.bre.decideAndSeal(titleSession, clean.candidateId, { kind: 'title-awarded' }, members, { interview: true });
    await world.awards.until('the title awarded in bre', (message) => message.type === 'TitleAwarded' && message.payload.decisionId === titleDecision);

    // The forger's candidate: CCP2 and CCP3 in bre, convened to a title session, no deliberation.
    const forged = await world.candidate().inRegion('bre').discontinuousTraining().evidence({ missing: ccpPairKeys('CCP1') });
    const forgedCcpSession = await world.bre.session({ kind: 'ccp', date: breCcpDate, memberIds: members });
    const forgedCcps = await world.bre.decideAndSeal(forgedCcpSession, forged.candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, members, { ccpCodes: ['CCP2', 'CCP3'] });
    await world.awards.until('the forger’s CcpAwarded', (message) => message.type === 'CcpAwarded' && message.payload.decisionId === forgedCcps);
    await untilHeld(forged.candidateId, ['CCP2', 'CCP3']);
    // Its evidence is complete: what it lacks is CCP1, which no jury awarded.
    await forged.evidenceComplete();
    const sessionId = await world.bre.session({ kind: 'title', date: titleDate, memberIds: members });
    const convened = await world.bre.service.http().post(`/sessions/${sessionId}/candidates`).set('Authorization', await world.bre.officer()).send({ candidateId: forged.candidateId });
    expect({ status: convened.status, body: convened.body }).toMatchObject({ status: 201 });
    forger = { candidateId: forged.candidateId, pathwayId: forged.pathwayId, sessionId };
  }, 300_000);

  /** Waits until bre's view of the candidate holds these CCPs (awarded by whichever region). */
  const untilHeld = async (candidateId: string, ccpCodes: readonly string[]) => {
    const officer = await world.bre.officer();
    await waitFor(`bre's jury to hold ${ccpCodes.join(', ')}`, async () => {
      const { body } = await world.bre.service.http().get(`/candidates/${candidateId}`).set('Authorization', officer);
      const held: string[] = (body.ccpsHeld ?? []).map((ccp: { ccpCode: string }) => ccp.ccpCode);
      return ccpCodes.every((code) => held.includes(code));
    }, 30_000, 100);
  };

  afterAll(async () => {
    await stores?.close();
    await world?.close();
  });

  it('replays a title capitalised across two regions with no flag, and verifies every chain, seal and award', async () => {
    const replay = await candidateReplay(stores, clean.candidateId);
    expect(replay.decisions.flatMap((decision) => decision.flags)).toEqual([]);
    expect(replay).toMatchObject({ ok: true, flagged: 0 });
    const deliberations = replay.decisions.filter((decision) => decision.type === 'DeliberationRecorded');
    // Re-derived and re-run, nothing flagged; only the evaluations' source events stay unchecked (their stores are not read here).
    expect(deliberations.map((decision) => [decision.region, decision.status])).toEqual([
      ['idf', 'partial'],
      ['bre', 'partial'],
      ['bre', 'partial'],
    ]);
    expect(deliberations.flatMap((decision) => decision.unchecked.map((each) => each.reason))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^source-event .* lives in (idf|bre)'s evaluation store, which this audit does not read$/)]),
    );
    expect(deliberations.every((decision) => decision.unchecked.every((each) => /which this audit does not read$/.test(each.reason)))).toBe(true);
    expect(deliberations.at(-1)?.rederived).toEqual(expect.arrayContaining(['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION']));

    const history = await candidateHistory(stores, clean.candidateId);
    expect(new Set(history.entries.map((entry) => entry.region))).toEqual(new Set(['idf', 'bre']));
    const times = history.entries.map((entry) => Date.parse(entry.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const title = history.entries.find((entry) => entry.type === 'DeliberationRecorded' && entry.region === 'bre' && entry.decision?.rules.some((rule) => rule.ruleId === 'TITLE-BY-CAPITALISATION'));
    expect(title).toMatchObject({ service: 'jury', actor: { role: 'jury-member' }, summary: { fr: expect.any(String), en: expect.any(String) } });
    expect(title?.decision?.rules.find((rule) => rule.ruleId === 'TITLE-BY-CAPITALISATION')).toMatchObject({ factsKnown: true, passed: true, facts: { ccpsObtained: expect.arrayContaining([expect.objectContaining({ ccpCode: 'CCP1' })]) } });
    expect(history.state.held.filter((held) => held.kind === 'title')).toEqual([expect.objectContaining({ code: 'TP-00495', region: 'bre', decisionId: titleDecision })]);

    const verification = await cli(['verify'], storesJson);
    expect(verification).toMatchObject({ status: 0 });
    expect(verification.out).toMatch(/^OK: /m);
    expect(verification.err).toMatch(/bre\/jury .* events\/s/);
    const report = await verifyStores(stores);
    expect(report.seals.checked).toBeGreaterThanOrEqual(4);
    expect(report.awards.checked).toBeGreaterThanOrEqual(4);
    expect(await cli(['replay', clean.candidateId], storesJson)).toMatchObject({ status: 0 });
  });

  it('--as-of shows the history and the state before the title was decided', async () => {
    const history = await candidateHistory(stores, clean.candidateId);
    const title = history.entries.find((entry) => entry.type === 'DeliberationRecorded' && entry.decision?.rules.some((rule) => rule.ruleId === 'TITLE-BY-CAPITALISATION'));
    if (!title) throw new Error('no title deliberation');
    const justBefore = new Date(Date.parse(title.occurredAt) - 1).toISOString();
    const { status, out } = await cli(['history', clean.candidateId, '--as-of', justBefore, '--json'], storesJson);
    expect(status).toBe(0);
    const asOf = JSON.parse(out);
    expect(asOf.asOf).toBe(justBefore);
    expect(asOf.entries.every((entry: { occurredAt: string }) => Date.parse(entry.occurredAt) <= Date.parse(justBefore))).toBe(true);
    expect(asOf.entries.some((entry: { eventId: string }) => entry.eventId === title.eventId)).toBe(false);
    expect(asOf.state.held.filter((held: { kind: string }) => held.kind === 'title')).toEqual([]);
    expect(asOf.state.held.map((held: { code: string }) => held.code).sort()).toEqual(CCP_CODES);
    const text = await cli(['history', clean.candidateId], storesJson);
    expect(text.out).toMatch(/TITLE-BY-CAPITALISATION/);
  });

  /** A title deliberation for the forger's candidate, as the service would have written it, with these TITLE-BY-CAPITALISATION facts. */
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

  it('a forged deliberation with its chain recomputed passes verify and fails replay, naming the rule it breaks (a title with a CCP missing)', async () => {
    // The forger holds CCP2 and CCP3: the title is refused; the forgery records TITLE-BY-CAPITALISATION as passed all the same.
    const held = ['CCP2', 'CCP3'].map((ccpCode) => ({ ccpCode, obtainedOn: breCcpDate }));
    const { eventId, revision } = await forgeEvent(await forgedDeliberation(held, true));

    expect(await cli(['verify', '--region', 'bre', '--service', 'jury'], storesJson)).toMatchObject({ status: 0 });
    const replay = await candidateReplay(stores, forger.candidateId);
    expect(replay.ok).toBe(false);
    const flags = flagsOf(replay, eventId);
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'verdict-differs', ruleId: 'TITLE-BY-CAPITALISATION' }), expect.objectContaining({ kind: 'rule-refuses', ruleId: 'TITLE-BY-CAPITALISATION' })]));
    expect(flags.filter((flag) => flag.kind === 'facts-differ')).toEqual([]);
    const text = await cli(['replay', forger.candidateId], storesJson);
    expect(text.status).toBe(1);
    expect(text.out).toContain(`jurysession-${forger.sessionId}@${revision}`);
    expect(text.out).toMatch(/rule-refuses TITLE-BY-CAPITALISATION/);
  });

  it('a forged deliberation whose facts were edited to fit is flagged for facts that differ from the cited streams', async () => {
    // CCP1 added to the facts: the rule passes on them, but the cited file never held it.
    const edited = ['CCP1', 'CCP2', 'CCP3'].map((ccpCode) => ({ ccpCode, obtainedOn: breCcpDate }));
    const { eventId } = await forgeEvent(await forgedDeliberation(edited, null));
    expect(await cli(['verify'], storesJson)).toMatchObject({ status: 0 });
    const replay = await candidateReplay(stores, forger.candidateId);
    const flags = flagsOf(replay, eventId);
    expect(flags.filter((flag) => flag.kind === 'verdict-differs')).toEqual([]);
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'facts-differ', ruleId: 'TITLE-BY-CAPITALISATION', rederived: expect.objectContaining({ ccpsObtained: held2and3 }) })]));
  });

  it('the same insertion without recomputing the chain makes verify fail at that service, stream and revision', async () => {
    const { revision } = await forgeEvent({ ...(await forgedDeliberation([], true)), recomputeChain: false });
    const { status, out } = await cli(['verify', '--json'], storesJson);
    expect(status).toBe(1);
    expect(JSON.parse(out).brokenLinks).toEqual([{ region: 'bre', service: 'jury', streamId: `jurysession-${forger.sessionId}`, revision, reason: 'hash does not match the stored event' }]);
    expect((await cli(['verify'], storesJson)).out).toContain(`BROKEN jury (bre) stream jurysession-${forger.sessionId} revision ${revision}`);
  });
});

const held2and3 = ['CCP2', 'CCP3'].map((ccpCode) => ({ ccpCode, obtainedOn: breCcpDate }));
