import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { BookletEntry } from '../documents.state';

/**
 * A new version of the candidate's livret de certification was issued, listing every CCP held, in
 * any region, with its date, session and region (BOOKLET, once per entry of the decision), by the
 * regional office whose jury decided (ISSUER). No parchemin for CCPs: PARCHMENT's refusal of `ccp`
 * is recorded. The version it replaces is announced by BookletSuperseded, right after.
 */
export type BookletIssued = DomainEvent<
  'BookletIssued',
  {
    readonly candidateId: string;
    readonly documentId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    readonly titleCode: string;
    readonly version: number;
    /** The CCPs of this decision the livret records (empty when a rectification only relists the others). */
    readonly ccpCodes: readonly string[];
    readonly entries: readonly BookletEntry[];
    readonly issuerRegion: string;
    readonly decidedOn: CalendarDate;
    readonly issuedOn: CalendarDate;
    readonly statusListIndex: number;
    readonly rectificationId: string | null;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
  }
>;
