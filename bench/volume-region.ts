/**
 * The region the volume generator writes a decade of: its four services' aggregates, as the apps
 * define them (tools may not import apps), the people the office registered once (assessors, jury
 * members), and what flows between services on Kafka, turned into the consuming service's command.
 */
import { summaryOf, type DomainError, type DomainEvent, type Result } from '@titrepro/domain-kernel';
import * as evaluation from '@titrepro/domain-evaluation';
import * as issuance from '@titrepro/domain-issuance';
import * as jury from '@titrepro/domain-jury';
import * as registry from '@titrepro/domain-registry';
import { defineAggregate } from '@titrepro/service-kit';
import type { StagingStore } from './volume-staging';
import { SERVICES } from './volume-services';

export const REGION = 'idf';
export const TITLES = [
  { code: 'TP-00495', ccps: ['CCP1', 'CCP2', 'CCP3'], ccs: null, inForceFrom: '2003-12-09' },
  { code: 'TP-00366', ccps: ['CCP1', 'CCP2', 'CCP3'], ccs: 'CCS1', inForceFrom: '2023-07-01' },
] as const;
export type Title = (typeof TITLES)[number];

/** The titles a session may be scheduled for on `day`: those in force a month before. */
export const titleOfSession = (sessionNumber: number, day: string): Title => {
  const inForce = TITLES.filter((title) => title.inForceFrom < day.replace(/^(\d{4})-(\d{2})/, (_, year: string, month: string) => (month === '01' ? `${Number(year) - 1}-12` : `${year}-${String(Number(month) - 1).padStart(2, '0')}`)));
  return inForce[sessionNumber % inForce.length] ?? TITLES[0];
};

export const aggregates = {
  candidates: defineAggregate({ category: registry.CANDIDATE_STREAM_CATEGORY, decider: registry.candidateDecider, events: registry.candidateEvents }),
  assessors: defineAggregate({ category: evaluation.ASSESSOR_STREAM_CATEGORY, decider: evaluation.assessorDecider, events: evaluation.assessorEvents }),
  evaluations: defineAggregate({ category: evaluation.EVALUATION_STREAM_CATEGORY, decider: evaluation.evaluationDecider, events: evaluation.evaluationEvents }),
  members: defineAggregate({ category: jury.JURY_MEMBER_STREAM_CATEGORY, decider: jury.juryMemberDecider, events: jury.juryMemberEvents }),
  sessions: defineAggregate({ category: jury.JURY_SESSION_STREAM_CATEGORY, decider: jury.sessionDecider, events: jury.sessionEvents }),
  files: defineAggregate({ category: jury.JURY_CANDIDATE_STREAM_CATEGORY, decider: jury.candidateFileDecider, events: jury.candidateFileEvents }),
  documents: defineAggregate({ category: issuance.DOCUMENTS_STREAM_CATEGORY, decider: issuance.documentsDecider, events: issuance.documentsEvents }),
};

/** Which service's store keeps a stream (by its category). */
export const SERVICE_OF_CATEGORY: Readonly<Record<string, Service>> = {
  [registry.CANDIDATE_STREAM_CATEGORY]: 'candidate-registry',
  [evaluation.ASSESSOR_STREAM_CATEGORY]: 'evaluation',
  [evaluation.EVALUATION_STREAM_CATEGORY]: 'evaluation',
  [jury.JURY_MEMBER_STREAM_CATEGORY]: 'jury',
  [jury.JURY_SESSION_STREAM_CATEGORY]: 'jury',
  [jury.JURY_CANDIDATE_STREAM_CATEGORY]: 'jury',
  [issuance.DOCUMENTS_STREAM_CATEGORY]: 'document-issuance',
};
export { SERVICES };
export type Service = (typeof SERVICES)[number];

/** A parsed input, or a clear failure: generated input is always valid. */
export const parsed = <Command>(result: Result<Command, DomainError>): Command & { type: string } => {
  if (!result.ok) throw new Error(`generated input refused: ${JSON.stringify(result.error).slice(0, 400)}`);
  return result.value as Command & { type: string };
};

