/**
 * One candidate's way to a jury, decided by the registry's, the evaluation's and the jury file's
 * deciders, each service's command made from the other's events as its consumers make them: the
 * registration and pathway (VAE admissibility asked and decided, sometimes refused first), the
 * evidence of the pathway (ECFs, DSPP, practical assessments, assessor pairs), sometimes a second
 * pathway opened and withdrawn.
 */
import * as evaluation from '@titrepro/domain-evaluation';
import * as jury from '@titrepro/domain-jury';
import * as registry from '@titrepro/domain-registry';
import { findTitle } from '@titrepro/domain-referential';
import type { NewEvent } from '@titrepro/event-store';
import { aggregates, juryCommandsForEvaluation, nameOf, parsed, REGION, type Staff, type Title } from './volume-region';
import type { StagingStore } from './volume-staging';

export type PathwayKind = 'continuous-training' | 'vae' | 'discontinuous-training';

/** A small seeded generator: the same size gives the same region. */
export const random = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, chance: (p: number) => next() < p, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
};
export type Random = ReturnType<typeof random>;

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface CandidateOnTheWay {
  readonly candidateId: string;
  readonly index: number;
  readonly pathwayId: string;
  readonly kind: PathwayKind;
}

const competencesOf = (title: Title, ccpCode: string): readonly string[] => findTitle(title.code)?.ccps.find((ccp) => ccp.code === ccpCode)?.competences ?? [];
const allCompetences = (title: Title): readonly string[] => title.ccps.flatMap((ccp) => competencesOf(title, ccp));
const grid = (competences: readonly string[]) => competences.map((competence) => ({ competence, outcome: 'acquired' }));
const sha = (seed: number): string => (seed.toString(16).padStart(8, '0').repeat(8)).slice(0, 64);

/** Runs a command on the candidate's evaluation stream, and what the jury file makes of its events. */
const onEvaluation = async (staging: StagingStore, candidateId: string, command: { type: string }, day: string): Promise<void> => {
  const events = await staging.run(aggregates.evaluations, candidateId, command, day);
  await forJury(staging, candidateId, events, day);
};

const forJury = async (staging: StagingStore, candidateId: string, events: readonly NewEvent[], day: string): Promise<void> => {
  for (const event of events) {
    for (const command of juryCommandsForEvaluation(event as never, event.eventId)) await staging.run(aggregates.files, candidateId, command, day);
  }
};

/** Registry event → jury file (registry-facts.consumer.ts) and evaluation (its registry consumer). */
const onRegistry = async (staging: StagingStore, candidateId: string, command: { type: string }, day: string): Promise<void> => {
  const events = await staging.run(aggregates.candidates, candidateId, command, day);
  for (const event of events) {
    const data = event.data as Record<string, any>;
    const source = { eventId: event.eventId, region: REGION };
    switch (event.type) {
      case 'CandidateRegistered':
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordCandidateHome({ candidateId, region: REGION, source })), day);
        break;
      case 'PathwayOpened': {
        const { pathwayId, titleCode, pathwayType: pathway } = data;
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordPathway({ candidateId, pathwayId, titleCode, pathwayType: pathway, region: REGION, source })), day);
        await onEvaluation(staging, candidateId, parsed(evaluation.parseRecordPathway({ candidateId, pathwayId, titleCode, pathwayType: pathway, region: REGION })), day);
        break;
      }
      case 'PathwayWithdrawn':
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordPathwayWithdrawal({ candidateId, pathwayId: data['pathwayId'], source })), day);
        await onEvaluation(staging, candidateId, parsed(evaluation.parseRecordPathwayWithdrawal({ candidateId, pathwayId: data['pathwayId'] })), day);
        break;
      case 'VaeAdmissibilityRequested':
        // From 2024 the office's silence is worth admissibility, counted from the request.
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordAdmissibilityRequest({ candidateId, pathwayId: data['pathwayId'] ?? null, titleCode: data['titleCode'], requestedOn: day, source })), day);
        break;
      case 'VaeAdmissibilityDecided':
        await staging.run(
          aggregates.files,
          candidateId,
          parsed(jury.parseRecordAdmissibility({ candidateId, pathwayId: data['pathwayId'] ?? null, titleCode: data['titleCode'], outcome: data['outcome'], decidedOn: day, source })),
          day,
        );
        break;
      default:
    }
  }
};

