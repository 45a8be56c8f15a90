import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorKind, CompetenceOutcome, PracticalAssessmentTarget } from '../shared/assessor-facts';
import { ASSESSOR_KIND_LABELS, targetLabel } from '../shared/labels';
import { storedAssessorKind, storedGrid, storedTarget } from '../shared/stored-schemas';

/** The assigned assessor recorded a held mise en situation: one outcome per compétence of its target. */
export type PracticalAssessmentRecorded = DomainEvent<
  'PracticalAssessmentRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly assessmentId: string;
    readonly target: PracticalAssessmentTarget;
    readonly heldOn: CalendarDate;
    readonly outcomes: readonly CompetenceOutcome[];
    readonly assessorId: string;
    /** Kept so that the candidate's trainers are known to the jury (JURY-PROFESSIONALS). */
    readonly assessorKind: AssessorKind;
    readonly recordedOn: CalendarDate;
  }
>;

/** PracticalAssessmentRecorded as stored, version 1. */
export const practicalAssessmentRecordedDescriptor = defineEvent<PracticalAssessmentRecorded>({
  type: 'PracticalAssessmentRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    assessmentId: z.string(),
    target: storedTarget,
    heldOn: calendarDate,
    outcomes: storedGrid,
    assessorId: z.string(),
    assessorKind: storedAssessorKind,
    recordedOn: calendarDate,
  }),
  describe: ({ pathwayId, assessmentId, target, heldOn, outcomes, assessorId, assessorKind, recordedOn }) => {
    const acquired = outcomes.filter((line) => line.outcome === 'acquired').length;
    const kind = ASSESSOR_KIND_LABELS[assessorKind];
    return {
      fr: `Mise en situation ${assessmentId} (${targetLabel(target).fr}, parcours ${pathwayId}) tenue le ${heldOn} : ${acquired}/${outcomes.length} compétences acquises, selon ${assessorId} (${kind.fr}), enregistrée le ${recordedOn}`,
      en: `Practical assessment ${assessmentId} (${targetLabel(target).en}, pathway ${pathwayId}) held on ${heldOn}: ${acquired}/${outcomes.length} compétences acquired, per ${assessorId} (${kind.en}), recorded on ${recordedOn}`,
    };
  },
});
