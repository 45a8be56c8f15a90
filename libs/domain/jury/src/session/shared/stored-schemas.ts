import { calendarDate } from '@titrepro/domain-kernel';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { FileEvidenceRecord, FileEvidenceStatus, FileReference } from '../../shared/candidate-file-facts';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';
import type { DecisionEvidence } from '../session.state';
import { SESSION_KINDS } from './session-kind';

// The shapes session events store, checked when read back: looser than command input (a stored
// event is a fact, and the référentiel decides what a code means), strict about structure.

export const storedSessionKind = z.enum(SESSION_KINDS);
export const storedPathwayType = z.enum(PATHWAY_TYPES);
const storedSource = z.strictObject({ eventId: z.string(), region: z.string() });

export const storedMembers: z.ZodType<readonly JuryMemberFacts[], unknown> = z.array(
  z.strictObject({ memberId: z.string(), region: z.string(), titleCodes: z.array(z.string()), assessorId: z.string().nullable() }),
);

export const storedFileReference: z.ZodType<FileReference, unknown> = z.strictObject({ streamId: z.string(), revision: z.number().int() });

export { storedJuryDecisionOutcome as storedOutcome } from '@titrepro/domain-rulebook';

/** Rule applications as stored: the rulebook's frame, shared by every decision event. */
export { storedRuleApplications } from '@titrepro/domain-rulebook';

const storedItem = z.strictObject({ key: z.string(), fr: z.string(), en: z.string() });

export const storedEvidenceStatus: z.ZodType<FileEvidenceStatus, unknown> = z.strictObject({
  pathwayId: z.string(),
  rulebookId: z.string(),
  ruleIds: z.array(z.string()),
  complete: z.boolean(),
  present: z.array(storedItem),
  missing: z.array(storedItem),
  source: storedSource,
});

export const storedEvidenceRecord: z.ZodType<FileEvidenceRecord, unknown> = z.strictObject({
  pathwayId: z.string(),
  kind: z.enum(['training-evaluation', 'dspp', 'practical-assessment', 'ccp-pair-assessment']),
  ccpCode: z.string().nullable(),
  ccsCode: z.string().nullable(),
  referenceId: z.string(),
  sha256s: z.array(z.string()),
  assessorIds: z.array(z.string()),
  passed: z.boolean().nullable(),
  on: calendarDate,
  source: storedSource,
});

export const storedDecisionEvidence: z.ZodType<DecisionEvidence | null, unknown> = z
  .strictObject({
    status: z.strictObject({ rulebookId: z.string(), ruleIds: z.array(z.string()), complete: z.boolean(), source: storedSource }),
    records: z.array(
      z.strictObject({
        kind: z.enum(['training-evaluation', 'dspp', 'practical-assessment', 'ccp-pair-assessment']),
        ccpCode: z.string().nullable(),
        ccsCode: z.string().nullable(),
        referenceId: z.string(),
        sha256s: z.array(z.string()),
        source: storedSource,
      }),
    ),
  })
  .nullable();
