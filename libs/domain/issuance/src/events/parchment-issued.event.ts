import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import type { RuleApplication } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { Achievement } from '../documents.state';
import { achievementLabel } from '../shared/labels';
import { storedAchievement, storedRuleApplications, storedStatusListIndex } from '../shared/stored-schemas';
import { traceOf } from '../shared/trace';

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

/** ParchmentIssued as stored, version 1; a decision under PARCHMENT and ISSUER. */
export const parchmentIssuedDescriptor = defineEvent<ParchmentIssued>({
  type: 'ParchmentIssued',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    documentId: z.string(),
    decisionId: z.string(),
    sessionId: z.string(),
    achievement: storedAchievement,
    ccpCodes: z.array(z.string()),
    issuerRegion: z.string(),
    decidedOn: calendarDate,
    issuedOn: calendarDate,
    statusListIndex: storedStatusListIndex,
    rectificationId: z.string().nullable(),
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
  }),
  decision: traceOf,
  describe: ({ candidateId, documentId, decisionId, achievement, issuerRegion, decidedOn, issuedOn, rectificationId }) => {
    const label = achievementLabel(achievement);
    const reissue = rectificationId === null ? { fr: '', en: '' } : { fr: `, réédité sur rectification ${rectificationId}`, en: `, reissued on rectification ${rectificationId}` };
    return {
      fr: `Parchemin ${documentId} (${label.fr}) délivré au candidat ${candidateId} le ${issuedOn} par la région ${issuerRegion} (décision ${decisionId} du ${decidedOn}${reissue.fr})`,
      en: `Parchemin ${documentId} (${label.en}) issued to candidate ${candidateId} on ${issuedOn} by region ${issuerRegion} (decision ${decisionId} of ${decidedOn}${reissue.en})`,
    };
  },
});
