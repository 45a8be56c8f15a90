import { VaeAdmissibilityRequestedV1 } from '@titrepro/contracts';
import { addDays, addMonths, calendarDateInParis } from '@titrepro/domain-kernel';
import { systemClock } from '@titrepro/service-kit';
import { startJuryWorld, type JuryWorld } from '../testing/jury-world';

interface AuditEntry {
  readonly type: string;
  readonly rulebookId: string | null;
  readonly rerun: { readonly consistent: boolean; readonly mismatches: readonly unknown[] } | null;
}

// Two VAE candidates through the jury's public API (real PostgreSQL and Kafka; the registry's and
// the evaluation's news played by the publisher, dated by the same clock): one judged in 2015, the
// services' clock set back then, the other today. Each decision names the rulebook of its session
// date, the same jury of one is accepted in 2015 and refused today (D. 6412-6 since April 2024), and
// the session audit re-runs both under the rulebooks they name, to the same verdicts.
describe('rulebooks through time (jury service, real PostgreSQL and Kafka)', () => {
  let world: JuryWorld;

  beforeAll(async () => {
    world = await startJuryWorld();
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await world?.close();
  });

  /** The services' clock (every decision's `now`) set to `instant`, until the next call or the end. */
  const clockAt = (instant: string) => {
    jest.restoreAllMocks();
    jest.spyOn(systemClock, 'now').mockImplementation(() => new Date(instant));
  };

  const audit = async (sessionId: string): Promise<{ integrity: { ok: boolean }; entries: AuditEntry[] }> =>
    (await world.idf.service.http().get(`/sessions/${sessionId}/audit`).set('Authorization', await world.idf.service.bearer('auditor')).expect(200)).body;

  it('decides a VAE candidate under seed-2009 in 2015 and another under vae-jury-2024 today; the audit re-runs both to the same verdicts', async () => {
    // 2015: admissible in March, a jury of one professional in June.
    clockAt('2015-03-02T10:00:00Z');
    const past = await world.candidate().vae().evidenceComplete().admissible();
    const [alone] = await world.idf.members(1);
    if (!alone) throw new Error('a member was registered');
    const pastSession = await world.idf.session({ kind: 'title', date: '2015-06-18', memberIds: [alone] });
    clockAt('2015-06-18T14:00:00Z');
    const pastDecision = await world.idf.decideAndSeal(pastSession, past.candidateId, { kind: 'title-awarded' }, [alone]);
    const pastAward = await world.awards.until('the 2015 title award', (message) => message.type === 'TitleAwarded' && message.payload.decisionId === pastDecision);
    expect(pastAward.payload).toMatchObject({ decidedOn: '2015-06-18', rulebookId: 'seed-2009' });

    // Today: the same jury of one is refused for a VAE candidate, naming the rule and today's rulebook.
    jest.restoreAllMocks();
    const today = await world.candidate().vae().evidenceComplete().admissible();
    // The Paris day, as the services read it (past 23:00 UTC in winter it is already tomorrow there).
    const sessionDate = calendarDateInParis(systemClock.now());
    const officer = await world.idf.officer();
    const lone = await world.idf.session({ kind: 'title', date: sessionDate, memberIds: [alone] });
    const refused = await world.idf.service.http().post(`/sessions/${lone}/candidates`).set('Authorization', officer).send({ candidateId: today.candidateId }).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'VAE-JURY', rulebookId: 'vae-jury-2024' });

    const [second] = await world.idf.members(1);
    if (!second) throw new Error('a member was registered');
    const todaySession = await world.idf.session({ kind: 'title', date: sessionDate, memberIds: [alone, second] });
    const todayDecision = await world.idf.decideAndSeal(todaySession, today.candidateId, { kind: 'title-awarded' }, [alone, second]);
    const todayAward = await world.awards.until('today’s title award', (message) => message.type === 'TitleAwarded' && message.payload.decisionId === todayDecision);
    expect(todayAward.payload).toMatchObject({ decidedOn: sessionDate, rulebookId: 'vae-jury-2024' });

    // The auditor re-runs each session's decisions under the rulebook each names.
    for (const [sessionId, rulebookId] of [
      [pastSession, 'seed-2009'],
      [todaySession, 'vae-jury-2024'],
    ] as const) {
      const { integrity, entries } = await audit(sessionId);
      expect(integrity).toMatchObject({ ok: true });
      const decisions = entries.filter((entry) => entry.rerun !== null);
      expect(decisions.map((entry) => entry.type)).toEqual(expect.arrayContaining(['JuryConstituted', 'CandidateConvened', 'DeliberationRecorded']));
      expect(decisions.map((entry) => entry.rulebookId)).toEqual(decisions.map(() => rulebookId));
      expect(decisions.map((entry) => entry.rerun)).toEqual(decisions.map(() => ({ consistent: true, mismatches: [] })));
    }
  });

  it("convenes today a VAE candidate whose dossier got no answer for two months (silence worth admissibility), and refuses one filed a month ago", async () => {
    const today = calendarDateInParis(systemClock.now());
    /** A VAE candidate whose registry published only the filing of their dossier, `daysAgo` days before today (noon in Paris). */
    const filed = async (daysAgo: number) => {
      const candidate = await world.candidate().vae().evidenceComplete();
      await world.world.publish(
        VaeAdmissibilityRequestedV1,
        { candidateId: candidate.candidateId, pathwayId: candidate.pathwayId, titleCode: 'TP-00495', requestedAt: `${addDays(today, -daysAgo)}T10:00:00.000Z` },
        'idf',
      );
      return candidate;
    };
    const silent = await filed(70);
    const recent = await filed(30);
    const members = await world.idf.members(2);
    const session = await world.idf.session({ kind: 'title', date: today, memberIds: members });
    const officer = await world.idf.officer();

    const refused = await world.idf.service.http().post(`/sessions/${session}/candidates`).set('Authorization', officer).send({ candidateId: recent.candidateId }).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'VAE-ADMISSIBILITY', rulebookId: 'vae-jury-2024' });
    expect(refused.body.detail).toContain(`it is worth admissibility on ${addMonths(addDays(today, -30), 2)}`);

    const decisionId = await world.idf.decideAndSeal(session, silent.candidateId, { kind: 'title-awarded' }, members);
    const award = await world.awards.until('the title awarded on silence', (message) => message.type === 'TitleAwarded' && message.payload.decisionId === decisionId);
    expect(award.payload).toMatchObject({ rulebookId: 'vae-jury-2024' });
    const { integrity, entries } = await audit(session);
    expect(integrity).toMatchObject({ ok: true });
    const convened = entries.filter((entry) => entry.type === 'CandidateConvened');
    expect(convened.map((entry) => entry.rerun)).toEqual([{ consistent: true, mismatches: [] }]);
  });
});
