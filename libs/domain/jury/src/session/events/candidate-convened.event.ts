import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPE_LABELS, type PathwayType, type RuleApplication } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { FileReference } from '../../shared/candidate-file-facts';
import type { ConvocationEvidence } from '../session.state';
import { storedEvidenceRecord, storedEvidenceStatus, storedFileReference, storedPathwayType, storedRuleApplications } from '../shared/stored-schemas';
import { traceOf } from './rule-ids-of';

/** The office convened a candidate: their pathway, admissibility and evidence allowed it on the session date. */
export type CandidateConvened = DomainEvent<
  'CandidateConvened',
  {
    readonly sessionId: string;
    readonly candidateId: string;
    readonly pathwayId: string | null;
    readonly pathwayType: PathwayType | null;
    readonly ccpCodes: readonly string[];
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly evidence: ConvocationEvidence | null;
    readonly fileRef: FileReference;
    readonly convenedOn: CalendarDate;
  }
>;

/** CandidateConvened as stored, version 1; a decision under the rules that allowed it. */
export const candidateConvenedDescriptor = defineEvent<CandidateConvened>({
  type: 'CandidateConvened',
  schemaVersion: 1,
  schema: z.strictObject({
    sessionId: z.string(),
    candidateId: z.string(),
    pathwayId: z.string().nullable(),
    pathwayType: storedPathwayType.nullable(),
    ccpCodes: z.array(z.string()),
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
    evidence: z.strictObject({ status: storedEvidenceStatus, records: z.array(storedEvidenceRecord) }).nullable(),
    fileRef: storedFileReference,
    convenedOn: calendarDate,
  }),
  decision: traceOf,
  describe: ({ sessionId, candidateId, pathwayId, pathwayType, ccpCodes, convenedOn }) => {
    const pathway = pathwayId === null || pathwayType === null ? null : { fr: `parcours ${pathwayId}, ${PATHWAY_TYPE_LABELS[pathwayType].fr}`, en: `pathway ${pathwayId}, ${PATHWAY_TYPE_LABELS[pathwayType].en}` };
    const ccps = ccpCodes.length === 0 ? '' : ` ; ${ccpCodes.join(', ')}`;
    const ccpsEn = ccpCodes.length === 0 ? '' : `; ${ccpCodes.join(', ')}`;
    return {
      fr: `Candidat ${candidateId} convoqué à la session ${sessionId} le ${convenedOn}${pathway ? ` (${pathway.fr}${ccps})` : ''}`,
      en: `Candidate ${candidateId} convened to session ${sessionId} on ${convenedOn}${pathway ? ` (${pathway.en}${ccpsEn})` : ''}`,
    };
  },
});
