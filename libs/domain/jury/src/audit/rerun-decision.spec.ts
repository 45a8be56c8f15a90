import { type RuleApplication, rulebooks } from '@titrepro/domain-rulebook';
import { isSessionDecisionEvent, type SessionDecisionEvent } from '../session/events/session-event-catalogue';
import { aWholeCcsSession, aWholeTitleSession } from '../spec-support/session-whole-life';
import { rerunDecision, rerunRuleApplications } from './rerun-decision';

const decisionEvents = (): SessionDecisionEvent[] => [...aWholeTitleSession(), ...aWholeCcsSession()].filter(isSessionDecisionEvent);

/** Stored events are read back from JSON: the audit works from that, not from live objects. */
const throughJson = <Value>(value: Value): Value => JSON.parse(JSON.stringify(value)) as Value;

const tampered = (event: SessionDecisionEvent, index: number, tamper: (application: RuleApplication) => RuleApplication): SessionDecisionEvent =>
  ({ ...event, data: { ...event.data, ruleApplications: event.data.ruleApplications.map((application, at) => (at === index ? tamper(application) : application)) } }) as SessionDecisionEvent;

describe('rerunDecision (audit of session decisions)', () => {
  it('finds every decision of a whole session life consistent, from the event alone', () => {
    const events = decisionEvents();
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(['JuryConstituted', 'CandidateConvened', 'DeliberationRecorded', 'DecisionRectified']));
    const ruleIds = new Set(events.flatMap((event) => event.data.ruleApplications.map((application) => application.ruleId)));
    expect(ruleIds).toEqual(new Set(['JURY-PROFESSIONALS', 'VAE-ADMISSIBILITY', 'EVIDENCE-DATED', 'CCS-REQUIRES-TITLE', 'JURY-OUTCOME', 'CAPITALISATION-WINDOW', 'TITLE-BY-CAPITALISATION']));
    for (const event of events) expect(rerunDecision(throughJson(event))).toEqual({ consistent: true, mismatches: [] });
  });

  it('finds a decision inconsistent once one fact of a recorded application is tampered with', () => {
    const deliberation = decisionEvents().find(
      (event) => event.type === 'DeliberationRecorded' && event.data.ruleApplications.some((application) => application.ruleId === 'CAPITALISATION-WINDOW'),
    );
    if (!deliberation) throw new Error('no deliberation under CAPITALISATION-WINDOW');
    const index = deliberation.data.ruleApplications.findIndex((application) => application.ruleId === 'CAPITALISATION-WINDOW');
    const forged = tampered(deliberation, index, (application) =>
      application.ruleId === 'CAPITALISATION-WINDOW' ? { ...application, facts: { ...application.facts, ccpsObtained: [{ ccpCode: 'CCP1', obtainedOn: '2019-01-01' }] } } : application,
    );
    const report = rerunDecision(forged);
    expect(report.consistent).toBe(false);
    expect(report.mismatches).toMatchObject([{ ruleId: 'CAPITALISATION-WINDOW', recorded: { passed: true }, rerun: { passed: false } }]);
  });

  it('finds a jury composition inconsistent when a member is recorded as a professional who was not', () => {
    const constituted = decisionEvents().find((event) => event.type === 'JuryConstituted');
    if (!constituted) throw new Error('no jury');
    const forged = tampered(constituted, 0, (application) =>
      application.ruleId === 'JURY-PROFESSIONALS'
        ? { ...application, facts: { members: application.facts.members.map((each, at) => (at === 0 ? { ...each, professional: false } : each)) } }
        : application,
    );
    expect(rerunDecision(forged)).toMatchObject({ consistent: false, mismatches: [{ ruleId: 'JURY-PROFESSIONALS', subject: 'c-ct' }] });
  });

  it('reports every application as unverifiable under an unknown rulebook', () => {
    const first = decisionEvents().find((event) => event.data.ruleApplications.length > 0);
    if (!first) throw new Error('no decision');
    const report = rerunRuleApplications(rulebooks, 'no-such-rulebook', first.data.ruleApplications);
    expect(report.consistent).toBe(false);
    expect(report.mismatches).toHaveLength(first.data.ruleApplications.length);
    expect(report.mismatches.every((mismatch) => mismatch.rerun === null)).toBe(true);
  });
});
