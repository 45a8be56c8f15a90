import type { Journey, RegionCode } from './journey';

export type JuryOutcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] }
  | { readonly kind: 'ccs-awarded' | 'ccs-refused' };

const MEMBER_NAMES = [
  ['Moreau', 'Claire'],
  ['Fontaine', 'Bruno'],
] as const;

/** Two professionals habilitated for the title in the region (registered once per run): a VAE jury since 2024 sits at least two. */
export const juryMembersOf = (journey: Journey, region: RegionCode, titleCode: string): Promise<readonly string[]> =>
  journey.once(`members:${region}:${titleCode}`, async () => {
    const ids: string[] = [];
    for (const [familyName, givenName] of MEMBER_NAMES) {
      const { body } = await journey.api(region, 'jury', 'POST', '/jury-members', { as: journey.officer(region), body: { titleCodes: [titleCode], familyName, givenNames: [givenName] }, expect: [201] });
      ids.push(String(body['memberId']));
    }
    return ids;
  });

export interface SessionPlan {
  readonly titleCode: string;
  readonly kind: 'title' | 'ccp' | 'ccs';
  readonly date: string;
  readonly ccsCode?: string;
}

/** A session of a region's jury, as the steps below take it. */
export interface Session {
  readonly region: RegionCode;
  readonly sessionId: string;
  readonly titleCode: string;
  readonly date: string;
}

/** A validation session scheduled and its jury named. */
export const scheduleSession = async (journey: Journey, region: RegionCode, plan: SessionPlan): Promise<Session> => {
  const officer = journey.officer(region);
  const { body } = await journey.api(region, 'jury', 'POST', '/sessions', {
    as: officer,
    body: { titleCode: plan.titleCode, date: plan.date, kind: plan.kind, ...(plan.ccsCode ? { ccsCode: plan.ccsCode } : {}) },
    expect: [201],
  });
  const sessionId = String(body['sessionId']);
  await journey.api(region, 'jury', 'PUT', `/sessions/${sessionId}/jury`, { as: officer, body: { memberIds: await juryMembersOf(journey, region, plan.titleCode) }, expect: [200] });
  return { region, sessionId, titleCode: plan.titleCode, date: plan.date };
};

/**
 * Convenes the candidate: 403/404 while the jury has not yet learnt the file from the registry's
 * topic, 409/422 while the evidence (or an award) is still on its way, as the rule then says.
 */
export const convene = async (journey: Journey, { region, sessionId }: Session, candidateId: string, ccpCodes?: readonly string[]) =>
  journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/candidates`, {
    as: journey.officer(region),
    body: { candidateId, ...(ccpCodes ? { ccpCodes } : {}) },
    expect: [201],
    notYet: [403, 404, 409, 422],
  });

/** The convening refused for good (422, the rule named), once the jury knows the candidate (403/404 until then). */
export const conveneRefused = async (journey: Journey, { region, sessionId }: Session, candidateId: string) =>
  journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/candidates`, { as: journey.officer(region), body: { candidateId }, expect: [422], notYet: [403, 404] });

/** Interview (when asked), deliberation as the first member; the decision's id. */
export const deliberate = async (journey: Journey, { region, sessionId, titleCode }: Session, candidateId: string, outcome: JuryOutcome, options: { interview: boolean }): Promise<string> => {
  const [first] = await juryMembersOf(journey, region, titleCode);
  if (!first) throw new Error('a jury has members');
  if (options.interview) {
    await journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/candidates/${candidateId}/interview`, { as: journey.member(region, first), body: {}, expect: [201] });
  }
  // 422 while the jury has not yet learnt the last evidence (a CCS's mise en situation) from Kafka.
  const { body } = await journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/candidates/${candidateId}/deliberation`, { as: journey.member(region, first), body: { outcome }, expect: [201], notYet: [422] });
  return String(body['decisionId']);
};

/** Every member approves the minutes' hash, then the office seals them: the decisions are published. */
export const sealMinutes = async (journey: Journey, { region, sessionId, titleCode }: Session): Promise<void> => {
  const officer = journey.officer(region);
  const { body: minutes } = await journey.api(region, 'jury', 'GET', `/sessions/${sessionId}/minutes`, { as: officer, expect: [200] });
  for (const memberId of await juryMembersOf(journey, region, titleCode)) {
    await journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/minutes/approvals`, { as: journey.member(region, memberId), body: { minutesHash: minutes['minutesHash'] }, expect: [201] });
  }
  await journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/minutes/seal`, { as: officer, expect: [200] });
};

/** A sealed decision rectified by the office, with its reason: the rules are applied again, the issuance revokes and reissues. */
export const rectifyDecision = async (journey: Journey, { region, sessionId }: Session, decisionId: string, reason: string, outcome: JuryOutcome): Promise<string> => {
  const { body } = await journey.api(region, 'jury', 'POST', `/sessions/${sessionId}/decisions/${decisionId}/rectifications`, { as: journey.officer(region), body: { reason, outcome }, expect: [201] });
  return String(body['rectificationId']);
};

/** Waits until the region's jury holds these CCPs for the candidate (awarded in whichever region). */
export const untilHolds = async (journey: Journey, region: RegionCode, candidateId: string, ccpCodes: readonly string[]): Promise<void> => {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { body } = await journey.api<{ ccpsHeld?: { ccpCode: string }[] }>(region, 'jury', 'GET', `/candidates/${candidateId}`, { as: journey.officer(region), expect: [200], notYet: [403, 404] });
    const held = (body.ccpsHeld ?? []).map((ccp) => ccp.ccpCode);
    if (ccpCodes.every((code) => held.includes(code))) return;
    if (Date.now() > deadline) throw new Error(`${region}'s jury still holds ${held.join(', ') || 'no CCP'} of ${candidateId}, not ${ccpCodes.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
};

/** Convenes, interviews when asked, deliberates and seals: the decision's id. */
export const judge = async (journey: Journey, session: Session, candidateId: string, outcome: JuryOutcome, options: { interview: boolean; ccpCodes?: readonly string[] }): Promise<string> => {
  await convene(journey, session, candidateId, options.ccpCodes);
  const decisionId = await deliberate(journey, session, candidateId, outcome, options);
  await sealMinutes(journey, session);
  return decisionId;
};
