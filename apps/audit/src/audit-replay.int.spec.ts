import { PdfOnDisk, requirePoppler } from '@titrepro/documents-pdf/testing';
import { CCP_CODES, startService } from '@titrepro/service-kit/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidateHistory, candidateReplay, runAuditCli, verifyStores, type CandidateReplay } from '@titrepro/audit';
import { startAuditWorld, breCcpDate, type AuditWorld } from './testing/audit-world';
import { forgeEvent } from './testing/forge';
import { serviceDefinition } from './service.definition';

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
  let audit: AuditWorld;
  let stores: AuditWorld['stores'];
  let storesJson: string;
  let clean: AuditWorld['clean'];
  let titleDecision: string;
  let forger: AuditWorld['forger'];

  beforeAll(async () => {
    audit = await startAuditWorld();
    ({ stores, storesJson, clean, forger } = audit);
    titleDecision = clean.titleDecision;
  }, 300_000);

  afterAll(async () => {
    await audit?.close();
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

  it('a rectification (the title withdrawn), recorded through the API, replays clean too', async () => {
    const officer = await audit.jury.bre.officer();
    const rectified = await audit.jury.bre.service
      .http()
      .post(`/sessions/${clean.titleSession}/decisions/${titleDecision}/rectifications`)
      .set('Authorization', officer)
      .send({ reason: 'Erreur matérielle dans le procès-verbal', outcome: { kind: 'title-not-awarded', ccpCodesAwarded: [] } });
    if (rectified.status !== 201) throw new Error(JSON.stringify(rectified.body));
    const replay = await candidateReplay(stores, clean.candidateId);
    const rectification = replay.decisions.find((decision) => decision.type === 'DecisionRectified');
    expect(rectification).toMatchObject({ flags: [], status: expect.stringMatching(/^(consistent|partial)$/) });
    expect(rectification?.rederived).toEqual(['JURY-OUTCOME']);
    expect(replay).toMatchObject({ ok: true, flagged: 0 });
  });

  it('answers the same history, replay and verification over HTTP to an auditor', async () => {
    const service = await startService(serviceDefinition, { region: 'bre', env: { AUDIT_STORES: storesJson } });
    try {
      const auditor = await service.bearer('auditor', { auditorScope: 'national' });
      const { body: history } = await service.http().get(`/candidates/${clean.candidateId}/history`).set('Authorization', auditor).expect(200);
      expect(history).toMatchObject({ candidateId: clean.candidateId, asOf: null, state: { homeRegion: 'bre' } });
      expect(history.entries).toEqual((await candidateHistory(stores, clean.candidateId)).entries);
      const { body: replay } = await service.http().get(`/candidates/${clean.candidateId}/replay`).set('Authorization', auditor).expect(200);
      expect(replay).toMatchObject({ ok: true, flagged: 0 });
      const { body: verification } = await service.http().get('/verify?region=bre').set('Authorization', auditor).expect(200);
      expect(verification).toMatchObject({ ok: true, filter: { region: 'bre', service: null }, stores: [{ region: 'bre', service: 'jury' }] });
      await service.http().get(`/candidates/${clean.candidateId}/history?asOf=not-a-date`).set('Authorization', auditor).expect(400);
    } finally {
      await service.close();
    }
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

  it('exports the audit file as JSON and as PDF/A with the parchemins\' renderer, the JSON attached', async () => {
    const json = await cli(['export', clean.candidateId, '--format', 'json'], storesJson);
    expect(json.status).toBe(0);
    const file = JSON.parse(json.out);
    expect(file).toMatchObject({ candidateId: clean.candidateId, replay: { ok: true }, verification: { ok: true } });
    expect(file.history.entries.length).toBeGreaterThan(5);

    requirePoppler();
    const dir = mkdtempSync(join(tmpdir(), 'audit-export-'));
    const out = join(dir, 'audit.pdf');
    try {
      expect(await cli(['export', clean.candidateId, '--format', 'pdf', '--out', out], storesJson)).toMatchObject({ status: 0 });
      const pdf = new PdfOnDisk(readFileSync(out));
      try {
        expect(pdf.flatText()).toMatch(/Dossier d'audit.*Vérification des magasins.*Rejeu des décisions.*Historique.*TITLE-BY-CAPITALISATION/);
        expect(pdf.run('pdfinfo', pdf.path)).toMatch(/PDF version:\s+1\.7/);
        expect(JSON.parse(pdf.attachment().toString('utf8'))).toMatchObject({ candidateId: clean.candidateId });
      } finally {
        pdf.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a forged deliberation with its chain recomputed passes verify and fails replay, naming the rule it breaks (a title with a CCP missing)', async () => {
    // The forger holds CCP2 and CCP3: the title is refused; the forgery records TITLE-BY-CAPITALISATION as passed all the same.
    const held = ['CCP2', 'CCP3'].map((ccpCode) => ({ ccpCode, obtainedOn: breCcpDate }));
    const { eventId, revision } = await forgeEvent(await audit.forgedDeliberation(held, true));

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
    const { eventId } = await forgeEvent(await audit.forgedDeliberation(edited, null));
    expect(await cli(['verify'], storesJson)).toMatchObject({ status: 0 });
    const replay = await candidateReplay(stores, forger.candidateId);
    const flags = flagsOf(replay, eventId);
    expect(flags.filter((flag) => flag.kind === 'verdict-differs')).toEqual([]);
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'facts-differ', ruleId: 'TITLE-BY-CAPITALISATION', rederived: expect.objectContaining({ ccpsObtained: held2and3 }) })]));
  });

  it('a decision citing a file revision that does not exist is flagged for its citation', async () => {
    const forgery = await audit.forgedDeliberation(held2and3, null);
    const { eventId } = await forgeEvent({ ...forgery, data: { ...forgery.data, fileRef: { streamId: `jurycandidate-${forger.candidateId}`, revision: 9_999 } } });
    const flags = flagsOf(await candidateReplay(stores, forger.candidateId), eventId);
    expect(flags).toEqual([expect.objectContaining({ kind: 'missing-citation', recorded: { streamId: `jurycandidate-${forger.candidateId}`, revision: 9_999 } })]);
  });

  it('the same insertion without recomputing the chain makes verify fail at that service, stream and revision', async () => {
    const { revision } = await forgeEvent({ ...(await audit.forgedDeliberation([], true)), recomputeChain: false });
    const { status, out } = await cli(['verify', '--json'], storesJson);
    expect(status).toBe(1);
    expect(JSON.parse(out).brokenLinks).toEqual([{ region: 'bre', service: 'jury', streamId: `jurysession-${forger.sessionId}`, revision, reason: 'hash does not match the stored event' }]);
    expect((await cli(['verify'], storesJson)).out).toContain(`BROKEN jury (bre) stream jurysession-${forger.sessionId} revision ${revision}`);
  });
});

const held2and3 = ['CCP2', 'CCP3'].map((ccpCode) => ({ ccpCode, obtainedOn: breCcpDate }));
