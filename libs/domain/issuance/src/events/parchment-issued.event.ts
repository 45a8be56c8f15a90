import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { Achievement } from '../documents.state';

/**
 * A parchemin was issued for the full title or a CCS a jury awarded (PARCHMENT), delivered by the
 * regional office whose jury decided (ISSUER). A title brings its CCPs, held from the decision.
 */
export type ParchmentIssued = DomainEvent<
  'ParchmentIssued',
  {
    readonly candidateId: string;
    readonly documentId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    readonly achievement: Achievement;
    /** The title's CCPs, held with it; empty for a CCS. */
    readonly ccpCodes: readonly string[];
    readonly issuerRegion: string;
    /** The session date: the rules' date. */
    readonly decidedOn: CalendarDate;
    readonly issuedOn: CalendarDate;
    readonly statusListIndex: number;
    /** The rectification it was reissued on, else null. */
    readonly rectificationId: string | null;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
  }
>;
