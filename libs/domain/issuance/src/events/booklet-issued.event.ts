import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import type { RuleApplication } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { BookletEntry } from '../documents.state';
import { entriesLabel } from '../shared/labels';
import { storedEntries, storedRuleApplications, storedStatusListIndex } from '../shared/stored-schemas';
import { traceOf } from '../shared/trace';

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

/** BookletIssued as stored, version 1; a decision under PARCHMENT (refused for CCPs), BOOKLET and ISSUER. */
export const bookletIssuedDescriptor = defineEvent<BookletIssued>({
  type: 'BookletIssued',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    documentId: z.string(),
    decisionId: z.string(),
    sessionId: z.string(),
    titleCode: z.string(),
    version: z.number().int().min(1),
    ccpCodes: z.array(z.string()),
    entries: storedEntries,
    issuerRegion: z.string(),
    decidedOn: calendarDate,
    issuedOn: calendarDate,
    statusListIndex: storedStatusListIndex,
    rectificationId: z.string().nullable(),
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
  }),
  decision: traceOf,
  describe: ({ candidateId, documentId, decisionId, version, entries, issuerRegion, decidedOn, issuedOn, rectificationId }) => {
    const listed = entriesLabel(entries);
    const reissue = rectificationId === null ? { fr: '', en: '' } : { fr: `, sur rectification ${rectificationId}`, en: `, on rectification ${rectificationId}` };
    return {
      fr: `Livret de certification ${documentId} (version ${version} : ${listed}) délivré au candidat ${candidateId} le ${issuedOn} par la région ${issuerRegion} (décision ${decisionId} du ${decidedOn}${reissue.fr})`,
      en: `Livret de certification ${documentId} (version ${version}: ${listed}) issued to candidate ${candidateId} on ${issuedOn} by region ${issuerRegion} (decision ${decisionId} of ${decidedOn}${reissue.en})`,
    };
  },
});