const FAMILY = ['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'Diallo', 'Nguyen', 'Haddad'];
const GIVEN = ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Lucas', 'Hugo', 'Louis', 'Nathan', 'Yanis', 'Aïcha', 'Mehdi', 'Sofia', 'Jules', 'Emma', 'Noé'];
export const nameOf = (index: number) => ({ familyName: FAMILY[index % FAMILY.length] as string, givenNames: [GIVEN[(index * 7) % GIVEN.length] as string] });

/** The office's people: per title, trainers and professionals (assessors) and jury members. */
export interface Staff {
  readonly trainers: Readonly<Record<string, readonly evaluation.AssessorFacts[]>>;
  readonly professionals: Readonly<Record<string, readonly evaluation.AssessorFacts[]>>;
  readonly members: Readonly<Record<string, readonly jury.JuryMemberFacts[]>>;
}

/** Registers the staff through the assessor and jury-member deciders, on the first day of the decade (or of the title). */
export const registerStaff = async (staging: StagingStore, start: string, perTitle: number): Promise<Staff> => {
  const trainers: Record<string, evaluation.AssessorFacts[]> = {};
  const professionals: Record<string, evaluation.AssessorFacts[]> = {};
  const members: Record<string, jury.JuryMemberFacts[]> = {};
  let person = 0;
  for (const title of TITLES) {
    const day = title.inForceFrom > start ? title.inForceFrom : start;
    trainers[title.code] = [];
    professionals[title.code] = [];
    members[title.code] = [];
    for (let index = 0; index < perTitle; index += 1) {
      for (const kind of ['trainer', 'professional'] as const) {
        person += 1;
        const assessorId = `${kind}-${title.code}-${index}`;
        const input = { assessorId, region: REGION, kind, ...(kind === 'trainer' ? { specialtyTitleCode: title.code } : {}), qualifiedTitleCodes: [title.code], ...nameOf(person) };
        await staging.run(aggregates.assessors, assessorId, parsed(evaluation.parseRegisterAssessor(input)), day);
        const state = staging.stateOf(aggregates.assessors, assessorId);
        if (state.status !== 'registered') throw new Error(`assessor ${assessorId} not registered`);
        (kind === 'trainer' ? trainers : professionals)[title.code]?.push(state.facts);
      }
      person += 1;
      const memberId = `member-${title.code}-${index}`;
      await staging.run(aggregates.members, memberId, parsed(jury.parseRegisterJuryMember({ memberId, region: REGION, titleCodes: [title.code], assessorId: null, ...nameOf(person) })), day);
      members[title.code]?.push({ memberId, region: REGION, titleCodes: [title.code], assessorId: null });
    }
  }
  return { trainers, professionals, members };
};

/** What the jury's consumer of evaluation events does with an evaluation event (evaluation-evidence.consumer.ts). */
export const juryCommandsForEvaluation = (event: DomainEvent, eventId: string): Array<{ type: string }> => {
  const data = event.data as Record<string, any>;
  const source = { eventId, region: REGION };
  const evidence = (facts: Record<string, unknown>) => [parsed(jury.parseRecordEvidence({ candidateId: data['candidateId'], pathwayId: data['pathwayId'], source, ...facts }))];
  switch (event.type) {
    case 'EvidenceCompletenessChanged': {
      const { candidateId, pathwayId, complete, present, missing } = data;
      // What the evaluation's relay publishes of the trace (EvidenceCompletenessChangedV1): its rulebook and rule ids.
      const { rulebookId, ruleIds } = summaryOf(data['trace']);
      return [parsed(jury.parseRecordEvidenceStatus({ candidateId, pathwayId, rulebookId, ruleIds, complete, present, missing, source }))];
    }
    case 'CandidateTrainersChanged':
      return [parsed(jury.parseRecordTrainers({ candidateId: data['candidateId'], trainerIds: data['trainerIds'], source }))];
    case 'TrainingEvaluationRecorded':
      return evidence({ kind: 'training-evaluation', ccpCode: data['ccpCode'], ccsCode: null, referenceId: eventId, sha256s: [], assessorIds: [data['assessorId']], passed: data['result'] === 'passed', on: data['evaluatedOn'] });
    case 'DsppSubmitted':
      return evidence({ kind: 'dspp', ccpCode: null, ccsCode: null, referenceId: data['submissionId'], sha256s: data['documents'].map((document: { sha256: string }) => document.sha256), assessorIds: [], passed: null, on: data['submittedOn'] });
    case 'PracticalAssessmentRecorded': {
      const target = data['target'];
      return evidence({
        kind: 'practical-assessment',
        ccpCode: target.kind === 'ccp' ? target.ccpCode : null,
        ccsCode: target.kind === 'ccs' ? target.ccsCode : null,
        referenceId: data['assessmentId'],
        sha256s: [],
        assessorIds: [data['assessorId']],
        passed: data['outcomes'].every((line: { outcome: string }) => line.outcome === 'acquired'),
        on: data['heldOn'],
      });
    }
    case 'CcpPairAssessmentRecorded':
      return evidence({
        kind: 'ccp-pair-assessment',
        ccpCode: data['ccpCode'],
        ccsCode: null,
        referenceId: eventId,
        sha256s: [],
        assessorIds: data['assessors'].map((assessor: { assessorId: string }) => assessor.assessorId),
        passed: data['outcome'] === 'passed',
        on: data['assessedOn'],
      });
    default:
      return [];
  }
};
