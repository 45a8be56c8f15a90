import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorFacts, AssignmentScope } from '../shared/assessor-facts';
import { assessorFactsSchema, assignmentScopeSchema } from '../shared/input-schemas';
import { decideAssignAssessor } from './decide-assign-assessor';

export interface AssignAssessorData {
  readonly candidateId: string;
  /** Region of the office acting; must be the pathway's and the assessor's. */
  readonly actingRegion: string;
  /** Chosen by the caller; names the assignment from then on. */
  readonly assignmentId: string;
  readonly pathwayId: string;
  readonly scope: AssignmentScope;
  /** As the app read them from the assessor's stream. */
  readonly assessor: AssessorFacts;
}

/** The data of AssignAssessor as a request sends it. */
export const assignAssessorDataSchema: z.ZodType<AssignAssessorData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  assignmentId: identifier,
  pathwayId: identifier,
  scope: assignmentScopeSchema,
  assessor: assessorFactsSchema,
});

export const assignAssessorCommand = defineCommand({ type: 'AssignAssessor', schema: assignAssessorDataSchema, decide: decideAssignAssessor });

export const parseAssignAssessor = assignAssessorCommand.parse;

/** A regional office assigns an assessor to an ECF, a practical assessment or a CCP's pair evaluation. */
export type AssignAssessor = TypedCommand<'AssignAssessor', AssignAssessorData>;