/** Registers the candidate and brings one pathway to a complete file; answers the day it is complete. */
export const bringToJury = async (staging: StagingStore, staff: Staff, title: Title, candidate: CandidateOnTheWay, start: string, rng: Random): Promise<string> => {
  const { candidateId, pathwayId, kind, index } = candidate;
  const ids = { candidateId, actingRegion: REGION };
  let day = start;
  const later = (days: number): string => (day = addDays(day, days));
  await onRegistry(
    staging,
    candidateId,
    parsed(
      registry.parseRegisterCandidate({
        candidateId,
        region: REGION,
        ...nameOf(index),
        birthDate: `19${60 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
        contact: { email: `candidat.${index}@exemple.test`, phone: `+33 6 ${String(10_000_000 + (index % 89_999_999)).replace(/(\d\d)(?=\d)/g, '$1 ')}`, postalAddress: `${1 + (index % 120)} rue de la République, 75011 Paris` },
      }),
    ),
    day,
  );
  // Some open a pathway towards the other title first, and withdraw it.
  if (rng.chance(0.08)) {
    await onRegistry(staging, candidateId, parsed(registry.parseOpenPathway({ ...ids, pathwayId: `${pathwayId}-w`, titleCode: title.code, pathwayType: 'continuous-training' })), later(1));
    await onRegistry(staging, candidateId, parsed(registry.parseWithdrawPathway({ ...ids, pathwayId: `${pathwayId}-w` })), later(14));
  }
  await onRegistry(staging, candidateId, parsed(registry.parseOpenPathway({ ...ids, pathwayId, titleCode: title.code, pathwayType: kind })), later(2));
  if (kind === 'vae') {
    const period = (startDay: string, end: string) => ({ organisation: `Entreprise ${index % 500}`, role: 'Agent', start: startDay, end, capacity: 'employee', relatedToTitle: true });
    const years = Number(day.slice(0, 4));
    if (rng.chance(0.15)) {
      await onRegistry(staging, candidateId, parsed(registry.parseRequestVaeAdmissibility({ ...ids, pathwayId, experiencePeriods: [period(`${years - 1}-01-01`, `${years - 1}-06-30`)] })), later(3));
      await onRegistry(staging, candidateId, parsed(registry.parseDecideVaeAdmissibility({ ...ids, pathwayId, outcome: 'not-admissible', reason: 'Expérience insuffisante.' })), later(10));
    }
    await onRegistry(staging, candidateId, parsed(registry.parseRequestVaeAdmissibility({ ...ids, pathwayId, experiencePeriods: [period(`${years - 4}-01-01`, `${years - 1}-12-31`)] })), later(3));
    await onRegistry(staging, candidateId, parsed(registry.parseDecideVaeAdmissibility({ ...ids, pathwayId, outcome: 'admissible' })), later(10));
  }
  const trainer = rng.pick(staff.trainers[title.code] ?? []);
  const professional = rng.pick(staff.professionals[title.code] ?? []);
  let assignment = 0;
  const assign = (scope: Record<string, unknown>, assessor: evaluation.AssessorFacts) =>
    onEvaluation(staging, candidateId, parsed(evaluation.parseAssignAssessor({ ...ids, assignmentId: `as-${(assignment += 1)}`, pathwayId, scope, assessor })), later(1));
  const dspp = (submission: string, ccpCodes: readonly string[]) =>
    onEvaluation(
      staging,
      candidateId,
      parsed(
        evaluation.parseSubmitDspp({
          candidateId,
          pathwayId,
          submissionId: submission,
          submittedBy: candidateId,
          documents: ccpCodes.map((ccpCode, at) => ({ ccpCode, documentId: `${submission}-${ccpCode}`, sha256: sha(index * 31 + at), size: 40_000 + at, mediaType: 'application/pdf' })),
        }),
      ),
      later(5),
    );
  const practical = async (assessmentId: string, target: { kind: string; ccpCode?: string }, competences: readonly string[]) => {
    await onEvaluation(staging, candidateId, parsed(evaluation.parseSchedulePracticalAssessment({ ...ids, pathwayId, assessmentId, target, scheduledOn: addDays(day, 14) })), later(1));
    await assign({ kind: 'practical-assessment', assessmentId }, professional);
    await onEvaluation(staging, candidateId, parsed(evaluation.parseRecordPracticalAssessment({ candidateId, assessmentId, heldOn: later(13), outcomes: grid(competences), assessor: professional })), day);
  };
  switch (kind) {
    case 'continuous-training':
      for (const ccpCode of title.ccps) {
        await assign({ kind: 'ecf', ccpCode }, trainer);
        // Some fail an ECF first and pass it again.
        if (rng.chance(0.1)) await onEvaluation(staging, candidateId, parsed(evaluation.parseRecordTrainingEvaluation({ candidateId, pathwayId, ccpCode, evaluatedOn: later(20), result: 'failed', assessor: trainer })), day);
        await onEvaluation(staging, candidateId, parsed(evaluation.parseRecordTrainingEvaluation({ candidateId, pathwayId, ccpCode, evaluatedOn: later(20), result: 'passed', assessor: trainer })), day);
      }
      await dspp(`dspp-${candidateId}`, title.ccps);
      await practical(`pa-${candidateId}`, { kind: 'title-synthesis' }, allCompetences(title));
      break;
    case 'vae':
      await dspp(`dspp-${candidateId}`, title.ccps);
      if (rng.chance(0.1)) await dspp(`dspp-${candidateId}-2`, title.ccps);
      await practical(`pa-${candidateId}`, { kind: 'title-synthesis' }, allCompetences(title));
      break;
    case 'discontinuous-training':
      await dspp(`dspp-${candidateId}`, title.ccps);
      for (const ccpCode of title.ccps) {
        await practical(`pa-${candidateId}-${ccpCode}`, { kind: 'ccp', ccpCode }, competencesOf(title, ccpCode));
        await assign({ kind: 'ccp-evaluation', ccpCode }, professional);
        await assign({ kind: 'ccp-evaluation', ccpCode }, trainer);
        await onEvaluation(
          staging,
          candidateId,
          parsed(
            evaluation.parseRecordCcpPairAssessment({
              candidateId,
              pathwayId,
              ccpCode,
              assessedOn: later(7),
              assessors: [professional, trainer],
              outcome: 'passed',
              grid: grid(competencesOf(title, ccpCode)),
            }),
          ),
          day,
        );
      }
      break;
  }
  return day;
};
