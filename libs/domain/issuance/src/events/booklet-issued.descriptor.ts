import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { entriesLabel } from '../shared/labels';
import { storedEntries, storedRuleApplications, storedStatusListIndex } from '../shared/stored-schemas';
import { traceOf } from '../shared/trace';
import type { BookletIssued } from './booklet-issued.event';

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
