import { type RuleApplication, applyRule } from '@titrepro/domain-rulebook';
import type { CalendarDate, EventsOrRefusal } from '@titrepro/domain-kernel';
import { fail, ok } from '@titrepro/domain-kernel';
import { violationOf } from '@titrepro/domain-rulebook';
import type { BookletDocument, BookletEntry } from '../documents.state';
import type { BookletIssued } from '../events/booklet-issued.event';
import type { BookletSuperseded } from '../events/booklet-superseded.event';
import type { DecisionInput } from './decision';
import { rulebookFor, titleFor } from './guards';
import { sameEntry } from './holdings';
import type { IssuedDocumentData } from './input-schemas';

export interface BookletRequest {
  readonly candidateId: string;
  readonly decisionId: string;
  readonly sessionId: string;
  /**
   * This deployment's region, which delivers it (ISSUER): the region whose jury decided, for an
   * award; still this one for a livret it reissues on another region's rectification.
   */
  readonly issuerRegion: string;
  readonly titleCode: string;
  readonly decidedOn: CalendarDate;
  /** Every CCP held once the decision is taken, in livret order. */
  readonly entries: readonly BookletEntry[];
  /** The version that stands, superseded by this one. */
  readonly standing: BookletDocument | undefined;
  readonly version: number;
  readonly document: IssuedDocumentData;
  readonly rectificationId: string | null;
}

/**
 * Issues the next version of the livret, listing every CCP held. The entries this decision brings
 * to the livret are each checked under BOOKLET (a CCP of the title, not recorded yet, dated, with
 * session and region), as of the session date; PARCHMENT's refusal of a CCP alone is recorded (no
 * parchemin: the livret instead); ISSUER names this regional office, the issuer. A failed BOOKLET
 * or ISSUER refuses. The standing version is superseded.
 */
export const issueBooklet = (request: BookletRequest, { on: today, dependencies }: DecisionInput): EventsOrRefusal<BookletIssued | BookletSuperseded> => {
  const { candidateId, decisionId, sessionId, issuerRegion, titleCode, decidedOn, entries, standing, version, document, rectificationId } = request;
  const rulebook = rulebookFor(dependencies, decidedOn);
  if (!rulebook.ok) return rulebook;
  const title = titleFor(dependencies, titleCode, decidedOn);
  if (!title.ok) return title;

  const base = standing?.entries ?? [];
  const brought = entries.filter((entry) => entry.decisionId === decisionId && !base.some((listed) => sameEntry(listed, entry)));
  const applications: RuleApplication[] = [];
  if (brought.length > 0) {
    applications.push(applyRule(rulebook.value, 'PARCHMENT', { certifies: 'ccp', awardedOn: decidedOn, on: decidedOn }).application);
  }
  const titleCcpCodes = title.value.ccps.map((ccp) => ccp.code);
  const recorded = entries.filter((entry) => entry.titleCode === titleCode && !brought.includes(entry)).map((entry) => entry.ccpCode);
  for (const entry of brought) {
    const { ccpCode, obtainedOn, sessionId: entrySession, region: entryRegion } = entry;
    const booklet = applyRule(
      rulebook.value,
      'BOOKLET',
      { titleCcpCodes, entry: { ccpCode, obtainedOn, sessionId: entrySession, region: entryRegion }, recordedCcpCodes: [...recorded], on: decidedOn },
      ccpCode,
    );
    if (!booklet.outcome.passed) return fail(violationOf(booklet.outcome));
    applications.push(booklet.application);
    recorded.push(ccpCode);
  }
  const issuer = applyRule(rulebook.value, 'ISSUER', { document: 'booklet', issuer: { kind: 'regional-office', region: issuerRegion } });
  if (!issuer.outcome.passed) return fail(violationOf(issuer.outcome));
  applications.push(issuer.application);

  const issued: BookletIssued = {
    type: 'BookletIssued',
    data: {
      candidateId,
      documentId: document.documentId,
      decisionId,
      sessionId,
      titleCode,
      version,
      ccpCodes: brought.map((entry) => entry.ccpCode),
      entries,
      issuerRegion,
      decidedOn,
      issuedOn: today,
      statusListIndex: document.statusListIndex,
      rectificationId,
      rulebookId: rulebook.value.id,
      ruleApplications: applications,
    },
  };
  if (!standing) return ok([issued]);
  const superseded: BookletSuperseded = {
    type: 'BookletSuperseded',
    data: {
      candidateId,
      documentId: standing.documentId,
      version: standing.version,
      supersededBy: document.documentId,
      issuerRegion: standing.issuerRegion,
      statusListIndex: standing.statusListIndex,
      supersededOn: today,
    },
  };
  return ok([issued, superseded]);
};
