import type { DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, invalidInput, ok } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import { heldCcpsOf } from '../shared/held';
import type { SessionKind } from '../shared/session-kind';

/**
 * The CCPs the jury judges: in a ccp session those named (default: the title's CCPs not held yet),
 * each a CCP of the title not held; in a title session the title's CCPs not held yet; none for a CCS.
 */
export const judgedCcps = (kind: SessionKind, title: Title, file: CandidateFileFacts, requested: readonly string[] | null): Result<readonly string[], DomainError> => {
  const titleCcps = title.ccps.map((ccp) => ccp.code);
  const held = heldCcpsOf(file, title.code);
  const notHeld = titleCcps.filter((code) => !held.some((ccp) => ccp.ccpCode === code));
  if (kind !== 'ccp') return requested === null ? ok(kind === 'title' ? notHeld : []) : fail(invalidInput('ccpCodes', `must be absent in a ${kind} session`));
  if (requested === null) {
    return notHeld.length > 0 ? ok(notHeld) : fail(conflict(`candidate ${file.candidateId} already holds every CCP of title ${title.code}`));
  }
  for (const [index, code] of requested.entries()) {
    if (!titleCcps.includes(code)) return fail(invalidInput(`ccpCodes[${index}]`, `${code} is not a CCP of title ${title.code}; its CCPs are ${titleCcps.join(', ')}`));
    const already = held.find((ccp) => ccp.ccpCode === code);
    if (already) return fail(invalidInput(`ccpCodes[${index}]`, `${code} is already held (obtained on ${already.obtainedOn})`));
  }
  return ok(requested);
};
