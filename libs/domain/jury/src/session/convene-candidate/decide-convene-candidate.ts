import { type AppliedRule, applyRule, type Rulebook } from '@titrepro/domain-rulebook';
import { conflict, type DomainError, type EventsOrRefusal, fail, forbidden, ok, type Result } from '@titrepro/domain-kernel';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { allPassed } from '../shared/first-failure';
import { fileOf, notSealed, scheduledSession, sessionRulebook, sessionTitle } from '../shared/guards';
import { titlesHeldOf } from '../shared/held';
import { juryComposition } from '../shared/jury-composition';
import { conflictedMemberIds, type Convocation, convocationOf, type ScheduledSession, type SessionState } from '../session.state';
import type { ConveneCandidate } from './convene-candidate.command';
import { judgedCcps } from './judged-ccps';
import { admissibilityRule, evidenceDatedRule, evidenceOnTheTable, judgedPathway, refusalOf } from './pathway-checks';

type Judged = Omit<Convocation, 'fileRef' | 'convenedOn' | 'candidateId'> & { readonly applied: readonly AppliedRule[] };

/** A title or CCP session judges an open pathway: VAE admissibility, then the evidence published for it. */
const judgePathway = (session: ScheduledSession, rulebook: Rulebook, file: CandidateFileFacts, ccpCodes: readonly string[]): Result<Judged, DomainError> => {
  const { titleCode, kind, date } = session.session;
  const pathway = judgedPathway(file, titleCode, kind);
  if (!pathway.ok) return pathway;
  const admissibility = pathway.value.type === 'vae' ? [admissibilityRule(rulebook, file, pathway.value, date)] : [];
  for (const applied of admissibility) {
    const refused = refusalOf(applied);
    if (!refused.ok) return refused;
  }
  const evidence = evidenceOnTheTable(rulebook, file, pathway.value, ccpCodes);
  if (!evidence.ok) return evidence;
  // Complete in the evaluation's verdict; then only what predates the session counts for it.
  const dated = evidenceDatedRule(rulebook, file, pathway.value, ccpCodes, date);
  if (dated) {
    const refused = refusalOf(dated);
    if (!refused.ok) return refused;
  }
  return ok({ pathwayId: pathway.value.pathwayId, pathwayType: pathway.value.type, ccpCodes, evidence: evidence.value, applied: [...admissibility, ...(dated ? [dated] : [])] });
};

/** A CCS session judges a holder of the title: CCS-REQUIRES-TITLE at the preparation stage, on the session date. */
const judgeCcsCandidate = (session: ScheduledSession, rulebook: Rulebook, file: CandidateFileFacts): Result<Judged, DomainError> => {
  const { titleCode, date, ccsCode } = session.session;
  const applied = applyRule(rulebook, 'CCS-REQUIRES-TITLE', { stage: 'preparation', ccsCode: ccsCode ?? '', titleCode, titlesHeld: titlesHeldOf(file), on: date });
  const refused = refusalOf(applied);
  if (!refused.ok) return refused;
  return ok({ pathwayId: null, pathwayType: null, ccpCodes: [], evidence: null, applied: [applied] });
};

/**
 * Convenes a candidate of the session's region, once: their file must allow the session (pathway,
 * admissibility, evidence; or the title for a CCS), and the jury, if named, must suit them.
 */
export const decideConveneCandidate = (command: ConveneCandidate, state: SessionState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const session = notSealed(found.value);
  if (!session.ok) return session;
  const already = convocationOf(session.value, data.candidateId);
  if (already) return fail(conflict(`candidate ${data.candidateId} was already convened to session ${data.sessionId} on ${already.convenedOn}`));
  const file = fileOf(data.file, data.candidateId);
  if (!file.ok) return file;
  const { region, kind } = session.value.session;
  if (file.value.homeRegion !== region) {
    return fail(forbidden(`candidate ${data.candidateId}'s file is held by region ${file.value.homeRegion ?? '(none yet)'}; region ${region} may not convene them`));
  }

  const rulebook = sessionRulebook(dependencies, session.value.session.date);
  if (!rulebook.ok) return rulebook;
  const title = sessionTitle(dependencies, session.value);
  if (!title.ok) return title;
  const ccpCodes = judgedCcps(kind, title.value, file.value, data.ccpCodes);
  if (!ccpCodes.ok) return ccpCodes;
  const judged = kind === 'ccs' ? judgeCcsCandidate(session.value, rulebook.value, file.value) : judgePathway(session.value, rulebook.value, file.value, ccpCodes.value);
  if (!judged.ok) return judged;
  const { jury } = session.value;
  const composition = jury ? juryComposition(rulebook.value, jury, title.value.code, file.value, conflictedMemberIds(session.value, data.candidateId)) : [];
  const applications = allPassed([...judged.value.applied, ...composition]);
  if (!applications.ok) return applications;

  const { pathwayId, pathwayType, evidence } = judged.value;
  return ok([
    {
      type: 'CandidateConvened',
      data: {
        sessionId: data.sessionId,
        candidateId: data.candidateId,
        pathwayId,
        pathwayType,
        ccpCodes: judged.value.ccpCodes,
        rulebookId: rulebook.value.id,
        ruleApplications: applications.value,
        evidence,
        fileRef: data.fileRef,
        convenedOn: today,
      },
    },
  ]);
};
