import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import type { FileReference } from '../../shared/candidate-file-facts';
import type { ConvocationEvidence } from '../session.state';

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
